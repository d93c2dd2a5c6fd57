using Cofab.Core.Members;

namespace Cofab.Platform.Features.Members;

public sealed record RegisterMemberRequest(
    string EnterpriseName,
    string CreditCode,
    string DivisionCode,
    string Address,
    double Latitude,
    double Longitude,
    string Industry,
    IReadOnlyList<string> Roles,
    string Email,
    string Password,
    string DisplayName,
    string? ContactName = null,
    string? ContactPhone = null,
    Guid? ClusterId = null,
    Guid? ParkId = null,
    string? PreferredCulture = null);

public sealed record MemberProfileUpdate(
    string Name,
    string Address,
    double Latitude,
    double Longitude,
    string Industry,
    string? ContactName,
    string? ContactPhone,
    Guid? ClusterId,
    Guid? ParkId,
    IReadOnlyList<Certification>? Certifications,
    Guid Version);

public sealed record MemberDecision(bool Approve, string? Note, Guid Version);

/// <summary>What everyone on the platform may know about a member.</summary>
public sealed record MemberPublicProfile(
    Guid Id,
    string Name,
    string CreditCode,
    string DivisionCode,
    string Address,
    double Latitude,
    double Longitude,
    string Industry,
    IReadOnlyList<string> Roles,
    MembershipStatus Status,
    Guid? ClusterId,
    Guid? ParkId,
    IReadOnlyList<Certification> Certifications);

/// <summary>The full record: for the member itself and the operator.</summary>
public sealed record MemberProfile(
    MemberPublicProfile Public,
    string? ContactName,
    string? ContactPhone,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    IReadOnlyList<MemberUserView> Users,
    Guid Version);

public sealed record MemberUserView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);

public sealed record RegisteredMember(Guid EnterpriseId, Guid UserId, MembershipStatus Status);

public static class MemberViews
{
    public static IReadOnlyList<string> RoleNames(EnterpriseRoles roles) =>
        MemberRole.All.Where(r => roles.HasFlag(MemberRole.ToEnterpriseRole(r))).ToList();

    public static MemberPublicProfile ToPublic(Enterprise e) => new(
        e.Id, e.Name, e.CreditCode, e.DivisionCode, e.Address, e.Location.Latitude, e.Location.Longitude,
        e.Industry, RoleNames(e.Roles), e.Status, e.ClusterId, e.ParkId, e.Certifications);
}
