using System.Globalization;
using Cofab.Web.Components.Account;
using Cofab.Web.Components.Shared;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;

namespace Cofab.Web.Components;

/// <summary>Registers the Blazor UI (MudBlazor, localisation, account endpoints).</summary>
public static class UiSetup
{
    /// <summary>The first culture is the default: the platform's users are mostly in China.</summary>
    public static readonly IReadOnlyList<string> SupportedCultures = ["zh-CN", "en"];

    public static WebApplicationBuilder AddCofabUi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddMudServices();
        services.AddLocalization();
        services.AddScoped<UseCaseRunner>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = SupportedCultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures[0]);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // An explicit choice (the language switch writes the cookie) beats what the browser asks for;
            // the query-string provider is left out so links cannot flip a user's language.
            o.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    public static WebApplication UseCofabLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapCofabUi(this WebApplication app)
    {
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
