using System.Text.RegularExpressions;
using Cofab.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

public sealed partial class ResourceEditorTests(CofabServer server, ChromiumBrowser chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Provider_adds_a_machine_and_finds_it_in_the_list()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("王工", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);
        var name = $"DMU 50 五轴加工中心 {Guid.NewGuid().ToString("N")[..6]}";

        await OpenNewResourceEditorAsync(page);
        await page.ByTestId("resource-name").FillInputAsync(name);
        await page.ByTestId("resource-asset-number").FillInputAsync("CNC-5X-001");
        await page.ByTestId("resource-manufacturer").FillInputAsync("DMG MORI");
        var capability = page.ByTestId("capability-row").First;
        await page.PickAsync(capability.Locator("[data-testid='capability-process']"), "五轴数控铣削");
        await capability.Locator("[data-testid='capability-tolerance']").FillInputAsync("0.01");
        await capability.Locator("[data-testid='capability-envelope-x']").FillInputAsync("500");
        await capability.Locator("[data-testid='capability-envelope-y']").FillInputAsync("450");
        await capability.Locator("[data-testid='capability-envelope-z']").FillInputAsync("400");
        await capability.Locator("[data-testid='capability-materials']").FillInputAsync("6061, 7075, TC4");
        await page.ByTestId("price-row").First.Locator("[data-testid='price-rate']").FillInputAsync("280");
        await page.ByTestId("add-idle-window").ClickAsync();
        await page.ByTestId("idle-window-note").FillInputAsync("可接急单");
        await page.ScreenshotAsync("editor-filled");
        await page.ByTestId("save-resource").ClickAsync();

        // A saved resource gets its own address; the editor stays open on it.
        await page.WaitForSavedAsync(SavedResourceUrl());
        Assert.Equal(0, await page.ByTestId("save-failure").CountAsync());

        await page.GotoAsync("/resources");
        await page.WaitForInteractiveAsync();
        await page.ByTestId("resource-search").FillInputAsync(name);
        var row = page.Locator($"[data-testid='resource-row'][data-name='{name}']");
        await row.WaitForAsync();
        await page.ScreenshotAsync("resource-list");
        var rowText = await row.Locator("xpath=..").InnerTextAsync();
        Assert.Contains("五轴数控铣削", rowText, StringComparison.Ordinal);
        Assert.Contains("¥280/小时", rowText, StringComparison.Ordinal);
        Assert.Equal(1, await page.ByTestId("resource-row").CountAsync());
    }

    [Fact]
    public async Task Editor_with_an_empty_name_shows_the_error_next_to_the_field_and_saves_nothing()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("李工", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);

        await OpenNewResourceEditorAsync(page);
        await page.ByTestId("resource-asset-number").FillInputAsync("CNC-NO-NAME");
        await page.ByTestId("save-resource").ClickAsync();

        var nameField = page.ByTestId("resource-name").Field();
        await nameField.Locator(".mud-input-helper-text.mud-input-error").WaitForAsync();
        Assert.Contains("请填写名称", await nameField.InnerTextAsync(), StringComparison.Ordinal);
        await page.ByTestId("error-summary").WaitForAsync();
        await page.ScreenshotAsync("editor-invalid");
        Assert.EndsWith("/resources/new", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/resources");
        await page.WaitForInteractiveAsync();
        await page.ByTestId("resource-table-empty").WaitForAsync();
        Assert.Equal(0, await page.ByTestId("resource-row").CountAsync());
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_reports_a_conflict_and_offers_to_reload()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("冯工", Ct);
        var first = await context.NewPageAsync();
        await first.SignInAsync(member);
        await OpenNewResourceEditorAsync(first);
        await first.ByTestId("resource-name").FillInputAsync("Haas VF-2 立式加工中心");
        await first.ByTestId("resource-asset-number").FillInputAsync("CNC-3X-007");
        await first.ByTestId("remove-capability").ClickAsync();
        await first.ByTestId("remove-price").ClickAsync();
        await first.ByTestId("save-resource").ClickAsync();
        await first.WaitForSavedAsync(SavedResourceUrl());
        var address = first.Url;

        // A colleague opens the same resource in another tab and saves first.
        var second = await context.NewPageAsync();
        await second.GotoAsync(address);
        await second.Locator("[data-testid='resource-editor'][data-ready='true']").WaitForAsync();
        await second.ByTestId("resource-model").FillInputAsync("VF-2SS");
        await second.ByTestId("save-resource").ClickAsync();
        await second.Locator(".mud-snackbar").First.WaitForAsync();

        await first.ByTestId("resource-model").FillInputAsync("VF-2");
        await first.ByTestId("save-resource").ClickAsync();

        await first.Locator("[data-testid='save-failure'][data-kind='conflict']").WaitForAsync();
        await first.ScreenshotAsync("editor-conflict");
        await first.ByTestId("reload-after-conflict").ClickAsync();
        await first.Locator("[data-testid='save-failure']").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Assertions.Expect(first.ByTestId("resource-model")).ToHaveValueAsync("VF-2SS");
    }

    private static async Task OpenNewResourceEditorAsync(IPage page)
    {
        await page.GotoAsync("/resources/new");
        await page.Locator("[data-testid='resource-editor'][data-ready='true']").WaitForAsync();
    }

    [GeneratedRegex(@"/resources/[0-9a-f-]{36}$")]
    private static partial Regex SavedResourceUrl();
}
