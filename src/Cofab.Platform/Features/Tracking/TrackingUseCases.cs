using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Tracking;

public static class TrackingUseCases
{
    /// <summary>Late-work alerts, proposals and the tracking page; the scanner runs only where a host runs hosted services.</summary>
    public static IServiceCollection AddTrackingUseCases(this IServiceCollection services, IConfiguration configuration)
    {
        // Apply tokens are sealed with the same keys as sign-in cookies; hosts without cookies (the CLI) get the defaults.
        services.AddDataProtection();
        services.AddOptions<TrackingOptions>()
            .Bind(configuration.GetSection(TrackingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddScoped<ScanLateWork>()
            .AddScoped<ListAlerts>()
            .AddScoped<ListOrderAlerts>()
            .AddScoped<AcknowledgeAlert>()
            .AddScoped<ProposeReschedule>()
            .AddScoped<ApplyReschedule>()
            .AddSingleton<RescheduleTickets>()
            .AddScoped<GetOrderTracking>()
            .AddHostedService<LateWorkScanner>();
    }
}
