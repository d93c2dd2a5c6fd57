using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.Quotes;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Quality;

/// <summary>An order of the demo region accepted into work orders, as quality and settlement tests start from.</summary>
internal sealed record AcceptedOrder(Member Demander, Guid OrderId, IReadOnlyList<JsonElement> WorkOrders)
{
    public Guid WorkOrderId(int index) => WorkOrders[index].GetProperty("id").GetGuid();

    public Guid ProviderOf(int index) => WorkOrders[index].GetProperty("providerEnterpriseId").GetGuid();
}

internal static class QualityApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One part of 60 pieces at AQL 2.5 (level II): every work order's lot is that part's 60 pieces.</summary>
    public static object Part() => new
    {
        name = "Valve body",
        quantity = 60,
        material = "铝合金",
        envelopeXMm = 180,
        envelopeYMm = 120,
        envelopeZMm = 60,
        weightKg = 0.8,
        dueDate = DateTimeOffset.UtcNow.AddDays(30),
        quality = new { inspectionLevel = "ii", aql = 2.5 },
        routing = new object[]
        {
            new { number = 10, processCode = "machining.milling.3axis", toleranceMm = 0.02, material = "铝合金 6061", envelopeXMm = 180, envelopeYMm = 120, envelopeZMm = 60 },
            new { number = 20, processCode = "surface.anodizing", attributes = new Dictionary<string, string> { ["colour"] = "black" } },
            new { number = 30, processCode = "inspection.cmm", toleranceMm = 0.005 },
        },
    };

    public static async Task<AcceptedOrder> AcceptedOrderAsync(CofabApp app)
    {
        await QuoteApi.DemoRegionAsync(app);
        var demander = await OrderApi.DemanderAsync(app);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander.Client, OrderApi.Order(Part()));
        var quote = QuoteApi.Option(await QuoteApi.QuotesAsync(demander.Client, orderId), "balanced");
        var response = await QuoteApi.AcceptAsync(demander.Client, quote.GetProperty("id").GetGuid());
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        return new AcceptedOrder(demander, orderId, [.. accepted.GetProperty("workOrders").EnumerateArray()]);
    }

    /// <summary>
    /// TEST-ONLY SHORTCUT: writes a work order's status straight into the database, standing in for the execution steps
    /// (start, progress, done, ship, receive) that have their own use cases and tests.
    /// </summary>
    public static async Task ForceWorkOrderStatusInDatabaseAsync(CofabApp app, Guid workOrderId, WorkOrderStatus status)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var changed = await db.WorkOrders.Where(w => w.Id == workOrderId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, status).SetProperty(w => w.Version, Guid.NewGuid()), Ct);
        Assert.Equal(1, changed);
    }

    public static async Task<JsonElement> PlanAsync(HttpClient client, Guid workOrderId, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/work-orders/{workOrderId}/inspections", body ?? new { }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    public static Task<HttpResponseMessage> RecordAsync(HttpClient client, Guid inspectionId, int inspected, int nonconforming) =>
        client.PostAsJsonAsync($"/api/v1/inspections/{inspectionId}/result", new { inspectedCount = inspected, nonconformingCount = nonconforming }, Ct);

    public static async Task<JsonElement> RecordedAsync(HttpClient client, Guid inspectionId, int inspected, int nonconforming) =>
        await OkAsync(await RecordAsync(client, inspectionId, inspected, nonconforming));

    public static async Task<Guid> NonconformityAsync(HttpClient client, Guid inspectionId, int quantity, string severity = "major")
    {
        var response = await client.PostAsJsonAsync($"/api/v1/inspections/{inspectionId}/nonconformities", new { description = "Burr on the bore edge", quantity, severity }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> DispositionAsync(HttpClient client, Guid nonconformityId, string disposition, bool providerAtFault = true) =>
        client.PostAsJsonAsync($"/api/v1/nonconformities/{nonconformityId}/disposition", new { disposition, providerAtFault }, Ct);

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    public static async Task<string> WorkOrderStatusAsync(HttpClient client, Guid workOrderId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{workOrderId}", Api.Json, Ct)).GetProperty("status").GetString()!;
}
