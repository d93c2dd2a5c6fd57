using Cofab.BrowserTests.Infrastructure;

namespace Cofab.BrowserTests;

public sealed class LanguageTests(CofabServer server, ChromiumBrowser chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Chinese_is_the_default_language()
    {
        // No cookie and no Accept-Language: what a first visit from an unconfigured client gets.
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var html = await http.GetStringAsync("/account/login", Ct);

        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("&#x767B;&#x5F55;", html, StringComparison.Ordinal); // 登录, HTML-encoded by Razor
    }

    [Fact]
    public async Task Switching_to_English_changes_the_interface_text()
    {
        await using var context = await chromium.NewContextAsync(server.BaseAddress, locale: "zh-CN");
        var member = await server.Members.CreateApprovedProviderAsync("张工", Ct);
        var page = await context.NewPageAsync();
        await page.SignInAsync(member);
        var resourcesLink = page.ByTestId("nav-resources");
        Assert.Equal("资源", (await resourcesLink.InnerTextAsync()).Trim());
        await page.ScreenshotAsync("home-zh");

        await page.ByTestId("language-switch").Locator("button").First.ClickAsync();
        await page.ByTestId("language-en").ClickAsync();

        await page.Locator("html[lang='en']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await page.WaitForInteractiveAsync();
        Assert.Equal("Resources", (await page.ByTestId("nav-resources").InnerTextAsync()).Trim());
        Assert.Equal("Sign out", (await page.ByTestId("sign-out").TextContentAsync())?.Trim());
        await page.ScreenshotAsync("home-en");
    }
}
