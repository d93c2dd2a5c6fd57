using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cofab.Platform.Features.Matching;

public static class MatchingServices
{
    /// <summary>
    /// The candidate index (singleton) and its change feed, the seams for bookings and credit (replace them by
    /// registering an implementation before this call), and the matching use cases.
    /// </summary>
    public static IServiceCollection AddMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MatchingOptions>()
            .Bind(configuration.GetSection(MatchingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<MatchingChangeFeed>();
        services.AddSingleton<MatchingChangeInterceptor>();
        services.AddSingleton<BookedTimeCache>();
        services.TryAddSingleton<IBookedTimeSource>(sp => sp.GetRequiredService<BookedTimeCache>());
        services.TryAddSingleton<ICreditGradeSource, NoCreditGradesYet>();
        services.AddSingleton<CandidateIndex>();
        services.AddHostedService<CandidateIndexWarmer>();
        services.AddScoped<FindCandidates>();
        services.AddScoped<ExplainMatch>();
        services.AddScoped<ExplainOrderMatching>();
        return services;
    }
}
