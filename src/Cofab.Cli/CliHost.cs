using System.CommandLine;
using Cofab.Platform;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cofab.Cli;

/// <summary>
/// The CLI runs the same use cases as the web host, against the same configuration keys:
/// appsettings.json in the working directory, COFAB_-free environment variables (Database__Provider …), then options.
/// </summary>
internal static class CliHost
{
    public static readonly Option<string?> Provider = new("--provider") { Description = "Database provider: Sqlite (default) or PostgreSql.", Recursive = true };
    public static readonly Option<string?> Connection = new("--connection") { Description = "Database connection string (default: SQLite file in the data directory).", Recursive = true };
    public static readonly Option<string?> DataDirectory = new("--data-dir") { Description = "Data directory for the SQLite file (default: data).", Recursive = true };

    public static IEnumerable<Option> GlobalOptions => [Provider, Connection, DataDirectory];

    public static ServiceProvider Build(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Provider) is { } provider) overrides["Database:Provider"] = provider;
        if (parse.GetValue(Connection) is { } connection) overrides["Database:ConnectionString"] = connection;
        if (parse.GetValue(DataDirectory) is { } dataDirectory) overrides["Database:DataDirectory"] = dataDirectory;
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddCofabPlatform(configuration, Directory.GetCurrentDirectory());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
