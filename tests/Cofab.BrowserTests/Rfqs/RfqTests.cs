using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.BrowserTests.Infrastructure;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cofab.BrowserTests.Rfqs;

/// <summary>Request for quotation on the demo region: the platform proposes providers, one bids, the demander awards.</summary>
public sealed class RfqTests(DemoCofabServer server, ChromiumBrowser chromium) : IClassFixture<DemoCofabServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demander_invites_bids_a_provider_bids_the_demander_awards_and_the_provider_sees_a_released_work_order()
    {
        var demander = await server.Members.CreateApprovedProviderAsync("孙经理", Ct);
        var orderId = await SubmittedOrderAsync(demander);

        await using var demanderContext = await chromium.NewContextAsync(server.BaseAddress);
        demanderContext.SetDefaultTimeout(60_000);
        var page = await demanderContext.NewPageAsync();
        await page.SignInAsync(demander);
        await page.GotoAsync($"/orders/{orderId}/rfqs");
        await page.Locator("[data-testid='rfq-panel'][data-ready='true']").WaitForAsync();
        await page.ByTestId("rfq-new").ClickAsync();
        // The platform proposes the owners of the best-matched machines, all ticked.
        await Assertions.Expect(page.ByTestId("rfq-invitee")).Not.ToHaveCountAsync(0);
        await page.ByTestId("rfq-send").ClickAsync();
        var rfq = page.Locator("[data-testid='rfq'][data-status='Open']");
        await Assertions.Expect(rfq).ToHaveCountAsync(1);
        var rfqId = Guid.Parse((await rfq.GetAttributeAsync("data-id"))!);
        await page.ScreenshotAsync("rfq-opened");

        var provider = await InvitedProviderAsync(rfqId);
        await using var providerContext = await chromium.NewContextAsync(server.BaseAddress);
        providerContext.SetDefaultTimeout(60_000);
        var providerPage = await providerContext.NewPageAsync();
        await providerPage.SignInAsync(provider);
        await providerPage.ByTestId("nav-rfqs").ClickAsync();
        var invitation = providerPage.Locator($"[data-testid='rfq-invitation'][data-id='{rfqId}']");
        await invitation.ByTestIdIn("bid-price").FillInputAsync("18800");
        await invitation.ByTestIdIn("bid-lead-time").FillInputAsync("12");
        await invitation.ByTestIdIn("bid-note").FillInputAsync("五轴加工中心两班生产");
        await invitation.ByTestIdIn("bid-submit").ClickAsync();
        await Assertions.Expect(invitation.ByTestIdIn("my-bid")).ToHaveAttributeAsync("data-status", "Live");
        await providerPage.ScreenshotAsync("rfq-bid");

        await page.ReloadAsync();
        await page.Locator("[data-testid='rfq-panel'][data-ready='true']").WaitForAsync();
        var bid = page.Locator($"[data-testid='rfq'][data-id='{rfqId}'] [data-testid='rfq-bid']");
        await Assertions.Expect(bid).ToHaveCountAsync(1);
        await Assertions.Expect(bid.ByTestIdIn("rfq-bid-price")).ToContainTextAsync("18,800.00");
        await bid.ByTestIdIn("rfq-award").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid='rfq'][data-id='{rfqId}']")).ToHaveAttributeAsync("data-status", "Awarded");
        await Assertions.Expect(page.ByTestId("order-rfqs")).ToHaveAttributeAsync("data-status", "Accepted");
        await page.ScreenshotAsync("rfq-awarded");

        var workOrderId = await WorkOrderOfAsync(rfqId);
        await providerPage.ByTestId("nav-work-orders").ClickAsync();
        var row = providerPage.Locator($"[data-testid='work-order-row'][data-id='{workOrderId}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Released");
    }

    /// <summary>An order of one aluminium housing (milling, anodizing, CMM), created and submitted over the API.</summary>
    private async Task<Guid> SubmittedOrderAsync(TestMember demander)
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        using var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = demander.Email, password = demander.Password }, json, Ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(json, Ct)).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var created = await http.PostAsJsonAsync("/api/v1/orders", new
        {
            title = $"铝壳体 询价 {Guid.NewGuid().ToString("N")[..6]}",
            deliveryAddress = "浙江省宁波市北仑区大港工业城",
            latitude = 29.90,
            longitude = 121.85,
            parts = new[]
            {
                new
                {
                    name = "控制器壳体", quantity = 60, material = "铝合金", envelopeXMm = 150, envelopeYMm = 100, envelopeZMm = 50, weightKg = 0.6,
                    dueDate = DateTimeOffset.UtcNow.AddDays(30),
                    routing = new object[]
                    {
                        new { number = 10, processCode = "machining.milling.5axis", toleranceMm = 0.02, material = "铝合金 6061", envelopeXMm = 150, envelopeYMm = 100, envelopeZMm = 50 },
                        new { number = 20, processCode = "surface.anodizing", attributes = new Dictionary<string, string> { ["colour"] = "black" } },
                        new { number = 30, processCode = "inspection.cmm", toleranceMm = 0.005 },
                    },
                },
            },
        }, json, Ct);
        var body = await created.Content.ReadAsStringAsync(Ct);
        Assert.True(created.IsSuccessStatusCode, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        using var submitted = await http.PostAsJsonAsync($"/api/v1/orders/{id}/submit", new { version = (Guid?)null }, json, Ct);
        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync(Ct));
        return id;
    }

    /// <summary>A demo user of the first provider the platform invited (demo accounts share the documented password).</summary>
    private async Task<TestMember> InvitedProviderAsync(Guid rfqId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var enterprise = await db.RfqInvitations.AsNoTracking().Where(i => i.RfqId == rfqId).Select(i => i.ProviderEnterpriseId).FirstAsync(Ct);
        var email = await db.Users.Where(u => u.EnterpriseId == enterprise).Select(u => u.Email).FirstAsync(Ct);
        return new TestMember(enterprise, email!, LoadDemoData.DemoPassword, "", "");
    }

    private async Task<Guid> WorkOrderOfAsync(Guid rfqId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Rfqs.AsNoTracking().Where(r => r.Id == rfqId).Select(r => r.WorkOrderId).SingleAsync(Ct))!.Value;
    }
}
