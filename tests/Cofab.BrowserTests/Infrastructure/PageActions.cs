using Microsoft.Playwright;

namespace Cofab.BrowserTests.Infrastructure;

/// <summary>What a user does on Cofab pages, in terms of the data-testid hooks the components render.</summary>
public static class PageActions
{
    public static ILocator ByTestId(this IPage page, string testId) => page.Locator($"[data-testid='{testId}']");

    public static ILocator ByTestIdIn(this ILocator scope, string testId) => scope.Locator($"[data-testid='{testId}']");

    public static async Task SignInAsync(this IPage page, TestMember member)
    {
        await page.GotoAsync("/account/login");
        await page.ByTestId("login-email").FillAsync(member.Email);
        await page.ByTestId("login-password").FillAsync(member.Password);
        await page.ByTestId("login-submit").ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    /// <summary>
    /// Waits until the Blazor circuit is live. Pages are prerendered as HTML first; a click before the circuit connects
    /// would hit a button with no handler yet. The layout marks itself data-interactive="true" once it runs interactively.
    /// </summary>
    public static async Task WaitForInteractiveAsync(this IPage page)
    {
        try
        {
            await page.Locator("[data-interactive='true']").WaitForAsync();
        }
        catch (TimeoutException e)
        {
            // Say where the browser was stuck; the text of the page usually tells why (an error page, the sign-in form).
            await page.ScreenshotAsync($"stuck-{DateTime.UtcNow:HHmmssfff}");
            var text = await page.Locator("body").InnerTextAsync();
            throw new TimeoutException($"The page {page.Url} did not become interactive. It shows: {text[..Math.Min(text.Length, 600)]}", e);
        }
    }

    /// <summary>
    /// Waits for the page to move to the address a save leads to. A busy machine may take long to write, so the wait is
    /// generous; when it still runs out, the error says what the page showed (a refusal, the error bar) instead of a bare
    /// timeout.
    /// </summary>
    public static async Task WaitForSavedAsync(this IPage page, System.Text.RegularExpressions.Regex url)
    {
        try
        {
            // Polls the address rather than waiting for a navigation event: Blazor replaces the address in place
            // (history.replaceState), and a wait for that event has been seen to miss it although the address had changed.
            await Assertions.Expect(page).ToHaveURLAsync(url, new() { Timeout = 60_000 });
        }
        catch (PlaywrightException e)
        {
            await page.ScreenshotAsync($"not-saved-{DateTime.UtcNow:HHmmssfff}");
            var text = await page.Locator("body").InnerTextAsync();
            throw new TimeoutException($"The page stayed at {page.Url} instead of moving to a saved address. It shows: {text[..Math.Min(text.Length, 800)]}", e);
        }
    }

    public static async Task FillInputAsync(this ILocator input, string value)
    {
        // MudBlazor puts the data-testid on the inner input, and commits text on change (blur), not on every keystroke.
        await input.FillAsync(value);
        await input.BlurAsync();
    }

    /// <summary>The whole MudBlazor field (label, input, helper or error text) around an input carrying a data-testid.</summary>
    public static ILocator Field(this ILocator input) =>
        input.Locator("xpath=ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' mud-input-control ')][1]");

    /// <summary>Opens a MudSelect (its data-testid sits on the inner input) and picks the option showing the given text.</summary>
    public static async Task PickAsync(this IPage page, ILocator select, string optionText)
    {
        await select.Field().ClickAsync();
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(optionText)}\\s*$") });
        await option.First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    /// <summary>Saves a screenshot when COFAB_SCREENSHOTS names a folder: for looking at the pages, not for asserting.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("COFAB_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
