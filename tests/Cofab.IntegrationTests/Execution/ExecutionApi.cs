using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.Quotes;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Execution;

/// <summary>An order whose quote was accepted, with its work orders as released.</summary>
internal sealed record AcceptedOrder(Member Demander, Guid OrderId, IReadOnlyList<JsonElement> WorkOrders)
{
    public JsonElement First => WorkOrders[0];
}

/// <summary>Execution calls as a provider's client (or its MES) makes them.</summary>
internal static class ExecutionApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A two-part order on the demo region, quoted, accepted by the demander and every work order accepted by its provider.</summary>
    public static async Task<AcceptedOrder> AcceptedAsync(CofabApp app, string option = "balanced")
    {
        await QuoteApi.DemoRegionAsync(app);
        var demander = await OrderApi.DemanderAsync(app);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander.Client);
        var quote = QuoteApi.Option(await QuoteApi.QuotesAsync(demander.Client, orderId), option);
        var response = await QuoteApi.AcceptAsync(demander.Client, quote.GetProperty("id").GetGuid());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        var workOrders = new List<JsonElement>();
        foreach (var work in accepted.GetProperty("workOrders").EnumerateArray())
        {
            using var provider = await ProviderAsync(app, work);
            var answer = await provider.PostAsync($"/api/v1/work-orders/{Id(work)}/accept", null, Ct);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(Ct));
            workOrders.Add(await answer.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct));
        }

        return new AcceptedOrder(demander, orderId, workOrders);
    }

    public static Guid Id(JsonElement work) => work.GetProperty("id").GetGuid();

    public static Guid Provider(JsonElement work) => work.GetProperty("providerEnterpriseId").GetGuid();

    public static Task<HttpClient> ProviderAsync(CofabApp app, JsonElement work) => QuoteApi.DemoProviderAsync(app, Provider(work));

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid workId, string action, object? body = null) =>
        body is null
            ? client.PostAsync($"/api/v1/work-orders/{workId}/{action}", null, Ct)
            : client.PostAsJsonAsync($"/api/v1/work-orders/{workId}/{action}", body, Ct);

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    /// <summary>Reports every operation's whole quantity good and finished, one report per operation.</summary>
    public static async Task FinishAllAsync(HttpClient provider, JsonElement work)
    {
        var operations = work.GetProperty("operations").EnumerateArray().ToList();
        for (var i = 0; i < operations.Count; i++)
        {
            var quantity = operations[i].GetProperty("operation").GetProperty("quantity").GetInt32();
            await OkAsync(await PostAsync(provider, Id(work), "progress", new { operationIndex = i, goodQuantity = quantity, scrapQuantity = 0, finished = true }));
        }
    }

    /// <summary>
    /// Passes the lot's inspection by setting the status directly: inspections are another feature's use case, and this
    /// suite tests what follows them.
    /// </summary>
    public static async Task MarkInspectedAsync(CofabApp app, Guid workId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var work = await db.WorkOrders.SingleAsync(w => w.Id == workId, Ct);
        Assert.Equal(WorkOrderStatus.Done, work.Status);
        work.Status = WorkOrderStatus.Inspected;
        work.Version = Guid.NewGuid();
        await db.SaveChangesAsync(Ct);
    }

    public static async Task<int> ProgressReportsStoredAsync(CofabApp app, Guid workId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ProgressReports.CountAsync(r => r.WorkOrderId == workId, Ct);
    }

    public static async Task<List<string>> RecordTypesAsync(HttpClient client, Guid orderId)
    {
        var record = await client.GetFromJsonAsync<SubjectRecord>($"/api/v1/orders/{orderId}/record", Api.Json, Ct);
        return [.. record!.Entries.Select(e => e.Entry.Type)];
    }
}
