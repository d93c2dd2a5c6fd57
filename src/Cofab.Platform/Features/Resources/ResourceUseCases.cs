using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Resources;

public static class ResourceUseCases
{
    public static IServiceCollection AddResourceUseCases(this IServiceCollection services) => services
        .AddScoped<ListResources>()
        .AddScoped<GetResource>()
        .AddScoped<SaveResource>();
}
