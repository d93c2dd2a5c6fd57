using System.Security.Claims;
using Cofab.Platform.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Identity;

/// <summary>Puts the user's enterprise into the principal, so every request knows whose data it may touch.</summary>
public sealed class CofabClaimsPrincipalFactory(
    UserManager<CofabUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CofabUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CofabUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Caller.EnterpriseClaim, user.EnterpriseId.ToString()));
        identity.AddClaim(new Claim("cofab:display-name", user.DisplayName));
        identity.AddClaim(new Claim("cofab:culture", user.PreferredCulture));
        return identity;
    }
}
