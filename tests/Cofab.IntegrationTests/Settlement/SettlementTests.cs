using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.Quotes;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quality;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Settlement;

public abstract class SettlementTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Delivery_waits_for_operations_a_declined_work_order_left_without_a_provider()
    {
        var order = await QualityApi.AcceptedOrderAsync(app);
        var ids = order.WorkOrders.Select(w => w.GetProperty("id").GetGuid()).ToList();
        foreach (var work in ids) await QualityApi.ForceWorkOrderStatusInDatabaseAsync(app, work, WorkOrderStatus.Received);
        await QualityApi.ForceWorkOrderStatusInDatabaseAsync(app, ids[0], WorkOrderStatus.Declined);

        var refused = await Api.ProblemAsync(await order.Demander.Client.PostAsync($"/api/v1/orders/{order.OrderId}/accept-delivery", null, Ct), HttpStatusCode.Conflict);

        var orphan = order.WorkOrders[0].GetProperty("operations")[0].GetProperty("operation");
        Assert.Contains($"{orphan.GetProperty("partName").GetString()} step {orphan.GetProperty("step").GetInt32()}", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Api.ProblemAsync(await order.Demander.Client.GetAsync($"/api/v1/orders/{order.OrderId}/settlement", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delivery_is_accepted_once_every_work_order_is_received_and_the_settlement_adds_up_with_scrap_deducted()
    {
        var order = await QualityApi.AcceptedOrderAsync(app);
        var demander = order.Demander.Client;
        var stranger = await Api.MemberAsync(app, ["demander", "provider"]);
        using var provider = await QuoteApi.DemoProviderAsync(app, order.ProviderOf(0));
        var scrappedWork = order.WorkOrderId(0);
        // The first provider's lot fails inspection and 3 pieces are scrapped through its fault.
        await QualityApi.ForceWorkOrderStatusInDatabaseAsync(app, scrappedWork, WorkOrderStatus.Done);
        var inspection = await QualityApi.PlanAsync(provider, scrappedWork, new { aql = 1.0 });
        var id = inspection.GetProperty("id").GetGuid();
        await QualityApi.RecordedAsync(provider, id, inspection.GetProperty("sampleSize").GetInt32(), inspection.GetProperty("rejection").GetInt32());
        var scrap = await QualityApi.OkAsync(await QualityApi.DispositionAsync(provider, await QualityApi.NonconformityAsync(provider, id, 3), "scrap"));
        Assert.Equal("inspected", scrap.GetProperty("workOrderStatus").GetString());

        var ids = order.WorkOrders.Select(w => w.GetProperty("id").GetGuid()).ToList();
        foreach (var work in ids) await QualityApi.ForceWorkOrderStatusInDatabaseAsync(app, work, WorkOrderStatus.Received);
        await QualityApi.ForceWorkOrderStatusInDatabaseAsync(app, ids[^1], WorkOrderStatus.Shipped);
        var early = await Api.ProblemAsync(await demander.PostAsync($"/api/v1/orders/{order.OrderId}/accept-delivery", null, Ct), HttpStatusCode.Conflict);
        Assert.Contains($"{ids[^1]} (shipped)", early.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Api.ProblemAsync(await demander.GetAsync($"/api/v1/orders/{order.OrderId}/settlement", Ct), HttpStatusCode.NotFound);
        await QualityApi.ForceWorkOrderStatusInDatabaseAsync(app, ids[^1], WorkOrderStatus.Received);
        await Api.ProblemAsync(await stranger.Client.PostAsync($"/api/v1/orders/{order.OrderId}/accept-delivery", null, Ct), HttpStatusCode.NotFound);

        var accepted = await QualityApi.OkAsync(await demander.PostAsync($"/api/v1/orders/{order.OrderId}/accept-delivery", null, Ct));

        Assert.Equal("completed", accepted.GetProperty("status").GetString());
        var settlement = await demander.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.OrderId}/settlement", Api.Json, Ct);
        var lines = settlement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(order.WorkOrders.Select(w => w.GetProperty("providerEnterpriseId").GetGuid()).Distinct().Order(), lines.Select(l => l.GetProperty("providerEnterpriseId").GetGuid()).Order());
        foreach (var line in lines)
        {
            Assert.Equal(line.GetProperty("gross").GetDecimal() - line.GetProperty("deductions").GetDecimal(), line.GetProperty("amount").GetDecimal());
            Assert.Equal(line.GetProperty("amount").GetDecimal() - line.GetProperty("fee").GetDecimal(), line.GetProperty("net").GetDecimal());
            Assert.True(line.GetProperty("fee").GetDecimal() > 0);
        }

        Assert.Equal(lines.Sum(l => l.GetProperty("amount").GetDecimal()), settlement.GetProperty("demanderTotal").GetDecimal());
        Assert.Equal(settlement.GetProperty("feeTotal").GetDecimal() + settlement.GetProperty("netTotal").GetDecimal(), settlement.GetProperty("demanderTotal").GetDecimal());
        Assert.Equal(order.WorkOrders.Sum(w => Math.Round(w.GetProperty("price").GetDecimal(), 2, MidpointRounding.AwayFromZero)), lines.Sum(l => l.GetProperty("gross").GetDecimal()));
        // 3 of the lot's 60 pieces: 3/60 of the price of every operation of the scrapped work order.
        var scrapped = order.WorkOrders[0];
        var expectedDeduction = Math.Round(scrapped.GetProperty("operations").EnumerateArray().Sum(o => o.GetProperty("operation").GetProperty("price").GetDecimal() * 3 / 60), 2, MidpointRounding.AwayFromZero);
        var scrappedLine = lines.Single(l => l.GetProperty("providerEnterpriseId").GetGuid() == order.ProviderOf(0));
        Assert.Equal(expectedDeduction, scrappedLine.GetProperty("deductions").GetDecimal());
        Assert.True(expectedDeduction > 0);

        var own = await provider.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.OrderId}/settlement", Api.Json, Ct);
        Assert.Equal(order.ProviderOf(0), Assert.Single(own.GetProperty("lines").EnumerateArray()).GetProperty("providerEnterpriseId").GetGuid());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("demanderTotal").ValueKind);
        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/orders/{order.OrderId}/settlement", Ct), HttpStatusCode.NotFound);
        using var operatorClient = await Api.OperatorAsync(app);
        var seenByOperator = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{order.OrderId}/settlement", Api.Json, Ct);
        Assert.Equal(lines.Count, seenByOperator.GetProperty("lines").GetArrayLength());

        Assert.Single(await OrderApi.LedgerEntriesAsync(demander, "order.delivery-accepted", order.OrderId));
        Assert.Single(await OrderApi.LedgerEntriesAsync(demander, "settlement.computed", order.OrderId));
        await Api.ProblemAsync(await demander.PostAsync($"/api/v1/orders/{order.OrderId}/accept-delivery", null, Ct), HttpStatusCode.Conflict);
        await Api.ProblemAsync(await provider.PostAsJsonAsync($"/api/v1/inspections/{id}/nonconformities", new { description = "Late find", quantity = 1 }, Ct), HttpStatusCode.Conflict);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SettlementTestsOnSqlite(SqliteApp app) : SettlementTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SettlementTestsOnPostgres(PostgresApp app) : SettlementTests(app);
