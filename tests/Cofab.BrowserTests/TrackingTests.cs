using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

/// <summary>The demander's order tracking page: the order's verifiable record as a timeline, each entry with its receipt.</summary>
public sealed class TrackingTests(CofabServer server, ChromiumBrowser chromium)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demander_sees_the_submission_on_the_timeline_and_downloads_its_receipt()
    {
        var member = await server.Members.CreateApprovedProviderAsync("孙采购", Ct);
        var orderId = await SubmittedOrderAsync(member);
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);

        await page.GotoAsync($"/orders/{orderId}/tracking");
        await page.Locator("[data-testid='order-tracking'][data-ready='true']").WaitForAsync();
        var submitted = page.Locator("[data-testid='timeline-entry'][data-type='order.submitted']");
        await Assertions.Expect(submitted).ToContainTextAsync("订单已提交");
        await Assertions.Expect(submitted).ToContainTextAsync(member.EnterpriseName);
        await Assertions.Expect(page.ByTestId("no-alerts")).ToBeVisibleAsync();
        await Assertions.Expect(page.ByTestId("download-record")).ToHaveAttributeAsync("href", $"/api/v1/orders/{orderId}/record");
        await page.ScreenshotAsync("order-tracking");

        // The receipt link answers with the entry, its inclusion proof and a signed tree head, for the signed-in demander.
        var href = await submitted.ByTestIdIn("receipt-link").GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(href!);
        Assert.True(response.Ok, $"{response.Status}: {await response.TextAsync()}");
        var receipt = JsonDocument.Parse(await response.TextAsync()).RootElement;
        Assert.Equal("order.submitted", receipt.GetProperty("entry").GetProperty("type").GetString());
        Assert.Equal(await submitted.GetAttributeAsync("data-index"), receipt.GetProperty("entry").GetProperty("index").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(receipt.GetProperty("treeHead").GetProperty("size").GetInt64() > receipt.GetProperty("entry").GetProperty("index").GetInt64());
    }

    /// <summary>A submitted one-part order of the member, made through the API as its own client would.</summary>
    private async Task<Guid> SubmittedOrderAsync(TestMember member)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = member.Email, password = member.Password }, Json, Ct);
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("accessToken").GetString());
        using var created = await http.PostAsJsonAsync("/api/v1/orders", new
        {
            title = "泵壳 跟踪 " + Guid.NewGuid().ToString("N")[..6],
            deliveryAddress = "浙江省宁波市北仑区大港工业城",
            latitude = 29.9,
            longitude = 121.84,
            parts = new[]
            {
                new
                {
                    name = "泵壳", quantity = 50, material = "aluminium", envelopeXMm = 120, envelopeYMm = 80, envelopeZMm = 40, weightKg = 0.5,
                    dueDate = DateTimeOffset.UtcNow.AddDays(30),
                    routing = new object[] { new { number = 10, processCode = "machining.milling.5axis", toleranceMm = 0.02, material = "aluminium" } },
                },
            },
        }, Json, Ct);
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync(Ct));
        var order = await created.Content.ReadFromJsonAsync<JsonElement>(Json, Ct);
        var id = order.GetProperty("id").GetGuid();
        using var submitted = await http.PostAsJsonAsync($"/api/v1/orders/{id}/submit", new { version = order.GetProperty("version").GetGuid() }, Json, Ct);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync(Ct));
        return id;
    }
}
