using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Resources;

/// <summary>Spreadsheet import and export of resources.</summary>
public static class ResourceTransferUseCases
{
    public static IServiceCollection AddResourceTransferUseCases(this IServiceCollection services) => services
        .AddScoped<ImportResources>()
        .AddScoped<ExportResources>()
        .AddScoped<GetImportTemplate>();
}
