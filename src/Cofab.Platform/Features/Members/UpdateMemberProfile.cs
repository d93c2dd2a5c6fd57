using Cofab.Core.Validation;
using Cofab.Core.Geography;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Members;

/// <summary>
/// A member keeps its own profile up to date. The credit code and division code identify the legal entity
/// and are not editable here; a change of those is a new registration.
/// </summary>
public sealed class UpdateMemberProfile(AppDbContext db, AuditTrail audit)
{
    public async Task<Result<MemberPublicProfile>> HandleAsync(Guid enterpriseId, MemberProfileUpdate update, Caller caller, CancellationToken ct)
    {
        if (!caller.CanManage(enterpriseId)) return Failure.Forbidden("You can only change your own enterprise's profile.");
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (enterprise is null) return Failure.NotFound($"No enterprise {enterpriseId}.");
        if (enterprise.Version != update.Version)
            return Failure.Conflict("Someone changed this profile since you opened it; reload it and make your change again.");

        var errors = new FieldErrors();
        var profile = MemberFields.Check(errors, update.Name, update.Address, update.Latitude, update.Longitude, update.Industry);
        await MemberFields.CheckGroupingsAsync(db, errors, update.ClusterId, update.ParkId, ct);
        var certifications = update.Certifications ?? [];
        MemberFields.CheckCertifications(errors, certifications);
        MemberFields.CheckContact(errors, update.ContactName, update.ContactPhone);
        if (errors.Any) return Failure.Validation(errors.ToDictionary());

        enterprise.Name = profile.Name;
        enterprise.Address = profile.Address;
        enterprise.Industry = profile.Industry;
        enterprise.Location = new GeoPoint(update.Latitude, update.Longitude);
        enterprise.ContactName = update.ContactName?.Trim();
        enterprise.ContactPhone = update.ContactPhone?.Trim();
        enterprise.ClusterId = update.ClusterId;
        enterprise.ParkId = update.ParkId;
        enterprise.Certifications.Clear();
        enterprise.Certifications.AddRange(certifications.Select(c => new Core.Members.Certification
        {
            Standard = c.Standard.Trim(), Number = c.Number.Trim(), Issuer = c.Issuer.Trim(), ValidUntil = c.ValidUntil,
        }));
        enterprise.Version = Guid.NewGuid();
        audit.Record(caller, "member.profile-updated", "enterprise", enterprise.Id.ToString(), enterprise.Id);
        if (await db.SaveOrConflictAsync("Someone changed this profile at the same moment; reload it and make your change again.", ct) is { } conflict) return conflict;
        return MemberViews.ToPublic(enterprise);
    }
}
