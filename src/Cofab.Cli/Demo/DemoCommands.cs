using System.CommandLine;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cofab.Cli.Demo;

internal static class DemoCommands
{
    public static Command Create()
    {
        var seed = new Option<int>("--seed") { Description = "Seed of the generator; the same seed gives the same region.", DefaultValueFactory = _ => 42 };
        var bulk = new Option<int>("--bulk-resources") { Description = "Also add this many generated resources (load tests), e.g. 100000.", DefaultValueFactory = _ => 0 };
        var load = new Command("load", "Load the demo region (Ningbo, Taizhou, Shaoxing, Hangzhou clusters): members, users, machines, calendars, prices.");
        load.Options.Add(seed);
        load.Options.Add(bulk);
        load.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            DemoLoadReport? report = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Loading demo data", maxValue: 100);
                    var reporter = new Progress<DemoProgress>(p =>
                    {
                        task.Description = p.Stage;
                        task.Value = p.Percent;
                    });
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
                    report = await scope.ServiceProvider.GetRequiredService<LoadDemoData>()
                        .HandleAsync(new DemoLoadOptions(parse.GetValue(seed), parse.GetValue(bulk)), reporter, ct);
                    task.Value = 100;
                });
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            AnsiConsole.MarkupLine(report!.AlreadyLoaded
                ? "[yellow]The demo region was already loaded; nothing added.[/]"
                : $"[green]Loaded[/] {report.Enterprises} enterprises, {report.Users} users, {report.Resources} resources, {report.Calendars} calendars in {elapsed.TotalSeconds:F1} s.");
            if (report.BulkResources > 0) AnsiConsole.MarkupLine($"[green]Added[/] {report.BulkResources} bulk resources.");
            AnsiConsole.MarkupLine($"Demo users sign in with password [bold]{LoadDemoData.DemoPassword}[/] (e.g. {report.ExampleUsers}).");
            return 0;
        });
        var demo = new Command("demo", "Demonstration data.");
        demo.Subcommands.Add(load);
        return demo;
    }
}
