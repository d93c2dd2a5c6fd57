using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Tracking;

/// <summary>
/// An accepted order on the demo region whose work orders the providers accepted, seen through a host with its own clock
/// and no background scan, so a test makes work late by moving the clock and scans when it wants.
/// </summary>
internal sealed class LateOrder : IAsyncDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private LateOrder(WebApplicationFactory<Program> host, AdjustableClock clock, Member demander, HttpClient client, Guid orderId, List<JsonElement> workOrders)
    {
        Host = host;
        Clock = clock;
        Demander = demander;
        Client = client;
        OrderId = orderId;
        WorkOrders = workOrders;
    }

    public WebApplicationFactory<Program> Host { get; }
    public AdjustableClock Clock { get; }
    public Member Demander { get; }

    /// <summary>The demander, signed in on the host with the adjustable clock.</summary>
    public HttpClient Client { get; private set; }

    public Guid OrderId { get; }
    public List<JsonElement> WorkOrders { get; }

    public IEnumerable<JsonElement> Operations => WorkOrders.SelectMany(w => w.GetProperty("operations").EnumerateArray());

    /// <summary>The planned end of the operation that should finish first.</summary>
    public DateTimeOffset FirstEnd => Operations.Min(o => o.GetProperty("operation").GetProperty("end").GetDateTimeOffset());

    /// <param name="scanEverySeconds">Turns the host's background scanner on at this interval (off when null).</param>
    public static async Task<LateOrder> AcceptedAsync(CofabApp app, int? scanEverySeconds = null)
    {
        await QuoteApi.DemoRegionAsync(app);
        var clock = new AdjustableClock();
        var host = app.Factory.WithWebHostBuilder(web =>
        {
            web.UseSetting("Tracking:ScanInBackground", scanEverySeconds is null ? "false" : "true");
            web.UseSetting("Tracking:ScanIntervalSeconds", (scanEverySeconds ?? 300).ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Late starts have their own unit tests; here only operations run late.
            web.UseSetting("Tracking:StartGraceMinutes", (7 * 24 * 60).ToString(System.Globalization.CultureInfo.InvariantCulture));
            web.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        var demander = await OrderApi.DemanderAsync(app);
        var client = await QuoteApi.LoginAsync(host, demander.Email, demander.Password);
        var orderId = await QuoteApi.SubmittedOrderAsync(client);
        var quote = QuoteApi.Option(await QuoteApi.QuotesAsync(client, orderId), "fastest");
        var accepted = await QuoteApi.AcceptAsync(client, quote.GetProperty("id").GetGuid());
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync(Ct));
        var workOrders = new List<JsonElement>();
        foreach (var work in (await accepted.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("workOrders").EnumerateArray())
        {
            using var provider = await ProviderAsync(host, app, work);
            var answer = await provider.PostAsync($"/api/v1/work-orders/{work.GetProperty("id").GetGuid()}/accept", null, Ct);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(Ct));
            workOrders.Add(await answer.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct));
        }
        return new LateOrder(host, clock, demander, client, orderId, workOrders);
    }

    /// <summary>A user of the work order's provider, signed in on the host with the adjustable clock.</summary>
    public static async Task<HttpClient> ProviderAsync(WebApplicationFactory<Program> host, CofabApp app, JsonElement work) =>
        await LoginAsProviderAsync(host, app, work.GetProperty("providerEnterpriseId").GetGuid());

    private static async Task<HttpClient> LoginAsProviderAsync(WebApplicationFactory<Program> host, CofabApp app, Guid enterpriseId)
    {
        var (email, password) = await QuoteApi.ProviderLoginAsync(app, enterpriseId);
        return await QuoteApi.LoginAsync(host, email, password);
    }

    /// <summary>
    /// Moves the clock to <paramref name="by"/> after the first operation's planned end, and signs the demander in again:
    /// its bearer token expired meanwhile.
    /// </summary>
    public async Task PassFirstEndAsync(TimeSpan by)
    {
        Clock.Advance(FirstEnd + by - Clock.GetUtcNow());
        Client.Dispose();
        Client = await QuoteApi.LoginAsync(Host, Demander.Email, Demander.Password);
    }

    public async Task<JsonElement> ScanAsync()
    {
        using var operatorClient = await QuoteApi.LoginAsync(Host, CofabApp.OperatorEmail, CofabApp.OperatorPassword);
        var response = await operatorClient.PostAsync("/api/v1/operator/alerts/scan", null, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    public async Task<List<JsonElement>> AlertsAsync(HttpClient client)
    {
        var alerts = await client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{OrderId}/alerts", Api.Json, Ct);
        return [.. alerts.EnumerateArray()];
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }
}
