using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Machines;

public static class MachineDataServices
{
    /// <summary>The agent poller and its hosted runner, the MQTT subscriber (off unless configured), the status board written through to the database, and the machine use cases.</summary>
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
        services.AddOptions<MachineRunnerOptions>()
            .Bind(configuration.GetSection(MachineRunnerOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<MachineDataStore>();
        services.AddSingleton(sp => new MachineStatusBoard(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IMachineObservationSink>(sp => sp.GetRequiredService<MachineStatusBoard>());
        services.AddSingleton<MTConnectAgentPoller>();
        services.AddSingleton<MqttObservationSubscriber>();
        services.AddHostedService(sp => sp.GetRequiredService<MqttObservationSubscriber>());
        services.AddSingleton<MachineConnectionRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<MachineConnectionRunner>());
        services.AddScoped<ConnectMachine>()
            .AddScoped<ListMachineConnections>()
            .AddScoped<SetMachineConnectionEnabled>()
            .AddScoped<GetMachineBoard>()
            .AddScoped<GetMachineUtilisation>()
            .AddScoped<GetEffectiveFreeWindows>();
        return services;
    }
}
