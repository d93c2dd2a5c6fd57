using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Demo;

public static class DemoUseCases
{
    public static IServiceCollection AddDemoUseCases(this IServiceCollection services) => services
        .AddScoped<LoadDemoData>();
}
