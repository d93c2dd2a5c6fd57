using Cofab.Core.Validation;
using Cofab.Core.Geography;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Members;

/// <summary>
/// An enterprise applies for membership with its first user. It stays pending until an operator approves it;
/// enterprise and user are created together or not at all.
/// </summary>
public sealed class RegisterMember(AppDbContext db, UserManager<CofabUser> users, TimeProvider clock)
{
    private static readonly string[] SelfServiceRoles = [MemberRole.Demander, MemberRole.Provider, MemberRole.Certifier];

    public async Task<Result<RegisteredMember>> HandleAsync(RegisterMemberRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var profile = MemberFields.Check(errors, request.EnterpriseName, request.Address, request.Latitude, request.Longitude, request.Industry);
        var creditCode = UnifiedSocialCreditCode.Normalize(request.CreditCode);
        if (!UnifiedSocialCreditCode.TryValidate(creditCode, out var creditError)) errors.Add("creditCode", creditError!);
        if (!DivisionCode.TryValidate(request.DivisionCode, out var divisionError)) errors.Add("divisionCode", divisionError!);
        var roles = EnterpriseRoles.None;
        if (request.Roles is null || request.Roles.Count == 0)
        {
            errors.Add("roles", "Choose at least one role: demander, provider or certifier.");
        }
        else
        {
            foreach (var role in request.Roles)
            {
                if (!SelfServiceRoles.Contains(role, StringComparer.Ordinal))
                    errors.Add("roles", $"'{role}' cannot be chosen at registration; choose demander, provider or certifier.");
                else roles |= MemberRole.ToEnterpriseRole(role);
            }
        }
        if (string.IsNullOrWhiteSpace(request.DisplayName) || request.DisplayName.Length > 100)
            errors.Add("displayName", "Give the user's name (at most 100 characters).");
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@', StringComparison.Ordinal))
            errors.Add("email", "Give a valid e-mail address; it is the sign-in name.");
        MemberFields.CheckContact(errors, request.ContactName, request.ContactPhone);
        await MemberFields.CheckGroupingsAsync(db, errors, request.ClusterId, request.ParkId, ct);
        if (errors.Any) return Failure.Validation(errors.ToDictionary());

        if (await db.Enterprises.AnyAsync(e => e.CreditCode == creditCode, ct))
            return Failure.Conflict($"An enterprise with credit code {creditCode} is already registered. Ask its administrator to add you as a user.");

        var enterprise = new Enterprise
        {
            Id = Guid.CreateVersion7(),
            Name = profile.Name,
            CreditCode = creditCode,
            DivisionCode = request.DivisionCode,
            Address = profile.Address,
            Location = new GeoPoint(request.Latitude, request.Longitude),
            Industry = profile.Industry,
            Roles = roles,
            Status = MembershipStatus.Pending,
            ClusterId = request.ClusterId,
            ParkId = request.ParkId,
            ContactName = request.ContactName?.Trim(),
            ContactPhone = request.ContactPhone?.Trim(),
            RegisteredAt = clock.GetUtcNow(),
            Version = Guid.NewGuid(),
        };
        var user = new CofabUser
        {
            Id = Guid.CreateVersion7(),
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            DisplayName = request.DisplayName.Trim(),
            EnterpriseId = enterprise.Id,
            PreferredCulture = request.PreferredCulture is "en" ? "en" : "zh-CN",
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync(ct);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) return IdentityFailures.ToFailure(created);
        var roleResult = await users.AddToRolesAsync(user, request.Roles!.Distinct());
        if (!roleResult.Succeeded) return IdentityFailures.ToFailure(roleResult);
        await transaction.CommitAsync(ct);
        return new RegisteredMember(enterprise.Id, user.Id, enterprise.Status);
    }
}
