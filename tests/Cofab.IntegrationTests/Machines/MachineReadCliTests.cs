using System.Text.Json;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Machines;

/// <summary>Runs the real <c>cofab machines read</c> on the shared Mazak03 documents, as a factory engineer would.</summary>
public sealed class MachineReadCliTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reads_current_and_sample_documents_into_status_and_intervals()
    {
        var (exitCode, output, error) = await RunAsync("machines", "read",
            RealMTConnectFiles.Path("mazak03_probe.xml"),
            RealMTConnectFiles.Path("mazak03_current_at6000_active.xml"),
            RealMTConnectFiles.Path("mazak03_current_at24947_idle.xml"),
            RealMTConnectFiles.Path("mazak03_sample_states_day.xml"));

        Assert.True(exitCode == 0, error);
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents");
        Assert.Equal(3, documents.GetArrayLength());

        var busy = documents[0].GetProperty("devices")[0];
        Assert.Equal("current", documents[0].GetProperty("kind").GetString());
        Assert.Equal("Mazak03", busy.GetProperty("device").GetString());
        Assert.Equal("AVAILABLE", busy.GetProperty("availability").GetString());
        Assert.Equal("ACTIVE", busy.GetProperty("execution").GetString());
        Assert.Equal(0, busy.GetProperty("partCount").GetInt64());
        Assert.Equal(203, busy.GetProperty("spindleSpeed").GetDouble());
        Assert.Equal("busy", busy.GetProperty("state").GetString());

        var idle = documents[1].GetProperty("devices")[0];
        Assert.Equal("READY", idle.GetProperty("execution").GetString());
        Assert.Equal("idle", idle.GetProperty("state").GetString());

        var day = documents[2].GetProperty("devices")[0];
        Assert.Equal("sample", documents[2].GetProperty("kind").GetString());
        var intervals = day.GetProperty("intervals");
        Assert.Equal(106, intervals.GetArrayLength());
        Assert.Equal("offline", intervals[0].GetProperty("state").GetString());
        Assert.Equal("idle", intervals[1].GetProperty("state").GetString());
        Assert.Equal(83.238, day.GetProperty("busyMinutes").GetDouble(), 0.01);
        Assert.Equal(260.629, day.GetProperty("idleMinutes").GetDouble(), 0.01);
        Assert.Equal(19.295, day.GetProperty("offlineMinutes").GetDouble(), 0.01);
    }

    [Fact]
    public async Task A_missing_or_foreign_file_exits_non_zero_naming_it()
    {
        var missing = await RunAsync("machines", "read", RealMTConnectFiles.Path("mazak03_probe.xml"), "/nonexistent/current.xml");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Cannot read '/nonexistent/current.xml'", missing.Error, StringComparison.Ordinal);

        var notXml = Path.Combine(Path.GetTempPath(), $"cofab-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(notXml, "{\"this\": \"is json\"}", Ct);
        try
        {
            var foreign = await RunAsync("machines", "read", RealMTConnectFiles.Path("mazak03_probe.xml"), notXml);
            Assert.Equal(1, foreign.ExitCode);
            Assert.Contains("is not well-formed XML", foreign.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(notXml);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var run = await CofabCli.RunAsync(arguments, Ct);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }
}
