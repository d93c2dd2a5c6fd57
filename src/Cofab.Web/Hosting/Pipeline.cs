using System.Text.Json;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
using Cofab.Web.Api;
using Cofab.Web.Components;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Cofab.Web.Hosting;

public static class Pipeline
{
    public static async Task InitializeDatabaseAsync(this WebApplication app, bool loadDemoData)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.MigrateOnStartup && !loadDemoData) return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(app.Lifetime.ApplicationStopping);
        if (loadDemoData)
            await scope.ServiceProvider.GetRequiredService<LoadDemoData>().HandleAsync(new DemoLoadOptions(), progress: null, app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseCofabPipeline(this WebApplication app)
    {
        app.UseExceptionHandler();
        // API clients get problem details for bare status codes; people in a browser get the localised page.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
        app.UseCofabLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapCofabEndpoints(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(o => o.WithTitle("Cofab API")).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteHealthAsync }).AllowAnonymous();
        var api = app.MapGroup("/api/v1");
        api.MapAuthEndpoints();
        api.MapMemberEndpoints();
        api.MapGroupingEndpoints();
        api.MapTaxonomyEndpoints();
        api.MapCalendarEndpoints();
        api.MapResourceEndpoints();
        api.MapResourceTransferEndpoints();
        api.MapAuditEndpoints();
        api.MapLedgerEndpoints();
        api.MapMachineEndpoints();
        api.MapOrderEndpoints();
        api.MapBookingEndpoints();
        api.MapMatchingEndpoints();
        api.MapQuoteEndpoints();
        api.MapWorkOrderEndpoints();
        api.MapRfqEndpoints();
        api.MapExecutionEndpoints();
        api.MapTrackingEndpoints();
        api.MapQualityEndpoints();
        api.MapSettlementEndpoints();
        app.MapCofabUi();
        return app;
    }

    private static Task WriteHealthAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
