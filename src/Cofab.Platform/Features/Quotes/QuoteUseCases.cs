using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Quotes;

public static class QuoteUseCases
{
    public static IServiceCollection AddQuoteUseCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QuoteOptions>()
            .Bind(configuration.GetSection(QuoteOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddScoped<IQuoteCandidateSource, MatchedCandidateSource>()
            .AddScoped<MachineTimeReader>()
            .AddScoped<QuotePlanner>()
            .AddScoped<RequestQuote>()
            .AddScoped<ListQuotes>()
            .AddScoped<AcceptQuote>()
            .AddScoped<ListWorkOrders>()
            .AddScoped<GetWorkOrder>()
            .AddScoped<DecideWorkOrder>();
    }
}
