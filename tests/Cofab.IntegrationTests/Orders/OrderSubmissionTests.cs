using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Orders;

/// <summary>Idempotent submission and recorded drawing access.</summary>
public abstract class OrderSubmissionTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submitting_twice_with_one_key_returns_the_first_outcome_and_submits_once()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var draft = await OrderApi.CreateAsync(demander.Client);
        var id = draft.GetProperty("id").GetGuid();
        var key = Guid.NewGuid().ToString();

        var first = await OrderApi.SubmitAsync(demander.Client, id, draft.GetProperty("version").GetGuid(), key);
        var second = await OrderApi.SubmitAsync(demander.Client, id, draft.GetProperty("version").GetGuid(), key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstOrder = await first.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        var secondOrder = await second.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.Equal(firstOrder.GetProperty("version").GetGuid(), secondOrder.GetProperty("version").GetGuid());
        Assert.Equal(firstOrder.GetProperty("submittedAt").GetDateTimeOffset(), secondOrder.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "order.submitted", id));
        Assert.Single(await OrderApi.AuditEntriesAsync(demander.Client, "order.submitted", id.ToString()));

        var withoutKey = await OrderApi.SubmitAsync(demander.Client, id, null);
        await Api.ProblemAsync(withoutKey, HttpStatusCode.Conflict);
        var other = await OrderApi.CreateAsync(demander.Client);
        var reused = await OrderApi.SubmitAsync(demander.Client, other.GetProperty("id").GetGuid(), null, key);
        var problem = await Api.ProblemAsync(reused, HttpStatusCode.Conflict);
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_submissions_with_one_key_create_one_submission()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var draft = await OrderApi.CreateAsync(demander.Client);
        var id = draft.GetProperty("id").GetGuid();
        var version = draft.GetProperty("version").GetGuid();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => OrderApi.SubmitAsync(demander.Client, id, version, key), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var versions = new HashSet<Guid>();
        foreach (var response in responses)
            versions.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("version").GetGuid());
        Assert.Single(versions);
        Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "order.submitted", id));
        Assert.Single(await OrderApi.AuditEntriesAsync(demander.Client, "order.submitted", id.ToString()));
    }

    [Fact]
    public async Task Every_opening_of_a_sensitive_drawing_is_audited_and_on_the_ledger_but_a_public_one_is_not()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var order = await OrderApi.CreateAsync(demander.Client);
        var id = order.GetProperty("id").GetGuid();
        var content = new byte[50_000];
        Random.Shared.NextBytes(content);
        var sensitive = await OrderApi.UploadAsync(demander.Client, id, content, "sensitive");
        var open = await OrderApi.UploadAsync(demander.Client, id, "public datasheet"u8.ToArray(), "public", "datasheet.pdf");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), sensitive.GetProperty("sha256").GetString());
        var sensitiveId = sensitive.GetProperty("id").GetGuid().ToString();

        Assert.Equal(content, await demander.Client.GetByteArrayAsync($"/api/v1/orders/{id}/drawings/{sensitiveId}", Ct));
        using var operatorClient = await Api.OperatorAsync(app);
        Assert.Equal(content, await operatorClient.GetByteArrayAsync($"/api/v1/orders/{id}/drawings/{sensitiveId}", Ct));
        await demander.Client.GetByteArrayAsync($"/api/v1/orders/{id}/drawings/{open.GetProperty("id").GetGuid()}", Ct);

        var audited = await OrderApi.AuditEntriesAsync(demander.Client, "drawing.opened", sensitiveId);
        Assert.Equal(2, audited.Count);
        Assert.Contains(audited, a => a.GetProperty("actorEnterpriseId").GetGuid() != demander.EnterpriseId);
        var ledger = await OrderApi.LedgerEntriesAsync(demander.Client, "drawing.opened", id);
        Assert.Equal(2, ledger.Count);
        Assert.All(ledger, e => Assert.Contains(sensitiveId, e.GetProperty("payload").GetString(), StringComparison.Ordinal));
        Assert.Empty(await OrderApi.AuditEntriesAsync(demander.Client, "drawing.opened", open.GetProperty("id").GetGuid().ToString()));
    }

    [Fact]
    public async Task An_empty_or_oversized_drawing_is_refused_with_a_clear_problem()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var id = (await OrderApi.CreateAsync(demander.Client)).GetProperty("id").GetGuid();

        var empty = await OrderApi.PostDrawingAsync(demander.Client, id, [], "internal");
        Assert.Contains(Api.FieldErrors(await Api.ProblemAsync(empty, HttpStatusCode.BadRequest), "file"), m => m.Contains("empty", StringComparison.Ordinal));

        var tooLarge = await OrderApi.PostDrawingAsync(demander.Client, id, new byte[20 * 1024 * 1024 + 1], "internal");
        var problem = await Api.ProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("20 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unclassified = await OrderApi.PostDrawingAsync(demander.Client, id, "x"u8.ToArray(), "secret");
        Assert.NotEmpty(Api.FieldErrors(await Api.ProblemAsync(unclassified, HttpStatusCode.BadRequest), "classification"));
        var order = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}", Api.Json, Ct);
        Assert.Equal(0, order.GetProperty("drawings").GetArrayLength());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrderSubmissionTestsOnSqlite(SqliteApp app) : OrderSubmissionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrderSubmissionTestsOnPostgres(PostgresApp app) : OrderSubmissionTests(app);
