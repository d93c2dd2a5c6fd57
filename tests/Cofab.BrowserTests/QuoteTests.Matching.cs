using Cofab.BrowserTests.Infrastructure;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

// The operator's matching explanations need the demo region's machines, so they share the quotes' platform.
public sealed partial class QuoteTests
{
    [Fact]
    public async Task Operator_sees_the_candidates_of_an_orders_operation_and_why_a_coarser_mill_was_left_out()
    {
        var member = await server.Members.CreateApprovedProviderAsync("冯采购", Ct);
        var orderId = await SubmittedFiveAxisOrderAsync(member, toleranceMm: 0.008m);

        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Members.Operator);
        await page.GotoAsync($"/orders/{orderId}");
        await page.Locator("[data-testid='order-editor'][data-status='Submitted']").WaitForAsync();
        await page.ByTestId("order-matching-link").ClickAsync();
        await page.Locator("[data-testid='matching-operations'][data-ready='true']").WaitForAsync();
        await page.Locator("[data-testid='matching-step'][data-step='10']").ClickAsync();

        var answer = page.Locator("[data-testid='matching-answer'][data-step='10']");
        await answer.WaitForAsync();
        Assert.True(await answer.ByTestIdIn("matching-candidate").CountAsync() > 0, "the demo region's 0.005 mm five-axis mills should be candidates");
        // The region's Haas UMC-750 holds 0.01 mm: left out, with the reason in the operator's language.
        var coarse = answer.Locator("[data-testid='matching-reason'][data-code='ToleranceTooCoarse']").First;
        await Assertions.Expect(coarse).ToContainTextAsync("0.008");
        await Assertions.Expect(coarse).ToContainTextAsync("公差");
        await page.ScreenshotAsync("operator-matching");
    }

    private async Task<Guid> SubmittedFiveAxisOrderAsync(TestMember member, decimal toleranceMm)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var userId = await services.GetRequiredService<AppDbContext>().Users.Where(u => u.Email == member.Email).Select(u => u.Id).SingleAsync(Ct);
        var caller = new Caller(userId, member.EnterpriseId, new HashSet<string>([MemberRole.Demander, MemberRole.Provider]));
        var input = new OrderInput("五轴壳体 匹配说明", "浙江省宁波市北仑区大港工业城", 29.90, 121.85, null, null,
        [
            new OrderPartData(null, "控制器壳体", 40, "铝合金 6061", 150, 100, 50, null, DateTimeOffset.UtcNow.AddDays(25), null, null,
            [
                new RoutingStepData(10, "machining.milling.5axis", 150, 100, 50, toleranceMm, "铝合金 6061"),
                new RoutingStepData(20, "surface.anodizing", Predecessors: [10]),
            ]),
        ]);
        var draft = await services.GetRequiredService<CreateDraftOrder>().HandleAsync(input, caller, Ct);
        Assert.True(draft.Succeeded, draft.Failure?.Message);
        var submitted = await services.GetRequiredService<SubmitOrder>().HandleAsync(draft.Value.Id, new OrderTransitionInput(draft.Value.Version), null, caller, Ct);
        Assert.True(submitted.Succeeded, submitted.Failure?.Message);
        return draft.Value.Id;
    }
}
