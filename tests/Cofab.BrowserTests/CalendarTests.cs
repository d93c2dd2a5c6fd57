using System.Text.RegularExpressions;
using Cofab.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

public sealed partial class CalendarTests(CofabServer server, ChromiumBrowser chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Provider_creates_a_site_calendar_and_can_assign_it_to_a_resource()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("郑工", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);

        await page.GotoAsync("/calendars/new");
        await page.ByTestId("calendar-editor").WaitForAsync();
        await page.WaitForInteractiveAsync();
        // A new calendar starts with a Monday-to-Friday day shift, so a name is all it needs.
        await page.ByTestId("calendar-name").FillInputAsync("北仑厂区 两班制");
        await page.ByTestId("save-calendar").ClickAsync();
        await page.WaitForSavedAsync(SavedCalendarUrl());
        await page.ScreenshotAsync("calendar-saved");

        await page.GotoAsync("/calendars");
        await page.WaitForInteractiveAsync();
        await page.Locator("[data-testid='calendar-row'][data-name='北仑厂区 两班制']").WaitForAsync();

        await page.GotoAsync("/resources/new");
        await page.Locator("[data-testid='resource-editor'][data-ready='true']").WaitForAsync();
        await page.PickAsync(page.ByTestId("resource-calendar"), "北仑厂区 两班制");
        // The select's value arrives over the Blazor circuit: let Playwright retry until it is there.
        await Assertions.Expect(page.ByTestId("resource-calendar")).ToHaveValueAsync("北仑厂区 两班制");
    }

    [GeneratedRegex(@"/calendars/[0-9a-f-]{36}$")]
    private static partial Regex SavedCalendarUrl();
}
