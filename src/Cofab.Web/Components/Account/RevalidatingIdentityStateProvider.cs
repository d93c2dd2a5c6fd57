using System.Security.Claims;
using Cofab.Platform.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cofab.Web.Components.Account;

/// <summary>
/// A Blazor circuit keeps the principal it started with for as long as the tab stays open. This re-checks the user's
/// security stamp every few minutes, so a password change, lock-out or role change by the operator also ends
/// sessions that are already open, not just the next sign-in.
/// </summary>
public sealed class RevalidatingIdentityStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identityOptions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(10);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CofabUser>>();
        var principal = authenticationState.User;
        if (await users.GetUserAsync(principal) is not { } user) return false;
        if (!users.SupportsUserSecurityStamp) return true;
        var stampInCookie = principal.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        return stampInCookie == await users.GetSecurityStampAsync(user);
    }
}
