using System.Security.Cryptography;
using Cofab.IntegrationTests.Support;
using Microsoft.Data.Sqlite;

namespace Cofab.IntegrationTests.Cli;

/// <summary>
/// Runs the real <c>cofab ledger</c> commands as a process: the proof commands against the RFC 6962 vectors of
/// github.com/transparency-dev/merkle (testonly/constants.go, proof/verify_test.go), and <c>verify</c> against a
/// throwaway SQLite log that is then altered behind the platform's back.
/// </summary>
public sealed class LedgerCliTests : IDisposable
{
    private static readonly string[] Leaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cofab-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _connection;

    public LedgerCliTests()
    {
        Directory.CreateDirectory(_directory);
        _connection = $"Data Source={Path.Combine(_directory, "cofab.db")}";
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Root_prints_the_published_roots_for_sizes_0_3_and_8()
    {
        Assert.Equal(["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"], (await RunAsync(["ledger", "root"])).Lines);
        Assert.Equal(["aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77"], (await RunAsync(["ledger", "root", "--leaf-hex", .. Leaves[..3]])).Lines);
        Assert.Equal(["5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"], (await RunAsync(["ledger", "root", "--leaf-hex", .. Leaves])).Lines);
    }

    [Fact]
    public async Task Inclusion_prints_the_published_audit_path_and_refuses_an_index_outside_the_tree()
    {
        var path = await RunAsync(["ledger", "inclusion", "--leaf-hex", .. Leaves, "--index", "5"]);
        Assert.Equal(0, path.ExitCode);
        Assert.Equal(
            ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"],
            path.Lines);

        var outside = await RunAsync(["ledger", "inclusion", "--leaf-hex", .. Leaves, "--index", "8"]);
        Assert.NotEqual(0, outside.ExitCode);
        Assert.Contains("0 to 7", outside.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consistency_prints_the_published_proofs()
    {
        Assert.Equal(
            ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a", "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"],
            (await RunAsync(["ledger", "consistency", "--leaf-hex", .. Leaves[..7], "--from", "6"])).Lines);
        Assert.Equal(
            ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"],
            (await RunAsync(["ledger", "consistency", "--leaf-hex", .. Leaves[..5], "--from", "2"])).Lines);
        Assert.Empty((await RunAsync(["ledger", "consistency", "--leaf-hex", .. Leaves, "--from", "8"])).Lines);
    }

    [Fact]
    public async Task Verify_exits_1_and_names_the_entry_whose_payload_was_altered()
    {
        var filled = await RunAsync(["ledger", "bench", "--count", "6", "--single", "0", "--samples", "0", "--connection", _connection]);
        Assert.True(filled.ExitCode == 0, filled.Output);
        var keyFile = Path.Combine(_directory, "public.pem");
        using (var key = ECDsa.Create(ECCurve.NamedCurves.nistP256)) await File.WriteAllTextAsync(keyFile, key.ExportSubjectPublicKeyInfoPem(), Ct);

        var intact = await RunAsync(["ledger", "verify", "--public-key", keyFile, "--connection", _connection]);
        Assert.True(intact.ExitCode == 0, intact.Output);
        Assert.Contains("OK: 6 entries", intact.Output, StringComparison.Ordinal);

        await using (var connection = new SqliteConnection(_connection))
        {
            await connection.OpenAsync(Ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE LedgerEntries SET Payload = replace(Payload, 'benchmark', 'benchmarK') WHERE \"Index\" = 2";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(Ct));
        }

        var altered = await RunAsync(["ledger", "verify", "--public-key", keyFile, "--connection", _connection]);
        Assert.Equal(1, altered.ExitCode);
        Assert.Contains("first bad entry 2", altered.Output, StringComparison.Ordinal);
        Assert.Contains("Entry 2 was altered", altered.Output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string[] Lines)> RunAsync(string[] arguments)
    {
        var run = await CofabCli.RunAsync(arguments, Ct, _directory);
        return (run.ExitCode, run.Output, run.Lines);
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
