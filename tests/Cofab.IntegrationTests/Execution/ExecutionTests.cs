using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;
using static Cofab.IntegrationTests.Execution.ExecutionApi;

namespace Cofab.IntegrationTests.Execution;

public abstract class ExecutionTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_provider_starts_reports_progress_and_finishes_and_the_order_goes_into_production()
    {
        var order = await AcceptedAsync(app);
        var work = order.First;
        using var provider = await ProviderAsync(app, work);

        var started = await OkAsync(await PostAsync(provider, Id(work), "start"));
        Assert.Equal("inProgress", started.GetProperty("status").GetString());
        var orderView = await order.Demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.OrderId}", Api.Json, Ct);
        Assert.Equal("inProduction", orderView.GetProperty("status").GetString());

        var first = work.GetProperty("operations")[0].GetProperty("operation");
        var quantity = first.GetProperty("quantity").GetInt32();
        var partial = await OkAsync(await PostAsync(provider, Id(work), "progress",
            new { partId = first.GetProperty("partId").GetGuid(), step = first.GetProperty("step").GetInt32(), goodQuantity = quantity - 3, scrapQuantity = 1, note = "Tool change after 40" }));
        var totals = partial.GetProperty("workOrder").GetProperty("operations")[0];
        Assert.Equal(quantity - 3, totals.GetProperty("quantityDone").GetInt32());
        Assert.Equal(1, totals.GetProperty("quantityScrapped").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, totals.GetProperty("startedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, totals.GetProperty("finishedAt").ValueKind);
        Assert.Equal("api", partial.GetProperty("report").GetProperty("source").GetString());

        var finished = await OkAsync(await PostAsync(provider, Id(work), "progress", new { operationIndex = 0, goodQuantity = 2, scrapQuantity = 0, finished = true }));
        var closed = finished.GetProperty("workOrder").GetProperty("operations")[0];
        Assert.Equal(quantity - 1, closed.GetProperty("quantityDone").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("finishedAt").ValueKind);
        var operations = work.GetProperty("operations").GetArrayLength();
        for (var i = 1; i < operations; i++)
        {
            var q = work.GetProperty("operations")[i].GetProperty("operation").GetProperty("quantity").GetInt32();
            await OkAsync(await PostAsync(provider, Id(work), "progress", new { operationIndex = i, goodQuantity = q, scrapQuantity = 0, finished = true }));
        }

        var done = await OkAsync(await PostAsync(provider, Id(work), "done"));
        Assert.Equal("done", done.GetProperty("status").GetString());
        var history = await order.Demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{Id(work)}/progress", Api.Json, Ct);
        Assert.Equal(operations + 1, history.GetProperty("total").GetInt32());
        Assert.Equal("Tool change after 40", history.GetProperty("items").EnumerateArray().Last().GetProperty("note").GetString());
        var types = await RecordTypesAsync(order.Demander.Client, order.OrderId);
        Assert.Equal(["workorder.inprogress", "order.inproduction", "workorder.done"], types.SkipWhile(t => t != "workorder.inprogress"));
        await Api.ProblemAsync(await PostAsync(provider, Id(work), "progress", new { operationIndex = 0, goodQuantity = 0, scrapQuantity = 0, finished = true }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Progress_beyond_the_operations_quantity_is_refused_naming_the_field_and_nothing_is_written()
    {
        var order = await AcceptedAsync(app);
        var work = order.First;
        using var provider = await ProviderAsync(app, work);
        var quantity = work.GetProperty("operations")[0].GetProperty("operation").GetProperty("quantity").GetInt32();

        var over = await Api.ProblemAsync(await PostAsync(provider, Id(work), "progress", new { operationIndex = 0, goodQuantity = quantity, scrapQuantity = 1 }), HttpStatusCode.BadRequest);
        Assert.Contains($"quantity of {quantity}", Assert.Single(Api.FieldErrors(over, "scrapQuantity")), StringComparison.Ordinal);
        var negative = await Api.ProblemAsync(await PostAsync(provider, Id(work), "progress", new { operationIndex = 0, goodQuantity = -1, scrapQuantity = 0 }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(negative, "goodQuantity"));
        var nowhere = await Api.ProblemAsync(await PostAsync(provider, Id(work), "progress", new { operationIndex = 99, goodQuantity = 1, scrapQuantity = 0 }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(nowhere, "operationIndex"));

        var after = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{Id(work)}", Api.Json, Ct);
        Assert.Equal("accepted", after.GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("operations")[0].GetProperty("quantityDone").GetInt32());
        Assert.Equal(0, await ProgressReportsStoredAsync(app, Id(work)));
        Assert.DoesNotContain("workorder.inprogress", await RecordTypesAsync(order.Demander.Client, order.OrderId));
    }

    [Fact]
    public async Task Another_enterprise_finds_nothing_and_the_demander_may_not_report_progress()
    {
        var order = await AcceptedAsync(app);
        var workId = Id(order.First);
        var stranger = await Api.MemberAsync(app, ["provider", "demander"]);

        foreach (var action in new[] { "start", "done", "ship", "receive" })
            await Api.ProblemAsync(await PostAsync(stranger.Client, workId, action), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await PostAsync(stranger.Client, workId, "progress", new { operationIndex = 0, goodQuantity = 1, scrapQuantity = 0 }), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/work-orders/{workId}/progress", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/orders/{order.OrderId}/transport-legs", Ct), HttpStatusCode.NotFound);

        var demander = order.Demander.Client;
        var forbidden = await Api.ProblemAsync(await PostAsync(demander, workId, "progress", new { operationIndex = 0, goodQuantity = 1, scrapQuantity = 0 }), HttpStatusCode.Forbidden);
        Assert.Contains("Only the provider", forbidden.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Api.ProblemAsync(await PostAsync(demander, workId, "start"), HttpStatusCode.Forbidden);
        Assert.Equal(0, await ProgressReportsStoredAsync(app, workId));
    }

    [Fact]
    public async Task Done_is_refused_while_an_operation_is_open_naming_it()
    {
        var order = await AcceptedAsync(app);
        var work = order.First;
        using var provider = await ProviderAsync(app, work);
        var early = await Api.ProblemAsync(await PostAsync(provider, Id(work), "done"), HttpStatusCode.Conflict);
        Assert.Contains("accepted", early.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // A report on an accepted work order starts it.
        var reported = await OkAsync(await PostAsync(provider, Id(work), "progress", new { operationIndex = 0, goodQuantity = 1, scrapQuantity = 0 }));
        Assert.Equal("inProgress", reported.GetProperty("workOrder").GetProperty("status").GetString());
        var open = await Api.ProblemAsync(await PostAsync(provider, Id(work), "done"), HttpStatusCode.Conflict);
        var first = work.GetProperty("operations")[0].GetProperty("operation");
        Assert.Contains($"#0 {first.GetProperty("partName").GetString()} step {first.GetProperty("step").GetInt32()}", open.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var still = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{Id(work)}", Api.Json, Ct);
        Assert.Equal("inProgress", still.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Shipping_records_a_leg_to_the_next_provider_and_only_the_receiving_side_confirms_arrival()
    {
        var order = await AcceptedAsync(app);
        var (work, next) = HandOver(order);
        using var provider = await ProviderAsync(app, work);
        await OkAsync(await PostAsync(provider, Id(work), "start"));
        await FinishAllAsync(provider, work);
        await OkAsync(await PostAsync(provider, Id(work), "done"));
        await Api.ProblemAsync(await PostAsync(provider, Id(work), "ship"), HttpStatusCode.Conflict);
        await MarkInspectedAsync(app, Id(work));
        var tooLong = await Api.ProblemAsync(await PostAsync(provider, Id(work), "ship", new { carrier = new string('c', 101) }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(tooLong, "carrier"));

        var shipped = await OkAsync(await PostAsync(provider, Id(work), "ship", new { carrier = "顺丰速运", trackingNumber = "SF1234567890" }));
        Assert.Equal("shipped", shipped.GetProperty("workOrder").GetProperty("status").GetString());
        var legs = shipped.GetProperty("legs").EnumerateArray().ToList();
        var leg = Assert.Single(legs, l => l.GetProperty("toWorkOrderId").ValueKind != JsonValueKind.Null && l.GetProperty("toWorkOrderId").GetGuid() == next.WorkOrderId);
        Assert.Equal(next.Provider, leg.GetProperty("toEnterpriseId").GetGuid());
        // PostgreSQL keeps microseconds; the planned times come from the schedule and agree to that precision.
        Assert.True((next.Start - leg.GetProperty("plannedArrival").GetDateTimeOffset()).Duration() < TimeSpan.FromMilliseconds(1));
        var lastEnd = work.GetProperty("operations").EnumerateArray().Max(o => o.GetProperty("operation").GetProperty("end").GetDateTimeOffset());
        Assert.True((lastEnd - legs.Max(l => l.GetProperty("plannedDeparture").GetDateTimeOffset())).Duration() < TimeSpan.FromMilliseconds(1));
        Assert.Equal("SF1234567890", leg.GetProperty("trackingNumber").GetString());
        Assert.Contains("workorder.shipped", await RecordTypesAsync(order.Demander.Client, order.OrderId));

        using var receiver = await QuoteApi.DemoProviderAsync(app, next.Provider);
        var seen = await receiver.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.OrderId}/transport-legs", Api.Json, Ct);
        Assert.Contains(seen.EnumerateArray(), l => l.GetProperty("id").GetGuid() == leg.GetProperty("id").GetGuid());
        var all = await order.Demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.OrderId}/transport-legs?workOrderId={Id(work)}", Api.Json, Ct);
        Assert.Equal(legs.Count, all.GetArrayLength());

        await Api.ProblemAsync(await PostAsync(provider, Id(work), "receive"), HttpStatusCode.Forbidden);
        var stranger = await Api.MemberAsync(app, ["provider"]);
        await Api.ProblemAsync(await PostAsync(stranger.Client, Id(work), "receive"), HttpStatusCode.NotFound);
        var received = await OkAsync(await PostAsync(receiver, Id(work), "receive"));
        Assert.NotEqual(JsonValueKind.Null, received.GetProperty("actualArrival").ValueKind);
        await Api.ProblemAsync(await PostAsync(receiver, Id(work), "receive"), HttpStatusCode.Conflict);
        foreach (var other in legs.Select(l => l.GetProperty("toEnterpriseId").GetGuid()).Where(e => e != next.Provider).Distinct())
        {
            if (other == order.Demander.EnterpriseId)
            {
                await OkAsync(await PostAsync(order.Demander.Client, Id(work), "receive"));
                continue;
            }

            using var third = await QuoteApi.DemoProviderAsync(app, other);
            await OkAsync(await PostAsync(third, Id(work), "receive"));
        }

        var final = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{Id(work)}", Api.Json, Ct);
        Assert.Equal("received", final.GetProperty("status").GetString());
        Assert.Contains("workorder.received", await RecordTypesAsync(order.Demander.Client, order.OrderId));
    }

    /// <summary>A work order whose part continues at another provider, and the step that continues it there.</summary>
    private static (JsonElement Work, (Guid WorkOrderId, Guid Provider, DateTimeOffset Start) Next) HandOver(AcceptedOrder order)
    {
        var operations = order.WorkOrders.SelectMany(w => w.GetProperty("operations").EnumerateArray()
            .Select(o => (Work: w, Op: o.GetProperty("operation")))).ToList();
        foreach (var (work, op) in operations)
        {
            var part = op.GetProperty("partId").GetGuid();
            var lastHere = operations.Where(x => Id(x.Work) == Id(work) && x.Op.GetProperty("partId").GetGuid() == part).Max(x => x.Op.GetProperty("step").GetInt32());
            var next = operations.Where(x => Id(x.Work) != Id(work) && x.Op.GetProperty("partId").GetGuid() == part && x.Op.GetProperty("step").GetInt32() > lastHere)
                .OrderBy(x => x.Op.GetProperty("step").GetInt32()).FirstOrDefault();
            if (next.Work.ValueKind != JsonValueKind.Undefined)
                return (work, (Id(next.Work), Provider(next.Work), next.Op.GetProperty("start").GetDateTimeOffset()));
        }

        Assert.Fail("The accepted quote keeps every part at one provider; the demo region should spread milling, anodizing and inspection.");
        throw new InvalidOperationException();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExecutionTestsOnSqlite(SqliteApp app) : ExecutionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExecutionTestsOnPostgres(PostgresApp app) : ExecutionTests(app);
