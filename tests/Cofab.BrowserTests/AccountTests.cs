using Cofab.BrowserTests.Infrastructure;

namespace Cofab.BrowserTests;

public sealed class AccountTests(CofabServer server, ChromiumBrowser chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Wrong_password_keeps_the_user_on_the_sign_in_page_with_a_message()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("孙工", Ct);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/resources");
        // The fallback policy sends anonymous visitors to sign in, remembering where they were going.
        await page.ByTestId("login-form").WaitForAsync();
        await page.ByTestId("login-email").FillAsync(member.Email);
        await page.ByTestId("login-password").FillAsync("not-the-password");
        await page.ByTestId("login-submit").ClickAsync();

        var error = page.ByTestId("login-error");
        await error.WaitForAsync();
        Assert.Contains("邮箱或密码不正确", await error.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("login-failed");

        // The e-mail comes back filled in; only the password needs typing again.
        Assert.Equal(member.Email, await page.ByTestId("login-email").InputValueAsync());
        await page.ByTestId("login-password").FillAsync(member.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
        Assert.EndsWith("/resources", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("周工", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);

        await page.ByTestId("sign-out").ClickAsync();
        await page.ByTestId("login-form").WaitForAsync();

        await page.GotoAsync("/members/me");
        await page.ByTestId("login-form").WaitForAsync();
    }

    [Fact]
    public async Task A_provider_cannot_open_the_operators_admission_page()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var member = await server.Members.CreateApprovedProviderAsync("吴工", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);

        await page.GotoAsync("/members");

        await page.ByTestId("not-allowed").WaitForAsync();
        Assert.Equal(0, await page.ByTestId("nav-members").CountAsync());
    }
}
