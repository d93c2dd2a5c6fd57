using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Settlement;

public static class SettlementUseCases
{
    public static IServiceCollection AddSettlementUseCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SettlementOptions>()
            .Bind(configuration.GetSection(SettlementOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddScoped<AcceptDelivery>()
            .AddScoped<GetSettlement>();
    }
}
