using System.CommandLine;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cofab.Cli.Resources;

/// <summary>
/// <c>cofab resources import|export|template</c>: the spreadsheet exchange of the web API, for the operator's console.
/// The CLI acts for the enterprise named by its credit code, as a provider with an empty user id, so the audit trail
/// shows the change came from the command line.
/// </summary>
internal static class ResourceCommands
{
    private static readonly Option<string> Enterprise = new("--enterprise")
    {
        Description = "Unified social credit code (统一社会信用代码) of the enterprise whose resources these are.",
        Required = true,
    };

    public static Command Create()
    {
        var resources = new Command("resources", "Resource registry: import and export spreadsheets.");
        resources.Subcommands.Add(Import());
        resources.Subcommands.Add(Export());
        resources.Subcommands.Add(Template());
        return resources;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The .xlsx or .csv file to import." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report what would change, without saving." };
        var import = new Command("import", "Import resources from a spreadsheet; nothing is imported if any row is invalid.") { file, Enterprise, dryRun };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) return Refuse($"The file {path.FullName} does not exist.");
            await using var services = CliHost.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var caller = await CallerForAsync(scope.ServiceProvider, parse.GetValue(Enterprise)!, ct);
            if (caller is null) return Refuse($"No enterprise with credit code {parse.GetValue(Enterprise)} is registered; check the code or register it first.");

            Result<ImportReport> result = default;
            await AnsiConsole.Progress()
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Reading {Markup.Escape(path.Name)}");
                    task.IsIndeterminate = true;
                    var rowsRead = new Progress<int>(rows => task.Description = $"Read {rows:N0} rows of {Markup.Escape(path.Name)}");
                    await using var stream = path.OpenRead();
                    result = await scope.ServiceProvider.GetRequiredService<ImportResources>()
                        .HandleAsync(stream, path.Name, parse.GetValue(dryRun), caller, rowsRead, ct);
                    task.Description = $"Checked {Markup.Escape(path.Name)}";
                    task.StopTask();
                });
            return result.Succeeded ? ReportSuccess(result.Value) : ReportFailure(result.Failure!);
        });
        return import;
    }

    private static Command Export()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Where to write the resources; .xlsx or .csv." };
        var export = new Command("export", "Export an enterprise's resources in the import layout.") { file, Enterprise };
        export.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (ResourceSheet.FormatOf(path.Name) is not { } format) return Refuse($"Name the file .xlsx or .csv; '{path.Name}' is neither.");
            await using var services = CliHost.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var caller = await CallerForAsync(scope.ServiceProvider, parse.GetValue(Enterprise)!, ct);
            if (caller is null) return Refuse($"No enterprise with credit code {parse.GetValue(Enterprise)} is registered; check the code.");

            var result = await scope.ServiceProvider.GetRequiredService<ExportResources>().HandleAsync(format, null, caller, ct);
            if (!result.Succeeded) return ReportFailure(result.Failure!);
            await File.WriteAllBytesAsync(path.FullName, result.Value.Content, ct);
            AnsiConsole.MarkupLine($"[green]Exported[/] to {Markup.Escape(path.FullName)}.");
            return 0;
        });
        return export;
    }

    private static Command Template()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Where to write the template (.xlsx)." };
        var template = new Command("template", "Write the import template: header, two example rows, a guide to every column, the process list.") { file };
        template.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (ResourceSheet.FormatOf(path.Name) != SheetFormat.Xlsx) return Refuse($"The template is a workbook; name the file .xlsx, not '{path.Name}'.");
            await using var services = CliHost.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var content = await scope.ServiceProvider.GetRequiredService<GetImportTemplate>().HandleAsync(ct);
            await File.WriteAllBytesAsync(path.FullName, content.Content, ct);
            AnsiConsole.MarkupLine($"[green]Template written[/] to {Markup.Escape(path.FullName)}.");
            return 0;
        });
        return template;
    }

    private static async Task<Caller?> CallerForAsync(IServiceProvider services, string creditCode, CancellationToken ct)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        var enterpriseId = await services.GetRequiredService<AppDbContext>().Enterprises
            .Where(e => e.CreditCode == code).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(ct);
        return enterpriseId is { } id ? new Caller(Guid.Empty, id, new HashSet<string>(StringComparer.Ordinal) { MemberRole.Provider }) : null;
    }

    private static int ReportSuccess(ImportReport report)
    {
        var verb = report.DryRun ? "Checked (dry run, nothing saved)" : "Imported";
        AnsiConsole.MarkupLine($"[green]{verb}[/] {report.Rows:N0} rows of {Markup.Escape(report.FileName)}: "
            + $"{report.Resources:N0} resources — {report.Created:N0} created, {report.Updated:N0} updated, {report.Unchanged:N0} unchanged.");
        return 0;
    }

    private static int ReportFailure(Failure failure)
    {
        var rows = ImportRowError.FromFailure(failure);
        if (rows.Count == 0) return Refuse(failure.Message);

        var table = new Table().AddColumn("Row").AddColumn("Column").AddColumn("Problem");
        foreach (var error in rows)
            table.AddRow(error.Row > 0 ? error.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) : "—", Markup.Escape(error.ColumnLabel), Markup.Escape(error.Message));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[red]Nothing was imported:[/] {rows.Count:N0} problem{(rows.Count == 1 ? "" : "s")}. Fix the rows above and run the import again.");
        return 1;
    }

    private static int Refuse(string message)
    {
        AnsiConsole.MarkupLine($"[red]{Markup.Escape(message)}[/]");
        return 1;
    }
}
