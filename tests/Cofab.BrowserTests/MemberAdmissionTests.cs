using Cofab.BrowserTests.Infrastructure;

namespace Cofab.BrowserTests;

public sealed class MemberAdmissionTests(CofabServer server, ChromiumBrowser chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Applicant_sees_that_its_membership_awaits_approval()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var applicant = await server.Members.ApplyAsProviderAsync("赵工", Ct);
        var page = await context.NewPageAsync();

        await page.SignInAsync(applicant);

        var banner = page.Locator("[data-testid='membership-status'][data-status='pending']");
        await banner.WaitForAsync();
        Assert.Contains("等待平台运营方审核", await banner.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("home-pending");
    }

    [Fact]
    public async Task Operator_approves_an_applicant_from_the_admission_queue()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var applicant = await server.Members.ApplyAsProviderAsync("钱工", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Members.Operator);

        await page.GotoAsync("/members");
        await page.WaitForInteractiveAsync();
        // The page opens on the queue of pending applicants, where this one waits (other tests' applicants may too).
        var row = page.Locator($"[data-testid='member-row'][data-name='{applicant.EnterpriseName}']");
        await row.WaitForAsync();
        await row.Locator("xpath=..").Locator("[data-testid='review-member']").ClickAsync();
        await page.ByTestId("approve-member").ClickAsync();
        await page.ScreenshotAsync("members-after-approval");

        // The queue shows applicants only: once approved, the member leaves it.
        await row.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await using var applicantContext = await chromium.NewContextAsync(server.BaseAddress);
        var applicantPage = await applicantContext.NewPageAsync();
        await applicantPage.SignInAsync(applicant);
        await applicantPage.Locator("[data-testid='membership-status'][data-status='approved']").WaitForAsync();
    }
}
