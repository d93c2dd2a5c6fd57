using System.Security.Claims;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cofab.Web.Api;

public sealed record LoginRequest(string Email, string Password);

public sealed record RefreshRequest(string RefreshToken);

public sealed record CurrentUser(Guid UserId, Guid EnterpriseId, string DisplayName, IReadOnlyList<string> Roles, string Culture);

public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Authentication");

        auth.MapPost("/register", async (RegisterMemberRequest request, RegisterMember registerMember, CancellationToken ct) =>
                (await registerMember.HandleAsync(request, ct)).ToCreated(m => $"/api/v1/members/{m.EnterpriseId}"))
            .AllowAnonymous()
            .WithSummary("Apply for membership: an enterprise and its first user. The operator approves it before it can trade.");

        auth.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (LoginRequest request, SignInManager<CofabUser> signIn) =>
            {
                // The bearer handler writes the token response itself when SignInAsync is called on its scheme.
                signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
                var result = await signIn.PasswordSignInAsync(request.Email ?? "", request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded) return TypedResults.Empty;
                var detail = result.IsLockedOut
                    ? "Too many failed attempts; the account is locked for a few minutes."
                    : "The e-mail address or password is not right.";
                return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
            })
            .AllowAnonymous()
            .WithSummary("Exchange e-mail and password for a bearer token (access_token, refresh_token, expires_in).");

        auth.MapPost("/refresh", async Task<Results<Ok<AccessTokenResponse>, UnauthorizedHttpResult, SignInHttpResult, ChallengeHttpResult>> (
                RefreshRequest request, SignInManager<CofabUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider clock) =>
            {
                var protector = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
                var ticket = protector.Unprotect(request.RefreshToken);
                if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                    || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
                    return TypedResults.Challenge();
                var principal = await signIn.CreateUserPrincipalAsync(user);
                return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .AllowAnonymous()
            .WithSummary("Exchange a refresh token for a new bearer token.");

        auth.MapGet("/me", (ClaimsPrincipal user) =>
            {
                var caller = ApiResults.CallerOf(user);
                return TypedResults.Ok(new CurrentUser(caller.UserId, caller.EnterpriseId,
                    user.FindFirstValue("cofab:display-name") ?? "", [.. caller.Roles.Order(StringComparer.Ordinal)],
                    user.FindFirstValue("cofab:culture") ?? "zh-CN"));
            })
            .WithSummary("Who the token or cookie belongs to.");
    }
}
