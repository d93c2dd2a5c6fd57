using System.Text.RegularExpressions;
using Cofab.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

public sealed partial class OrderTests(CofabServer server, ChromiumBrowser chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demander_drafts_an_order_from_a_template_fixes_a_refused_tolerance_and_submits_it()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("赵经理", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);
        var title = $"泵壳 第3批 {Guid.NewGuid().ToString("N")[..6]}";

        await page.GotoAsync("/orders/new");
        await page.Locator("[data-testid='order-editor'][data-ready='true']").WaitForAsync();
        await page.ByTestId("order-title").FillInputAsync(title);
        await page.ByTestId("order-address").FillInputAsync("浙江省宁波市北仑区大港工业城");
        var part = page.ByTestId("part").First;
        await part.Locator("[data-testid='part-name']").FillInputAsync("泵壳 C版");
        await part.Locator("[data-testid='part-quantity']").FillInputAsync("50");
        await part.Locator("[data-testid='part-material']").FillInputAsync("6061-T6");
        await part.Locator("[data-testid='part-envelope-x']").FillInputAsync("120");
        await part.Locator("[data-testid='part-envelope-y']").FillInputAsync("80");
        await part.Locator("[data-testid='part-envelope-z']").FillInputAsync("40");
        await page.PickAsync(part.Locator("[data-testid='template-select']"), "铝合金机加工壳体");
        await part.Locator("[data-testid='apply-template']").ClickAsync();

        // The template's five operations, the first being five-axis milling with its tolerance carried over.
        var steps = part.Locator("[data-testid='step-row']");
        await Assertions.Expect(steps).ToHaveCountAsync(5);
        var milling = steps.First;
        await Assertions.Expect(milling.Locator("[data-testid='step-process']")).ToHaveValueAsync("五轴数控铣削");
        await Assertions.Expect(milling.Locator("[data-testid='step-tolerance']")).ToHaveValueAsync("0.02");
        await Assertions.Expect(milling.Locator("[data-testid='step-material']")).ToHaveValueAsync("6061-T6");
        await milling.Locator("[data-testid='step-note']").FillInputAsync("注意薄壁变形");
        await page.ByTestId("save-order").ClickAsync();
        await page.WaitForSavedAsync(SavedOrderUrl());
        // The saved draft is shown anew (with its status) once the answer is rendered; edit only that one.
        await page.Locator("[data-testid='order-editor'][data-status='Draft']").WaitForAsync();
        Assert.Equal(0, await page.ByTestId("save-failure").CountAsync());

        // A tolerance beyond what the platform accepts is refused next to the field, and nothing changes.
        var tolerance = page.ByTestId("step-row").First.Locator("[data-testid='step-tolerance']");
        await tolerance.FillInputAsync("25");
        await page.ByTestId("save-order").ClickAsync();
        await tolerance.Field().Locator(".mud-input-helper-text.mud-input-error").WaitForAsync();
        Assert.Contains("at most 10", await tolerance.Field().InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("order-invalid");

        await tolerance.FillInputAsync("0.01");
        await page.ByTestId("submit-order").ClickAsync();
        await page.Locator("[data-testid='order-editor'][data-status='Submitted']").WaitForAsync();
        await Assertions.Expect(page.ByTestId("step-row").First.Locator("[data-testid='step-tolerance']")).ToHaveValueAsync("0.01");
        await Assertions.Expect(page.ByTestId("step-row").First.Locator("[data-testid='step-note']")).ToHaveValueAsync("注意薄壁变形");
        await Assertions.Expect(page.ByTestId("submit-order")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("order-submitted");

        await page.GotoAsync("/orders");
        await page.WaitForInteractiveAsync();
        var row = page.Locator($"[data-testid='order-row'][data-title='{title}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Submitted");
        var rowText = await row.Locator("xpath=..").InnerTextAsync();
        Assert.Contains("已提交", rowText, StringComparison.Ordinal);
        await page.ScreenshotAsync("order-list");
    }

    [Fact]
    public async Task Switching_language_on_the_orders_page_shows_its_labels_in_Chinese_again()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress, locale: "zh-CN");
        var member = await server.Members.CreateApprovedProviderAsync("孙经理", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);
        await page.GotoAsync("/orders");
        await page.WaitForInteractiveAsync();
        await SwitchLanguageAsync(page, "en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Orders");
        await Assertions.Expect(page.ByTestId("new-order")).ToHaveTextAsync("New order");

        await SwitchLanguageAsync(page, "zh");

        Assert.EndsWith("/orders", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("订单");
        await Assertions.Expect(page.ByTestId("new-order")).ToHaveTextAsync("新建订单");
        await Assertions.Expect(page.ByTestId("nav-orders")).ToHaveTextAsync("我的订单");
        await Assertions.Expect(page.ByTestId("order-table-empty")).ToHaveTextAsync("暂无订单。");
        await page.ScreenshotAsync("orders-zh");
    }

    [Fact]
    public async Task Operator_finds_a_members_draft_among_all_orders_by_its_status()
    {
        var title = $"轴承座 试制 {Guid.NewGuid().ToString("N")[..6]}";
        await using (var demanderContext = await chromium.NewContextAsync(server.BaseAddress))
        {
            var member = await server.Members.CreateApprovedProviderAsync("钱采购", Ct);
            var page = await demanderContext.NewPageAsync();
            await page.SignInAsync(member);
            await page.GotoAsync("/orders/new");
            await page.Locator("[data-testid='order-editor'][data-ready='true']").WaitForAsync();
            await page.ByTestId("order-title").FillInputAsync(title);
            await page.ByTestId("order-address").FillInputAsync("江苏省苏州市工业园区星湖街");
            await page.ByTestId("remove-part").ClickAsync();
            await page.ByTestId("save-order").ClickAsync();
            await page.Locator("[data-testid='order-editor'][data-status='Draft']").WaitForAsync();
        }

        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var operatorPage = await context.NewPageAsync();
        await operatorPage.SignInAsync(Members.Operator);
        await operatorPage.ByTestId("nav-all-orders").ClickAsync();
        await Assertions.Expect(operatorPage).ToHaveURLAsync(new Regex("/operator/orders$"));
        var row = operatorPage.Locator($"[data-testid='order-row'][data-title='{title}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);

        await operatorPage.ByTestId("filter-Submitted").ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await operatorPage.ByTestId("filter-Draft").ClickAsync();
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Draft");
        await operatorPage.ScreenshotAsync("operator-orders");
    }

    [Fact]
    public async Task Demander_attaches_a_classified_drawing_and_downloads_it_from_the_list()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("郑工", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);
        await page.GotoAsync("/orders/new");
        await page.Locator("[data-testid='order-editor'][data-ready='true']").WaitForAsync();
        await page.ByTestId("order-title").FillInputAsync("法兰 图纸评审");
        await page.ByTestId("order-address").FillInputAsync("上海市嘉定区安亭镇");
        await page.ByTestId("remove-part").ClickAsync();
        await page.ByTestId("save-order").ClickAsync();
        await page.Locator("[data-testid='order-editor'][data-status='Draft']").WaitForAsync();
        await Assertions.Expect(page.ByTestId("drawings-empty")).ToHaveCountAsync(1);

        var drawing = "法兰 rev B.dxf"u8.ToArray().Concat(new byte[2048]).ToArray();
        await page.PickAsync(page.ByTestId("drawing-classification"), "敏感");
        await page.Locator("[data-testid='order-drawings'] input[type='file']").SetInputFilesAsync(
            new FilePayload { Name = "flange-rev-b.dxf", MimeType = "application/dxf", Buffer = drawing });

        var row = page.ByTestId("drawing-row");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("flange-rev-b.dxf");
        await Assertions.Expect(row).ToContainTextAsync("敏感");
        await page.ScreenshotAsync("order-drawings");
        var href = await row.Locator("[data-testid='drawing-download']").GetAttributeAsync("href");
        var download = await context.APIRequest.GetAsync(href!);
        Assert.Equal(200, download.Status);
        Assert.Equal(drawing, await download.BodyAsync());
    }

    private static async Task SwitchLanguageAsync(IPage page, string language)
    {
        await page.ByTestId("language-switch").Locator("button").First.ClickAsync();
        await page.ByTestId($"language-{language}").ClickAsync();
        await page.Locator($"html[lang='{(language == "zh" ? "zh-CN" : "en")}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForInteractiveAsync();
    }

    [GeneratedRegex(@"/orders/[0-9a-f-]{36}$")]
    private static partial Regex SavedOrderUrl();
}
