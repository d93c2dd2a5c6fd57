using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.BrowserTests.Infrastructure;
using Cofab.Core.Quotes;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cofab.BrowserTests.Quality;

/// <summary>The provider inspects its lot on the quality page; the demander accepts delivery on the settlement page.</summary>
public sealed class QualityPageTests(DemoCofabServer server, ChromiumBrowser chromium) : IClassFixture<DemoCofabServer>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Provider_passes_its_lot_on_the_quality_page_and_the_demander_accepts_delivery_into_a_settlement()
    {
        var demander = await server.Members.CreateApprovedProviderAsync("孙经理", Ct);
        var (orderId, workOrders) = await AcceptedOrderAsync(demander);
        var (workId, providerId) = workOrders[0];
        // TEST-ONLY SHORTCUT: the execution steps (start, done) are not what this page tests.
        await ForceStatusInDatabaseAsync(workId, WorkOrderStatus.Done);

        await using (var context = await chromium.NewContextAsync(server.BaseAddress))
        {
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await page.SignInAsync(new TestMember(providerId, await DemoEmailAsync(providerId), LoadDemoData.DemoPassword, "", ""));
            await page.GotoAsync($"/work-orders/{workId}/quality");
            await page.Locator("[data-testid='inspection-panel'][data-ready='true']").WaitForAsync();
            await page.ByTestId("plan-inspection").ClickAsync();
            var inspection = page.ByTestId("inspection");
            await Assertions.Expect(inspection).ToHaveAttributeAsync("data-status", "Planned");
            // 60 pieces at level II, AQL 1.0: code letter E, a sample of 13 accepting none.
            await Assertions.Expect(inspection.ByTestIdIn("inspection-letter")).ToHaveTextAsync("E");
            await Assertions.Expect(inspection.ByTestIdIn("inspection-sample")).ToHaveTextAsync("13");
            await inspection.ByTestIdIn("inspected-count").FillInputAsync("12");
            await inspection.ByTestIdIn("record-result").ClickAsync();
            await Assertions.Expect(page.ByTestId("quality-failure")).ToContainTextAsync("13");
            await inspection.ByTestIdIn("inspected-count").FillInputAsync("13");
            await inspection.ByTestIdIn("record-result").ClickAsync();
            await Assertions.Expect(inspection).ToHaveAttributeAsync("data-status", "Accepted");
            await page.ScreenshotAsync("quality-accepted");
        }

        Assert.Equal(WorkOrderStatus.Inspected, await StatusAsync(workId));
        foreach (var (id, _) in workOrders) await ForceStatusInDatabaseAsync(id, WorkOrderStatus.Received);

        await using (var context = await chromium.NewContextAsync(server.BaseAddress))
        {
            context.SetDefaultTimeout(60_000);
            var page = await context.NewPageAsync();
            await page.SignInAsync(demander);
            await page.GotoAsync($"/orders/{orderId}/settlement");
            await page.Locator("[data-testid='settlement-panel'][data-ready='true']").WaitForAsync();
            await page.ByTestId("accept-delivery").ClickAsync();
            await page.Locator("[data-testid='settlement-panel'][data-settled='true']").WaitForAsync();
            await Assertions.Expect(page.ByTestId("settlement-line")).ToHaveCountAsync(workOrders.Select(w => w.Provider).Distinct().Count());
            await Assertions.Expect(page.ByTestId("settlement-total")).ToContainTextAsync("¥");
            await page.ScreenshotAsync("settlement");
        }
    }

    /// <summary>A one-part order of 60 pieces submitted, quoted and accepted over the API, as the order tests do in the browser.</summary>
    private async Task<(Guid OrderId, List<(Guid Id, Guid Provider)> WorkOrders)> AcceptedOrderAsync(TestMember demander)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = demander.Email, password = demander.Password }, Ct);
        login.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("accessToken").GetString());
        var created = await http.PostAsJsonAsync("/api/v1/orders", new
        {
            title = "阀体 首批",
            deliveryAddress = "浙江省宁波市鄞州区首南街道 1 号",
            latitude = 29.82,
            longitude = 121.55,
            parts = new[]
            {
                new
                {
                    name = "阀体",
                    quantity = 60,
                    material = "铝合金",
                    envelopeXMm = 180, envelopeYMm = 120, envelopeZMm = 60, weightKg = 0.8,
                    dueDate = DateTimeOffset.UtcNow.AddDays(30),
                    routing = new object[]
                    {
                        new { number = 10, processCode = "machining.milling.3axis", toleranceMm = 0.02, material = "铝合金 6061", envelopeXMm = 180, envelopeYMm = 120, envelopeZMm = 60 },
                        new { number = 20, processCode = "surface.anodizing", attributes = new Dictionary<string, string> { ["colour"] = "black" } },
                    },
                },
            },
        }, Json, Ct);
        created.EnsureSuccessStatusCode();
        var orderId = (await created.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("id").GetGuid();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.7 valve body"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "valve-body.pdf");
        form.Add(new StringContent("internal"), "classification");
        (await http.PostAsync($"/api/v1/orders/{orderId}/drawings", form, Ct)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/v1/orders/{orderId}/submit", new { version = (Guid?)null }, Ct)).EnsureSuccessStatusCode();
        var quotes = await http.PostAsync($"/api/v1/orders/{orderId}/quotes", null, Ct);
        Assert.True(quotes.IsSuccessStatusCode, await quotes.Content.ReadAsStringAsync(Ct));
        var quote = (await quotes.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("quotes")[0].GetProperty("id").GetGuid();
        var accepted = await http.PostAsync($"/api/v1/quotes/{quote}/accept", null, Ct);
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync(Ct));
        var work = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("workOrders").EnumerateArray()
            .Select(w => (w.GetProperty("id").GetGuid(), w.GetProperty("providerEnterpriseId").GetGuid())).ToList();
        return (orderId, work);
    }

    private async Task ForceStatusInDatabaseAsync(Guid workOrderId, WorkOrderStatus status)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.WorkOrders.Where(w => w.Id == workOrderId).ExecuteUpdateAsync(s => s.SetProperty(w => w.Status, status).SetProperty(w => w.Version, Guid.NewGuid()), Ct);
    }

    private async Task<WorkOrderStatus> StatusAsync(Guid workOrderId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().WorkOrders.Where(w => w.Id == workOrderId).Select(w => w.Status).SingleAsync(Ct);
    }

    private async Task<string> DemoEmailAsync(Guid enterpriseId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.Email).FirstAsync(Ct))!;
    }
}
