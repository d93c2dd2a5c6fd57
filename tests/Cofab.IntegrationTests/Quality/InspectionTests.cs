using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.Quality;
using Cofab.Core.Quotes;
using Cofab.IntegrationTests.Execution;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Quality;

public abstract class InspectionTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_accepted_lot_of_a_done_work_order_makes_it_inspected_and_is_on_the_order_record()
    {
        var order = await QualityApi.AcceptedOrderAsync(app);
        var workId = order.WorkOrderId(0);
        using var provider = await QuoteApi.DemoProviderAsync(app, order.ProviderOf(0));
        var stranger = await Api.MemberAsync(app, ["provider"]);
        await QualityApi.ForceWorkOrderStatusInDatabaseAsync(app, workId, WorkOrderStatus.Done);

        await Api.ProblemAsync(await stranger.Client.PostAsJsonAsync($"/api/v1/work-orders/{workId}/inspections", new { }, Ct), HttpStatusCode.NotFound);
        var badAql = await Api.ProblemAsync(await provider.PostAsJsonAsync($"/api/v1/work-orders/{workId}/inspections", new { aql = 3.0 }, Ct), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(badAql, "aql"));
        // The lot, level and AQL default to the order part's: 60 pieces, level II, AQL 2.5.
        var inspection = await QualityApi.PlanAsync(provider, workId);
        var expected = SingleSampling.Plan(60, InspectionLevel.II, 2.5m, InspectionSeverity.Normal);
        Assert.Equal(60, inspection.GetProperty("lotSize").GetInt32());
        Assert.Equal(2.5m, inspection.GetProperty("aql").GetDecimal());
        Assert.Equal("E", inspection.GetProperty("codeLetter").GetString());
        Assert.Equal((expected.SampleSize, expected.Acceptance, expected.Rejection), (inspection.GetProperty("sampleSize").GetInt32(), inspection.GetProperty("acceptance").GetInt32(), inspection.GetProperty("rejection").GetInt32()));
        Assert.Equal("planned", inspection.GetProperty("status").GetString());
        var id = inspection.GetProperty("id").GetGuid();

        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/work-orders/{workId}/inspections", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await QualityApi.RecordAsync(stranger.Client, id, expected.SampleSize, 0), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await QualityApi.RecordAsync(order.Demander.Client, id, expected.SampleSize, 0), HttpStatusCode.Forbidden);
        var wrongCount = await Api.ProblemAsync(await QualityApi.RecordAsync(provider, id, expected.SampleSize - 1, 0), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(wrongCount, "inspectedCount"));
        Assert.Equal("done", await QualityApi.WorkOrderStatusAsync(provider, workId));

        var recorded = await QualityApi.RecordedAsync(provider, id, expected.SampleSize, expected.Acceptance);

        Assert.Equal("accepted", recorded.GetProperty("status").GetString());
        Assert.Equal("inspected", recorded.GetProperty("workOrderStatus").GetString());
        Assert.Equal("inspected", await QualityApi.WorkOrderStatusAsync(order.Demander.Client, workId));
        await Api.ProblemAsync(await QualityApi.RecordAsync(provider, id, expected.SampleSize, 0), HttpStatusCode.Conflict);
        Assert.Single(await OrderApi.LedgerEntriesAsync(order.Demander.Client, "inspection.recorded", order.OrderId));
        Assert.Single(await OrderApi.LedgerEntriesAsync(order.Demander.Client, "workorder.inspected", order.OrderId));
        var ofOrder = await order.Demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.OrderId}/inspections", Api.Json, Ct);
        Assert.Equal(id, Assert.Single(ofOrder.EnumerateArray()).GetProperty("id").GetGuid());
        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/orders/{order.OrderId}/inspections", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_rejected_lot_sent_to_rework_goes_back_in_progress_and_only_the_demander_grants_a_concession()
    {
        var order = await QualityApi.AcceptedOrderAsync(app);
        var workId = order.WorkOrderId(0);
        using var provider = await QuoteApi.DemoProviderAsync(app, order.ProviderOf(0));
        var stranger = await Api.MemberAsync(app, ["provider"]);
        // The provider accepts the work, makes the lot and reports it done through the execution steps.
        await ExecutionApi.OkAsync(await ExecutionApi.PostAsync(provider, workId, "accept"));
        await ExecutionApi.FinishAllAsync(provider, order.WorkOrders[0]);
        await ExecutionApi.OkAsync(await ExecutionApi.PostAsync(provider, workId, "done"));
        var inspection = await QualityApi.PlanAsync(provider, workId, new { aql = 1.0 });
        var id = inspection.GetProperty("id").GetGuid();
        var sample = inspection.GetProperty("sampleSize").GetInt32();
        var rejectAt = inspection.GetProperty("rejection").GetInt32();
        await Api.ProblemAsync(await provider.PostAsJsonAsync($"/api/v1/inspections/{id}/nonconformities", new { description = "Burr", quantity = 1 }, Ct), HttpStatusCode.Conflict);

        var rejected = await QualityApi.RecordedAsync(provider, id, sample, rejectAt);
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Equal("done", rejected.GetProperty("workOrderStatus").GetString());
        var tooMany = await Api.ProblemAsync(await provider.PostAsJsonAsync($"/api/v1/inspections/{id}/nonconformities", new { description = "Burr", quantity = 61 }, Ct), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(tooMany, "quantity"));
        var nonconformity = await QualityApi.NonconformityAsync(provider, id, rejectAt);

        await Api.ProblemAsync(await QualityApi.DispositionAsync(stranger.Client, nonconformity, "rework"), HttpStatusCode.NotFound);
        var concession = await Api.ProblemAsync(await QualityApi.DispositionAsync(provider, nonconformity, "useAsIs"), HttpStatusCode.Forbidden);
        Assert.Contains("demander", concession.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Api.ProblemAsync(await QualityApi.DispositionAsync(provider, nonconformity, "scrap", providerAtFault: false), HttpStatusCode.Forbidden);
        var rework = await QualityApi.OkAsync(await QualityApi.DispositionAsync(provider, nonconformity, "rework"));

        Assert.Equal("inProgress", rework.GetProperty("workOrderStatus").GetString());
        Assert.Equal("inProgress", await QualityApi.WorkOrderStatusAsync(order.Demander.Client, workId));
        Assert.Single(await OrderApi.LedgerEntriesAsync(order.Demander.Client, "workorder.rework", order.OrderId));
        await Api.ProblemAsync(await QualityApi.DispositionAsync(provider, nonconformity, "scrap"), HttpStatusCode.Conflict);

        // Rework reopens the lot's operations: done is refused until the provider reports each of them finished again.
        var reopened = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{workId}", Api.Json, Ct);
        Assert.All(reopened.GetProperty("operations").EnumerateArray(), o => Assert.Equal(JsonValueKind.Null, o.GetProperty("finishedAt").ValueKind));
        await Api.ProblemAsync(await ExecutionApi.PostAsync(provider, workId, "done"), HttpStatusCode.Conflict);
        for (var i = 0; i < reopened.GetProperty("operations").GetArrayLength(); i++)
            await ExecutionApi.OkAsync(await ExecutionApi.PostAsync(provider, workId, "progress", new { operationIndex = i, goodQuantity = 0, scrapQuantity = 0, finished = true }));
        await ExecutionApi.OkAsync(await ExecutionApi.PostAsync(provider, workId, "done"));

        // Reported done again, the next lot is rejected too; the demander takes the pieces as they are, so the lot goes on.
        var again = (await QualityApi.PlanAsync(provider, workId, new { aql = 1.0 })).GetProperty("id").GetGuid();
        await QualityApi.RecordedAsync(provider, again, sample, rejectAt);
        var second = await QualityApi.NonconformityAsync(order.Demander.Client, again, rejectAt, "minor");
        var granted = await QualityApi.OkAsync(await QualityApi.DispositionAsync(order.Demander.Client, second, "useAsIs"));
        Assert.Equal("inspected", granted.GetProperty("workOrderStatus").GetString());
        Assert.Equal(2, (await OrderApi.LedgerEntriesAsync(order.Demander.Client, "nonconformity.dispositioned", order.OrderId)).Count);
        var listed = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{workId}/inspections", Api.Json, Ct);
        Assert.Equal(["rework", "useAsIs"], listed.EnumerateArray().SelectMany(i => i.GetProperty("nonconformities").EnumerateArray()).Select(n => n.GetProperty("disposition").GetString()));
    }

    [Fact]
    public async Task An_accepted_lot_leaves_the_work_order_done_while_an_earlier_nonconformity_awaits_its_disposition()
    {
        var order = await QualityApi.AcceptedOrderAsync(app);
        var workId = order.WorkOrderId(0);
        using var provider = await QuoteApi.DemoProviderAsync(app, order.ProviderOf(0));
        await QualityApi.ForceWorkOrderStatusInDatabaseAsync(app, workId, WorkOrderStatus.Done);
        var first = await QualityApi.PlanAsync(provider, workId, new { aql = 1.0 });
        var sample = first.GetProperty("sampleSize").GetInt32();
        var rejectAt = first.GetProperty("rejection").GetInt32();
        await QualityApi.RecordedAsync(provider, first.GetProperty("id").GetGuid(), sample, rejectAt);
        var open = await QualityApi.NonconformityAsync(provider, first.GetProperty("id").GetGuid(), rejectAt);

        var second = (await QualityApi.PlanAsync(provider, workId, new { aql = 1.0 })).GetProperty("id").GetGuid();
        var accepted = await QualityApi.RecordedAsync(provider, second, sample, 0);

        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.Equal("done", accepted.GetProperty("workOrderStatus").GetString());
        Assert.Empty(await OrderApi.LedgerEntriesAsync(order.Demander.Client, "workorder.inspected", order.OrderId));

        var decided = await QualityApi.OkAsync(await QualityApi.DispositionAsync(order.Demander.Client, open, "useAsIs"));

        Assert.Equal("inspected", decided.GetProperty("workOrderStatus").GetString());
        Assert.Single(await OrderApi.LedgerEntriesAsync(order.Demander.Client, "workorder.inspected", order.OrderId));
    }

    [Fact]
    public async Task The_quality_and_settlement_calls_are_described_with_summaries_in_the_openapi_document()
    {
        var paths = (await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Api.Json, Ct)).GetProperty("paths");
        (string Path, string Method)[] calls =
        [
            ("/api/v1/work-orders/{id}/inspections", "post"), ("/api/v1/work-orders/{id}/inspections", "get"), ("/api/v1/orders/{id}/inspections", "get"),
            ("/api/v1/inspections/{id}/result", "post"), ("/api/v1/inspections/{id}/nonconformities", "post"), ("/api/v1/nonconformities/{id}/disposition", "post"),
            ("/api/v1/orders/{id}/accept-delivery", "post"), ("/api/v1/orders/{id}/settlement", "get"),
        ];
        Assert.All(calls, c => Assert.False(string.IsNullOrWhiteSpace(paths.GetProperty(c.Path).GetProperty(c.Method).GetProperty("summary").GetString()), c.Path));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InspectionTestsOnSqlite(SqliteApp app) : InspectionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class InspectionTestsOnPostgres(PostgresApp app) : InspectionTests(app);
