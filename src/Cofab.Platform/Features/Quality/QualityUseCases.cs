using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Quality;

public static class QualityUseCases
{
    public static IServiceCollection AddQualityUseCases(this IServiceCollection services) => services
        .AddScoped<PlanInspection>()
        .AddScoped<RecordInspectionResult>()
        .AddScoped<RecordNonconformity>()
        .AddScoped<DecideDisposition>()
        .AddScoped<ListInspections>();
}
