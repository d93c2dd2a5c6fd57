using System.Text;
using Cofab.IntegrationTests.Support;
using Microsoft.Data.Sqlite;

namespace Cofab.IntegrationTests.Cli;

/// <summary>
/// Runs the real <c>cofab</c> executable against a throwaway SQLite file, as an operator would from a shell:
/// migrate, load the demo region, then import and export spreadsheets for one demo enterprise.
/// </summary>
public sealed class ResourceImportCliTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cofab-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _connection;

    public ResourceImportCliTests()
    {
        Directory.CreateDirectory(_directory);
        _connection = $"Data Source={Path.Combine(_directory, "cofab.db")}";
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_export_and_template_work_from_the_command_line()
    {
        Assert.Equal(0, (await RunAsync("db", "migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("demo", "load")).ExitCode);
        var creditCode = await ScalarAsync<string>(
            "SELECT e.CreditCode FROM Enterprises e WHERE EXISTS (SELECT 1 FROM Resources r WHERE r.EnterpriseId = e.Id) ORDER BY e.CreditCode LIMIT 1");
        var resourcesBefore = await ResourceCountAsync(creditCode);

        var template = Path.Combine(_directory, "template.xlsx");
        Assert.Equal(0, (await RunAsync("resources", "template", template)).ExitCode);
        var imported = await RunAsync("resources", "import", template, "--enterprise", creditCode);
        Assert.True(imported.ExitCode == 0, imported.Output);
        Assert.Contains("2 created", imported.Output, StringComparison.Ordinal);
        Assert.Equal(resourcesBefore + 2, await ResourceCountAsync(creditCode));
        Assert.Equal(Guid.Empty.ToString(), (await ScalarAsync<string>(
            "SELECT UserId FROM AuditEntries WHERE Action = 'resources.imported' ORDER BY Id DESC LIMIT 1")).ToLowerInvariant());

        // The demo enterprise's whole list, exported and imported unedited, changes nothing.
        var export = Path.Combine(_directory, "export.xlsx");
        Assert.Equal(0, (await RunAsync("resources", "export", export, "--enterprise", creditCode)).ExitCode);
        var reimported = await RunAsync("resources", "import", export, "--enterprise", creditCode);
        Assert.True(reimported.ExitCode == 0, reimported.Output);
        Assert.Contains("0 created, 0 updated", reimported.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_row_exits_with_1_lists_the_row_and_imports_nothing()
    {
        Assert.Equal(0, (await RunAsync("db", "migrate")).ExitCode);
        Assert.Equal(0, (await RunAsync("demo", "load")).ExitCode);
        var creditCode = await ScalarAsync<string>("SELECT CreditCode FROM Enterprises ORDER BY CreditCode LIMIT 1");
        var resourcesBefore = await ResourceCountAsync(creditCode);
        var file = Path.Combine(_directory, "bad.csv");
        await File.WriteAllTextAsync(file, "AssetNumber,Name,Process,Tolerance\nCLI-1,Mill,machining.milling.3axis,0.02 mm\nCLI-2,Mill,machining.milling.3axis,2 inch\n", Encoding.UTF8, Ct);

        var result = await RunAsync("resources", "import", file, "--enterprise", creditCode);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("inch", result.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", result.Output, StringComparison.Ordinal);
        Assert.Equal(resourcesBefore, await ResourceCountAsync(creditCode));

        var unknown = await RunAsync("resources", "import", file, "--enterprise", "91330206MA2AAAAAAA");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No enterprise", unknown.Output, StringComparison.Ordinal);
    }

    private async Task<long> ResourceCountAsync(string creditCode) => await ScalarAsync<long>(
        "SELECT COUNT(*) FROM Resources r JOIN Enterprises e ON e.Id = r.EnterpriseId WHERE e.CreditCode = $code", ("$code", creditCode));

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection(_connection);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        var result = await command.ExecuteScalarAsync(Ct);
        return (T)Convert.ChangeType(result!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var run = await CofabCli.RunAsync([.. arguments, "--connection", _connection], Ct, _directory);
        return (run.ExitCode, run.Output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run for it is not.
        }
    }
}
