using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.BrowserTests.Infrastructure;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

/// <summary>The provider's work order page, on a work order accepted over the API on the demo region.</summary>
public sealed class ExecutionTests(DemoCofabServer server, ChromiumBrowser chromium) : IClassFixture<DemoCofabServer>
{
    private const int Quantity = 20;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Provider_starts_reports_progress_and_finishes_a_work_order()
    {
        var (workId, provider) = await AcceptedWorkOrderAsync();
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.SignInAsync(provider);

        await page.ByTestId("nav-work-orders").ClickAsync();
        await page.Locator($"[data-testid='work-order-row'][data-id='{workId}']").ByTestIdIn("open-work-order").ClickAsync();
        var header = page.Locator("[data-testid='work-order-page'][data-ready='true']");
        await Assertions.Expect(header).ToHaveAttributeAsync("data-status", "Accepted");
        await page.ByTestId("start-work-order").ClickAsync();
        await Assertions.Expect(header).ToHaveAttributeAsync("data-status", "InProgress");
        await Assertions.Expect(page.ByTestId("work-order-status")).ToHaveTextAsync("生产中");

        var operation = page.Locator("[data-testid='operation-row'][data-index='0']");
        await operation.ByTestIdIn("progress-good").FillInputAsync((Quantity + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await operation.ByTestIdIn("report-progress").ClickAsync();
        await Assertions.Expect(page.ByTestId("execution-failure")).ToBeVisibleAsync();
        await Assertions.Expect(operation.ByTestIdIn("operation-good")).ToHaveTextAsync("0");

        await operation.ByTestIdIn("progress-good").FillInputAsync((Quantity - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await operation.ByTestIdIn("progress-scrap").FillInputAsync("1");
        await operation.ByTestIdIn("progress-note").FillInputAsync("首件检验合格");
        await operation.ByTestIdIn("report-finish").ClickAsync();
        await Assertions.Expect(operation).ToHaveAttributeAsync("data-finished", "true");
        await Assertions.Expect(operation.ByTestIdIn("operation-good")).ToHaveTextAsync((Quantity - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(operation.ByTestIdIn("operation-scrap")).ToHaveTextAsync("1");

        await page.ByTestId("finish-work-order").ClickAsync();
        await Assertions.Expect(header).ToHaveAttributeAsync("data-status", "Done");
        await Assertions.Expect(page.ByTestId("work-order-quality-slot")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("work-order-done");
    }

    /// <summary>
    /// A one-part, one-step order quoted and accepted by a demander over the API, its single work order accepted by its
    /// (demo) provider; returns the work order and the provider's demo user.
    /// </summary>
    private async Task<(Guid WorkId, TestMember Provider)> AcceptedWorkOrderAsync()
    {
        var demander = await server.Members.CreateApprovedProviderAsync("孙采购", Ct);
        using var api = await ClientAsync(demander.Email, demander.Password);
        var order = await ReadAsync(await api.PostAsJsonAsync("/api/v1/orders", new
        {
            title = $"端盖 {Guid.NewGuid().ToString("N")[..6]}",
            deliveryAddress = "浙江省宁波市鄞州区首南街道 1 号",
            latitude = 29.82,
            longitude = 121.55,
            parts = new[]
            {
                new
                {
                    name = "端盖", quantity = Quantity, material = "铝合金", envelopeXMm = 120, envelopeYMm = 80, envelopeZMm = 30, weightKg = 0.3,
                    dueDate = DateTimeOffset.UtcNow.AddDays(30),
                    routing = new[] { new { number = 10, processCode = "machining.milling.3axis", toleranceMm = 0.02, material = "铝合金 6061" } },
                },
            },
        }, Json, Ct));
        var orderId = order.GetProperty("id").GetGuid();
        using var drawing = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.7 end cover"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        drawing.Add(file, "file", "cover.pdf");
        drawing.Add(new StringContent("internal"), "classification");
        await ReadAsync(await api.PostAsync($"/api/v1/orders/{orderId}/drawings", drawing, Ct));
        await ReadAsync(await api.PostAsJsonAsync($"/api/v1/orders/{orderId}/submit", new { version = (Guid?)null }, Json, Ct));
        var quotes = await ReadAsync(await api.PostAsync($"/api/v1/orders/{orderId}/quotes", null, Ct));
        var quoteId = quotes.GetProperty("quotes")[0].GetProperty("id").GetGuid();
        var accepted = await ReadAsync(await api.PostAsync($"/api/v1/quotes/{quoteId}/accept", null, Ct));
        var work = accepted.GetProperty("workOrders")[0];
        var workId = work.GetProperty("id").GetGuid();

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var providerId = work.GetProperty("providerEnterpriseId").GetGuid();
        var email = (await db.Users.Where(u => u.EnterpriseId == providerId).Select(u => u.Email).FirstAsync(Ct))!;
        using var providerApi = await ClientAsync(email, LoadDemoData.DemoPassword);
        await ReadAsync(await providerApi.PostAsync($"/api/v1/work-orders/{workId}/accept", null, Ct));
        return (workId, new TestMember(providerId, email, LoadDemoData.DemoPassword, "", ""));
    }

    private async Task<HttpClient> ClientAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress };
        var token = await ReadAsync(await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, Json, Ct));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }
}
