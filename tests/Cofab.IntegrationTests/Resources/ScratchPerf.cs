using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Support;
using MiniExcelLibs;

namespace Cofab.IntegrationTests.Resources;

public abstract class ScratchPerf(CofabApp app)
{
    [Fact]
    public async Task TenK()
    {
        var ct = TestContext.Current.CancellationToken;
        var provider = await Api.MemberAsync(app);
        var rows = Enumerable.Range(1, 4_000).Select(i => new Dictionary<string, object?>
        {
            ["AssetNumber"] = $"P-{i:00000}", ["Name"] = $"Mill {i}", ["Kind"] = "machine", ["Process"] = "machining.milling.5axis",
            ["Envelope"] = "650×520×475 mm", ["Tolerance"] = "±0.01 mm", ["Materials"] = "aluminium 6061, steel 45#", ["MaxWeight"] = "300 kg",
            ["BatchMin"] = 1, ["BatchMax"] = 500, ["UnitTime"] = "12.5 min", ["SetupTime"] = "1.5 h", ["PriceModel"] = "perHour", ["Rate"] = 260, ["SetupCharge"] = 300, ["Visibility"] = "published",
        }).ToList();
        using var ms = new MemoryStream();
        MiniExcel.SaveAs(ms, rows);
        var bytes = ms.ToArray();
        System.IO.File.AppendAllText("/tmp/perf.log", $"PERF size {bytes.Length}\n");
        for (var round = 0; round < 2; round++)
        {
            var sw = Stopwatch.StartNew();
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(bytes);
            form.Add(file, "file", "big.xlsx");
            var response = await provider.Client.PostAsync("/api/v1/resources/import", form, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            System.IO.File.AppendAllText("/tmp/perf.log", $"PERF {app.Provider} round {round}: {response.StatusCode} {sw.Elapsed.TotalSeconds:F1}s {body[..Math.Min(300, body.Length)]}\n");
        }
        var sw2 = Stopwatch.StartNew();
        var export = await provider.Client.GetAsync("/api/v1/resources/export?format=xlsx", ct);
        var exported = await export.Content.ReadAsByteArrayAsync(ct);
        System.IO.File.AppendAllText("/tmp/perf.log", $"PERF export {sw2.Elapsed.TotalSeconds:F1}s {exported.Length}\n");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScratchPerfOnSqlite(SqliteApp app) : ScratchPerf(app);

[Collection(PostgresCollection.Name)]
public sealed class ScratchPerfOnPostgres(PostgresApp app) : ScratchPerf(app);
