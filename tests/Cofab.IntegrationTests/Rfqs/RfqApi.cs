using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Rfqs;

/// <summary>RFQ calls as the demander's and the providers' clients make them.</summary>
internal static class RfqApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>On the demo region: a demander with a submitted two-part order (six operations) and fresh approved providers.</summary>
    public static async Task<(Member Demander, Guid OrderId, Member[] Providers)> SubmittedOrderAsync(CofabApp app, int providers)
    {
        await QuoteApi.DemoRegionAsync(app);
        var demander = await OrderApi.DemanderAsync(app);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander.Client);
        var members = new Member[providers];
        for (var i = 0; i < providers; i++) members[i] = await Api.MemberAsync(app, ["provider"]);
        return (demander, orderId, members);
    }

    /// <summary>The order's operations as (part id, step), parts in order, steps as listed (the test orders are chains).</summary>
    public static async Task<List<(Guid PartId, int Step)>> OperationsAsync(HttpClient demander, Guid orderId)
    {
        var order = await demander.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", Api.Json, Ct);
        return [.. order.GetProperty("parts").EnumerateArray().SelectMany(p => p.GetProperty("routing").EnumerateArray()
            .Select(s => (p.GetProperty("id").GetGuid(), s.GetProperty("number").GetInt32())))];
    }

    public static Task<HttpResponseMessage> PostOpenAsync(HttpClient demander, Guid orderId, object body) =>
        demander.PostAsJsonAsync($"/api/v1/orders/{orderId}/rfqs", body, Api.Json, Ct);

    /// <summary>Opens an RFQ and returns it; operations null means the whole order.</summary>
    public static async Task<JsonElement> OpenAsync(HttpClient demander, Guid orderId, IEnumerable<Guid> invited, DateTimeOffset deadline,
        IEnumerable<(Guid PartId, int Step)>? operations = null)
    {
        var response = await PostOpenAsync(demander, orderId, Body(invited, deadline, operations));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    public static object Body(IEnumerable<Guid> invited, DateTimeOffset deadline, IEnumerable<(Guid PartId, int Step)>? operations = null) => new
    {
        wholeOrder = operations is null,
        operations = operations?.Select(o => new { partId = o.PartId, step = o.Step }).ToArray(),
        bidDeadline = deadline,
        invitedProviders = invited.ToArray(),
        note = "Samples by Friday, please",
    };

    public static Task<HttpResponseMessage> BidAsync(HttpClient provider, Guid rfqId, decimal price, int leadTimeDays, Guid? resourceId = null, string? note = null) =>
        provider.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/bids", new { price, leadTimeDays, resourceId, note }, Api.Json, Ct);

    /// <summary>Bids and returns the provider's own bid as the response shows it.</summary>
    public static async Task<JsonElement> BidOkAsync(HttpClient provider, Guid rfqId, decimal price, int leadTimeDays)
    {
        var response = await BidAsync(provider, rfqId, price, leadTimeDays);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var rfq = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        return Assert.Single(rfq.GetProperty("bids").EnumerateArray());
    }

    public static Task<HttpResponseMessage> AwardAsync(HttpClient demander, Guid rfqId, Guid bidId) =>
        demander.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/award", new { bidId }, Api.Json, Ct);

    public static Task<JsonElement> GetAsync(HttpClient client, Guid rfqId) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/rfqs/{rfqId}", Api.Json, Ct);

    public static async Task<string> OrderStatusAsync(HttpClient demander, Guid orderId) =>
        (await demander.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", Api.Json, Ct)).GetProperty("status").GetString()!;

    public static async Task<List<JsonElement>> WorkOrdersAsync(HttpClient client, Guid orderId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders?orderId={orderId}&pageSize=200", Api.Json, Ct)).GetProperty("items").EnumerateArray()];
}
