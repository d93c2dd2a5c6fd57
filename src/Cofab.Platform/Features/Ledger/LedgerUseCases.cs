using Cofab.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Ledger;

public static class LedgerUseCases
{
    /// <summary>The ledger for the web host and the CLI; the publisher runs only where a host runs hosted services.</summary>
    public static IServiceCollection AddLedger(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<LedgerOptions>()
            .Bind(configuration.GetSection(LedgerOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.SigningKeyPath) || File.Exists(Path.GetFullPath(o.SigningKeyPath, contentRoot)),
                "Ledger:SigningKeyPath names a file that does not exist; leave it empty to keep a generated key in the data directory.")
            .ValidateOnStart();
        services.AddSingleton(new LedgerPaths(contentRoot));
        services.AddSingleton<LedgerSigner>();
        return services
            .AddScoped<LedgerWriter>()
            .AddScoped<TreeHeads>()
            .AddScoped<GetLedgerReceipt>()
            .AddScoped<GetSubjectRecord>()
            .AddScoped<ListLedgerEntries>()
            .AddScoped<VerifyLedger>()
            .AddHostedService<TreeHeadPublisher>();
    }
}
