using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Orders;

public abstract class OrderTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_is_submitted_then_withdrawn_and_each_change_is_on_the_ledger()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var draft = await OrderApi.CreateAsync(demander.Client);
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal("draft", draft.GetProperty("status").GetString());
        Assert.Equal(3, draft.GetProperty("parts")[0].GetProperty("routing").GetArrayLength());

        var submitted = await OrderApi.SubmitAsync(demander.Client, id, draft.GetProperty("version").GetGuid());
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var order = await submitted.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.Equal("submitted", order.GetProperty("status").GetString());

        var withdrawn = await demander.Client.PostAsJsonAsync($"/api/v1/orders/{id}/withdraw",
            new { version = order.GetProperty("version").GetGuid(), reason = "Design changed" }, Ct);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var final = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}", Api.Json, Ct);
        Assert.Equal("withdrawn", final.GetProperty("status").GetString());
        Assert.Equal("Design changed", final.GetProperty("withdrawalReason").GetString());

        Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "order.submitted", id));
        var withdrawal = Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "order.withdrawn", id));
        Assert.Contains("\"previousStatus\":\"submitted\"", withdrawal.GetProperty("payload").GetString(), StringComparison.Ordinal);
        Assert.Single(await OrderApi.AuditEntriesAsync(demander.Client, "order.withdrawn", id.ToString()));

        var again = await OrderApi.SubmitAsync(demander.Client, id, null);
        var problem = await Api.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Contains("withdrawn", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_process_in_the_routing_is_refused_naming_the_field()
    {
        var demander = await OrderApi.DemanderAsync(app);

        var response = await demander.Client.PostAsJsonAsync("/api/v1/orders",
            OrderApi.Order(OrderApi.Part(), OrderApi.Part("Cover", processCode: "machining.milling.7axis")), Ct);

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Api.FieldErrors(problem, "parts[1].routing[0].processCode"), m => m.Contains("machining.milling.7axis", StringComparison.Ordinal));
        Assert.Empty(Api.FieldErrors(problem, "parts[0].routing[0].processCode"));
    }

    [Fact]
    public async Task A_routing_whose_steps_wait_for_each_other_is_refused_and_nothing_is_saved()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var part = JsonSerializer.SerializeToNode(OrderApi.Part(), Api.Json)!;
        part["routing"]![0]!["predecessors"] = new System.Text.Json.Nodes.JsonArray(30);

        var response = await demander.Client.PostAsJsonAsync("/api/v1/orders", OrderApi.Order(part), Ct);

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.StartsWith("parts[0].routing[", StringComparison.Ordinal)
            && e.Name.EndsWith("].predecessors", StringComparison.Ordinal) && e.Value[0].GetString()!.Contains("circle", StringComparison.Ordinal));
        var mine = await demander.Client.GetFromJsonAsync<JsonElement>("/api/v1/orders", Api.Json, Ct);
        Assert.Equal(0, mine.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Submitting_an_incomplete_draft_names_what_is_missing()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var draft = await OrderApi.CreateAsync(demander.Client, new { title = "Just an idea", parts = Array.Empty<object>() });

        var response = await OrderApi.SubmitAsync(demander.Client, draft.GetProperty("id").GetGuid(), null);

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "parts"));
        var after = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{draft.GetProperty("id").GetGuid()}", Api.Json, Ct);
        Assert.Equal("draft", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Another_enterprise_cannot_see_change_or_download_from_an_order_it_does_not_own()
    {
        var owner = await OrderApi.DemanderAsync(app);
        var other = await OrderApi.DemanderAsync(app);
        var provider = await Api.MemberAsync(app, ["provider"]);
        var draft = await OrderApi.CreateAsync(owner.Client);
        var id = draft.GetProperty("id").GetGuid();
        var drawing = await OrderApi.UploadAsync(owner.Client, id, "%PDF-1.7 housing"u8.ToArray(), "internal");
        var drawingUrl = $"/api/v1/orders/{id}/drawings/{drawing.GetProperty("id").GetGuid()}";

        foreach (var stranger in new[] { other, provider })
        {
            await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/orders/{id}", Ct), HttpStatusCode.NotFound);
            await Api.ProblemAsync(await stranger.Client.GetAsync(drawingUrl, Ct), HttpStatusCode.NotFound);
            await Api.ProblemAsync(await stranger.Client.PutAsJsonAsync($"/api/v1/orders/{id}", OrderApi.Order(), Ct), HttpStatusCode.NotFound);
            await Api.ProblemAsync(await OrderApi.SubmitAsync(stranger.Client, id, null), HttpStatusCode.NotFound);
            var listed = await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/orders?pageSize=200", Api.Json, Ct);
            Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);
        }

        using var operatorClient = await Api.OperatorAsync(app);
        var all = await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/orders?status=draft&pageSize=200", Api.Json, Ct);
        Assert.Contains(all.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);
        var bytes = await operatorClient.GetByteArrayAsync(drawingUrl, Ct);
        Assert.Equal("%PDF-1.7 housing"u8.ToArray(), bytes);
        var seenByOperator = await OrderApi.AuditEntriesAsync(owner.Client, "order.read", id.ToString());
        Assert.Empty(seenByOperator);
        await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}", Api.Json, Ct);
        Assert.Single(await OrderApi.AuditEntriesAsync(owner.Client, "order.read", id.ToString()));
    }

    [Fact]
    public async Task Only_approved_demanders_create_orders()
    {
        var pending = await OrderApi.DemanderAsync(app, approve: false);
        var provider = await Api.MemberAsync(app, ["provider"]);

        await Api.ProblemAsync(await pending.Client.PostAsJsonAsync("/api/v1/orders", OrderApi.Order(), Ct), HttpStatusCode.Forbidden);
        await Api.ProblemAsync(await provider.Client.PostAsJsonAsync("/api/v1/orders", OrderApi.Order(), Ct), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Editing_a_draft_with_a_stale_version_is_a_conflict_and_a_submitted_order_is_no_longer_editable()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var draft = await OrderApi.CreateAsync(demander.Client);
        var id = draft.GetProperty("id").GetGuid();
        var version = draft.GetProperty("version").GetGuid();
        var body = JsonSerializer.SerializeToNode(OrderApi.Order(), Api.Json)!;
        body["title"] = "Pump housings, batch 4";
        body["version"] = version;
        var edited = await demander.Client.PutAsJsonAsync($"/api/v1/orders/{id}", body, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var current = await edited.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);

        body["title"] = "Stale edit";
        await Api.ProblemAsync(await demander.Client.PutAsJsonAsync($"/api/v1/orders/{id}", body, Ct), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.OK, (await OrderApi.SubmitAsync(demander.Client, id, current.GetProperty("version").GetGuid())).StatusCode);
        var submitted = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{id}", Api.Json, Ct);
        Assert.Equal("Pump housings, batch 4", submitted.GetProperty("title").GetString());
        body["version"] = submitted.GetProperty("version").GetGuid();
        await Api.ProblemAsync(await demander.Client.PutAsJsonAsync($"/api/v1/orders/{id}", body, Ct), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("GET", "/api/v1/orders")]
    [InlineData("POST", "/api/v1/orders")]
    [InlineData("GET", "/api/v1/routing-templates")]
    public async Task Order_endpoints_need_a_signed_in_caller_and_are_in_the_openapi_document(string method, string path)
    {
        var client = app.CreateClient();
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null }, Ct);
        await Api.ProblemAsync(response, HttpStatusCode.Unauthorized);

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(path, paths);
        Assert.Contains("/api/v1/orders/{id}/submit", paths);
        Assert.Contains("/api/v1/orders/{id}/drawings/{drawingId}", paths);
    }

    [Fact]
    public async Task Routing_templates_are_listed_and_a_proposal_takes_the_parts_facts()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var templates = await demander.Client.GetFromJsonAsync<JsonElement>("/api/v1/routing-templates", Api.Json, Ct);
        Assert.Contains(templates.EnumerateArray(), t => t.GetProperty("code").GetString() == "knitted-garment" && t.GetProperty("nameZh").GetString() == "针织服装");

        var response = await demander.Client.PostAsJsonAsync("/api/v1/routing-templates/machined-aluminium-housing/proposal",
            new { name = "Housing", quantity = 350, material = "aluminium 6061", envelopeXMm = 200, envelopeYMm = 150, envelopeZMm = 80 }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        var milling = steps[0];
        Assert.Equal("machining.milling.5axis", milling.GetProperty("processCode").GetString());
        Assert.Equal(350, milling.GetProperty("quantity").GetInt32());
        Assert.Equal("aluminium 6061", milling.GetProperty("material").GetString());
        Assert.Equal(200m, milling.GetProperty("envelopeXMm").GetDecimal());
        var unknown = await demander.Client.PostAsJsonAsync("/api/v1/routing-templates/rocket-engine/proposal", new { name = "X", quantity = 1 }, Ct);
        Assert.NotEmpty(Api.FieldErrors(await Api.ProblemAsync(unknown, HttpStatusCode.BadRequest), "templateCode"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrderTestsOnSqlite(SqliteApp app) : OrderTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrderTestsOnPostgres(PostgresApp app) : OrderTests(app);
