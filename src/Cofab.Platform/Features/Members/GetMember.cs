using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Members;

/// <summary>
/// A member's record. The member and the operator see everything (the operator's look is audited);
/// other members see the public profile of approved members only.
/// </summary>
public sealed class GetMember(AppDbContext db, AuditTrail audit)
{
    public async Task<Result<MemberProfile>> HandleAsync(Guid enterpriseId, Caller caller, CancellationToken ct)
    {
        if (!caller.CanManage(enterpriseId)) return Failure.Forbidden("Only the member itself and the platform operator can see a member's full record.");
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (enterprise is null) return Failure.NotFound($"No enterprise {enterpriseId}.");

        var members = await db.Users.AsNoTracking().Where(u => u.EnterpriseId == enterpriseId)
            .OrderBy(u => u.Email).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        var userIds = members.Select(m => m.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        var users = members.Select(m => new MemberUserView(m.Id, m.Email ?? "", m.DisplayName,
            roles.Where(r => r.UserId == m.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList())).ToList();

        if (enterprise.Id != caller.EnterpriseId)
        {
            audit.Record(caller, "member.private-read", "enterprise", enterprise.Id.ToString(), enterprise.Id);
            await db.SaveChangesAsync(ct);
        }
        return new MemberProfile(MemberViews.ToPublic(enterprise), enterprise.ContactName, enterprise.ContactPhone,
            enterprise.RegisteredAt, enterprise.DecidedAt, enterprise.DecisionNote, users, enterprise.Version);
    }

    /// <summary>The public profile, for any member looking at a partner.</summary>
    public async Task<Result<MemberPublicProfile>> PublicAsync(Guid enterpriseId, Caller caller, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        var visible = enterprise is not null && (caller.CanManage(enterpriseId) || caller.IsRegulator || enterprise.Status == MembershipStatus.Approved);
        return visible ? MemberViews.ToPublic(enterprise!) : Failure.NotFound($"No member {enterpriseId} is visible to you.");
    }
}
