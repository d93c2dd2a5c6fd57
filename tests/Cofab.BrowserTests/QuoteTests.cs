using Cofab.BrowserTests.Infrastructure;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

/// <summary>The instant-quote flow on a platform with the demo region's providers: quotes are planned for real.</summary>
public sealed partial class QuoteTests(DemoCofabServer server, ChromiumBrowser chromium) : IClassFixture<DemoCofabServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demander_gets_three_instant_quotes_with_a_schedule_and_accepts_the_fastest_into_work_orders()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        context.SetDefaultTimeout(60_000);
        var member = await server.Members.CreateApprovedProviderAsync("钱经理", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);

        await page.GotoAsync("/orders/new");
        await page.Locator("[data-testid='order-editor'][data-ready='true']").WaitForAsync();
        await page.ByTestId("order-title").FillInputAsync($"铝壳体 试制 {Guid.NewGuid().ToString("N")[..6]}");
        await page.ByTestId("order-address").FillInputAsync("浙江省宁波市北仑区大港工业城");
        var part = page.ByTestId("part").First;
        await part.Locator("[data-testid='part-name']").FillInputAsync("控制器壳体");
        await part.Locator("[data-testid='part-quantity']").FillInputAsync("60");
        await part.Locator("[data-testid='part-material']").FillInputAsync("铝合金 6061");
        await part.Locator("[data-testid='part-envelope-x']").FillInputAsync("150");
        await part.Locator("[data-testid='part-envelope-y']").FillInputAsync("100");
        await part.Locator("[data-testid='part-envelope-z']").FillInputAsync("50");
        await page.PickAsync(part.Locator("[data-testid='template-select']"), "铝合金机加工壳体");
        await part.Locator("[data-testid='apply-template']").ClickAsync();
        var steps = part.Locator("[data-testid='step-row']");
        await Assertions.Expect(steps).ToHaveCountAsync(5);
        // The region's sand-blasters take aluminium by family name, its anodizing lines by grade: the step says what suits.
        await steps.Nth(2).Locator("[data-testid='step-material']").FillInputAsync("铝合金");
        await page.ByTestId("submit-order").ClickAsync();
        await page.Locator("[data-testid='order-editor'][data-status='Submitted']").WaitForAsync();

        await page.ByTestId("request-quotes").ClickAsync();
        await page.ByTestId("quotes-progress").WaitForAsync();
        // Planning runs three solves of a few seconds each; a refusal would show instead of the quotes.
        await page.Locator("[data-testid='quote'], [data-testid='quotes-failure']").First.WaitForAsync(new() { Timeout = 90_000 });
        var refusal = page.ByTestId("quotes-failure");
        Assert.True(await refusal.CountAsync() == 0, await refusal.CountAsync() == 0 ? "" : await refusal.InnerTextAsync());
        var quotes = page.ByTestId("quote");
        await Assertions.Expect(quotes).ToHaveCountAsync(3);
        await page.Locator("[data-testid='order-editor'][data-status='Quoted']").WaitForAsync();
        foreach (var option in new[] { "Fastest", "Cheapest", "Balanced" })
        {
            var quote = page.Locator($"[data-testid='quote'][data-option='{option}']");
            var schedule = page.Locator($"[data-testid='quote-schedule'][data-option='{option}']");
            await Assertions.Expect(schedule.Locator("svg[data-testid='quote-gantt'] rect[data-testid='gantt-bar']").First).ToBeVisibleAsync();
            Assert.StartsWith("¥", await quote.ByTestIdIn("quote-total").InnerTextAsync(), StringComparison.Ordinal);
            Assert.NotEmpty((await quote.ByTestIdIn("quote-factories").InnerTextAsync()).Trim());
        }

        // Each of the part's five operations is a bar on some machine of the fastest quote's chart.
        var fastest = page.Locator("[data-testid='quote'][data-option='Fastest']");
        Assert.Equal(5, await page.Locator("[data-testid='quote-schedule'][data-option='Fastest'] rect[data-testid='gantt-bar']").CountAsync());
        await page.ScreenshotAsync("order-quotes");

        await fastest.ByTestIdIn("accept-quote").ClickAsync();
        await page.Locator("[data-testid='order-editor'][data-status='Accepted']").WaitForAsync();
        var workOrders = page.ByTestId("work-order-row");
        await Assertions.Expect(workOrders.First).ToBeVisibleAsync();
        Assert.All(await workOrders.Locator("[data-testid='work-order-status']").AllInnerTextsAsync(), s => Assert.Equal("待确认", s.Trim()));
        await Assertions.Expect(page.Locator("[data-testid='quote'][data-status='Accepted']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("request-quotes")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("order-accepted");

        // The first provider declines (a reason is required), the next one accepts, each on its own work-order page.
        var orderId = Guid.Parse(page.Url[^36..]);
        var providers = await ProvidersOfAsync(orderId);
        await AnswerAsync(providers[0], decline: true);
        if (providers.Count > 1) await AnswerAsync(providers[1], decline: false);
    }

    private async Task AnswerAsync((Guid WorkOrderId, string Email) provider, bool decline)
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.SignInAsync(new TestMember(Guid.Empty, provider.Email, LoadDemoData.DemoPassword, "", ""));
        await page.ByTestId("nav-work-orders").ClickAsync();
        var row = page.Locator($"[data-testid='work-order-row'][data-id='{provider.WorkOrderId}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Released");
        if (decline)
        {
            await row.ByTestIdIn("decline-work-order").ClickAsync();
            await row.ByTestIdIn("confirm-decline").ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("请填写原因");
            await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Released");
            await row.ByTestIdIn("decline-reason").FillInputAsync("设备本周检修");
            await row.ByTestIdIn("confirm-decline").ClickAsync();
            await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Declined");
            await Assertions.Expect(row).ToContainTextAsync("设备本周检修");
            await page.ScreenshotAsync("work-order-declined");
        }
        else
        {
            await row.ByTestIdIn("accept-work-order").ClickAsync();
            await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Accepted");
            await Assertions.Expect(row.ByTestIdIn("accept-work-order")).ToHaveCountAsync(0);
        }
    }

    /// <summary>Each work order of the order with a demo user of its provider (demo accounts share the documented password).</summary>
    private async Task<List<(Guid WorkOrderId, string Email)>> ProvidersOfAsync(Guid orderId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var work = await db.WorkOrders.AsNoTracking().Where(w => w.OrderId == orderId).Select(w => new { w.Id, w.ProviderEnterpriseId }).ToListAsync(Ct);
        var result = new List<(Guid, string)>();
        foreach (var w in work)
        {
            var email = await db.Users.Where(u => u.EnterpriseId == w.ProviderEnterpriseId).Select(u => u.Email).FirstAsync(Ct);
            result.Add((w.Id, email!));
        }
        return result;
    }
}
