using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Machines;

public static class MachineDataServices
{
    /// <summary>The agent poller, the MQTT subscriber (off unless configured) and the in-memory status board.</summary>
    public static IServiceCollection AddMachineData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MTConnectPollingOptions>()
            .Bind(configuration.GetSection(MTConnectPollingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<MqttObservationOptions>()
            .Bind(configuration.GetSection(MqttObservationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(MTConnectPollingOptions.HttpClientName);
        services.AddSingleton<MachineStatusBoard>();
        services.AddSingleton<IMachineObservationSink>(sp => sp.GetRequiredService<MachineStatusBoard>());
        services.AddSingleton<MTConnectAgentPoller>();
        services.AddSingleton<MqttObservationSubscriber>();
        services.AddHostedService(sp => sp.GetRequiredService<MqttObservationSubscriber>());
        return services;
    }
}
