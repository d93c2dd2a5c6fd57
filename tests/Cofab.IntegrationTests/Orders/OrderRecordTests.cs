using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Features.Ledger;

namespace Cofab.IntegrationTests.Orders;

public abstract class OrderRecordTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_demander_downloads_the_order_record_and_checks_it_offline_with_the_public_key()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var draft = await OrderApi.CreateAsync(demander.Client);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await OrderApi.SubmitAsync(demander.Client, id, draft.GetProperty("version").GetGuid())).StatusCode);
        var order = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}", Api.Json, Ct);
        var withdrawn = await demander.Client.PostAsJsonAsync($"/api/v1/orders/{id}/withdraw",
            new { version = order.GetProperty("version").GetGuid(), reason = "Design changed" }, Ct);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        var record = await demander.Client.GetFromJsonAsync<SubjectRecord>($"/api/v1/orders/{id}/record", Api.Json, Ct);
        var publicKey = await demander.Client.GetStringAsync("/api/v1/ledger/public-key", Ct);

        Assert.NotNull(record);
        Assert.Equal(["order.submitted", "order.withdrawn"], record.Entries.Select(e => e.Entry.Type));
        Assert.Empty(CheckSubjectRecord.Problems(record, publicKey));

        // Anyone editing the downloaded record (or the platform serving an altered entry) is caught.
        var (entry, proof) = record.Entries[1];
        var altered = record with
        {
            Entries = [record.Entries[0], new RecordEntry(entry with { Payload = entry.Payload.Replace("Design changed", "Price too high", StringComparison.Ordinal) }, proof)],
        };
        var problem = Assert.Single(CheckSubjectRecord.Problems(altered, publicKey));
        Assert.Contains($"entry {entry.Index}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_enterprise_cannot_download_an_order_record()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var draft = await OrderApi.CreateAsync(demander.Client);
        var stranger = await OrderApi.DemanderAsync(app);

        var response = await stranger.Client.GetAsync($"/api/v1/orders/{draft.GetProperty("id").GetGuid()}/record", Ct);

        await Api.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrderRecordTestsOnSqlite(SqliteApp app) : OrderRecordTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrderRecordTestsOnPostgres(PostgresApp app) : OrderRecordTests(app);
