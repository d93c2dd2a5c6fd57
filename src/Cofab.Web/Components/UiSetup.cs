namespace Cofab.Web.Components;

/// <summary>Registers the Blazor UI (MudBlazor, localisation, account endpoints).</summary>
public static class UiSetup
{
    public static WebApplicationBuilder AddCofabUi(this WebApplicationBuilder builder) => builder;

    public static WebApplication UseCofabLocalization(this WebApplication app) => app;

    public static WebApplication MapCofabUi(this WebApplication app) => app;
}
