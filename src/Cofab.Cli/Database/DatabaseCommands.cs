using System.CommandLine;
using Cofab.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cofab.Cli.Database;

internal static class DatabaseCommands
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Create or upgrade the database to the current schema, with roles and the capability taxonomy.");
        migrate.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await AnsiConsole.Status().StartAsync("Migrating the database…", async _ =>
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct));
            AnsiConsole.MarkupLine("[green]The database is up to date.[/]");
            return 0;
        });
        var db = new Command("db", "Database administration.");
        db.Subcommands.Add(migrate);
        return db;
    }
}
