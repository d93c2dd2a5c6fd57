using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Rfqs;

public static class RfqUseCases
{
    public static IServiceCollection AddRfqUseCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RfqOptions>()
            .Bind(configuration.GetSection(RfqOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddScoped<RfqReader>()
            .AddScoped<ProposeInvitees>()
            .AddScoped<OpenRfq>()
            .AddScoped<RematchDeclinedWork>()
            .AddScoped<BidOnRfq>()
            .AddScoped<AwardRfq>()
            .AddScoped<CancelRfq>()
            .AddScoped<GetRfq>()
            .AddScoped<ListOrderRfqs>()
            .AddScoped<ListRfqs>();
    }
}
