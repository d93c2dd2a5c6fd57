using System.Security.Claims;
using Cofab.Core.Members;

namespace Cofab.Platform.Common;

/// <summary>Who is calling, as far as authorisation is concerned. Built from the authenticated principal.</summary>
public sealed record Caller(Guid UserId, Guid EnterpriseId, IReadOnlySet<string> Roles)
{
    public const string EnterpriseClaim = "cofab:enterprise";

    public bool IsOperator => Roles.Contains(MemberRole.Operator);
    public bool IsRegulator => Roles.Contains(MemberRole.Regulator);
    public bool IsProvider => Roles.Contains(MemberRole.Provider);
    public bool IsDemander => Roles.Contains(MemberRole.Demander);

    /// <summary>The operator and the regulator see every member's records.</summary>
    public bool SeesAll => IsOperator || IsRegulator;

    /// <summary>Whether the caller may read what belongs to <paramref name="enterpriseId"/>.</summary>
    public bool CanRead(Guid enterpriseId) => SeesAll || enterpriseId == EnterpriseId;

    /// <summary>Whether the caller may change what belongs to <paramref name="enterpriseId"/>.</summary>
    public bool CanManage(Guid enterpriseId) => IsOperator || enterpriseId == EnterpriseId;

    public static Caller? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var enterpriseId = principal.FindFirstValue(EnterpriseClaim);
        if (!Guid.TryParse(userId, out var user) || !Guid.TryParse(enterpriseId, out var enterprise)) return null;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return new Caller(user, enterprise, roles);
    }
}
