using Cofab.Platform.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Cofab.Web.Components.Account;

/// <summary>
/// The browser's sign-in, sign-out and language switch. They are plain HTTP endpoints, not Blazor components,
/// because a cookie can only be set on a real HTTP response, never over the interactive circuit.
/// </summary>
public static class AccountEndpoints
{
    public const string LoginPath = "/account/login";

    /// <summary>Remembers the e-mail of a failed attempt for a few minutes, so the form comes back filled in (never in the URL, which ends up in logs).</summary>
    public const string LastEmailCookie = "cofab.login-email";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();

        // Both posts carry an antiforgery token: a forged sign-in would plant the attacker's account in the victim's
        // browser, a forged sign-out is a nuisance. The sign-in page's Razor endpoint also accepts POST on the same
        // path (Blazor form handling); the lower order makes this endpoint the one that answers.
        account.MapPost("/login", SignInAsync).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute())
            .Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = -1);
        account.MapPost("/logout", SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapGet("/culture", SwitchCulture).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, SignInManager<CofabUser> signIn)
    {
        // The form is read by hand (not bound with [FromForm]) so that a stale or missing antiforgery token sends the
        // user back to a fresh sign-in page instead of an error response. The check must come before the form is read.
        if (!AntiforgeryPassed(context)) return Results.Redirect($"{LoginPath}?error=expired");
        if (!context.Request.HasFormContentType) return Results.BadRequest();
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? email = form["email"];
        string? password = form["password"];
        string? returnUrl = form["returnUrl"];
        var target = LocalUrl.OrHome(returnUrl);

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(email?.Trim() ?? "", password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            // The reason stays vague on purpose (no "unknown e-mail"), except for lockout, which the user must know to wait out.
            var error = result.IsLockedOut ? "locked" : "1";
            context.Response.Cookies.Append(LastEmailCookie, email?.Trim() ?? "", new CookieOptions
            {
                HttpOnly = true, Path = "/account", MaxAge = TimeSpan.FromMinutes(5), SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps,
            });
            return Results.Redirect($"{LoginPath}?error={error}&returnUrl={Uri.EscapeDataString(target)}");
        }

        context.Response.Cookies.Delete(LastEmailCookie, new CookieOptions { Path = "/account" });

        // A first sign-in on this browser follows the language the member chose at registration.
        if (!context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)
            && await signIn.UserManager.FindByEmailAsync(email!.Trim()) is { } user)
        {
            WriteCultureCookie(context, user.PreferredCulture);
        }

        return Results.LocalRedirect(target);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, SignInManager<CofabUser> signIn)
    {
        if (!AntiforgeryPassed(context)) return Results.Redirect("/");
        await signIn.SignOutAsync();
        return Results.Redirect(LoginPath);
    }

    /// <summary>
    /// UseAntiforgery validates endpoints marked with RequireAntiforgeryToken but only records the outcome; it is up to
    /// the endpoint to refuse (parameter binding does so for [FromForm], which these endpoints do not use).
    /// </summary>
    private static bool AntiforgeryPassed(HttpContext context) =>
        context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false };

    private static IResult SwitchCulture(HttpContext context, string? culture, string? returnUrl)
    {
        if (culture is not null && UiSetup.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase))
        {
            WriteCultureCookie(context, culture);
        }

        return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
    }

    private static void WriteCultureCookie(HttpContext context, string culture)
    {
        var known = UiSetup.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? UiSetup.SupportedCultures[0];
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(known)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = false, Path = "/" });
    }
}
