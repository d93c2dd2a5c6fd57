using Microsoft.Playwright;

namespace Cofab.BrowserTests.Infrastructure;

/// <summary>
/// The system Chromium driven by Playwright. Browsers are never downloaded: CI installs chromium with apt. Where it is
/// missing, the tests fail in CI (CI=true), so a broken image cannot pass silently, and are skipped on a developer machine.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    /// <summary>The apt-installed Chromium; COFAB_CHROMIUM overrides it (also handy to check the missing-browser path).</summary>
    public static readonly string ExecutablePath = Environment.GetEnvironmentVariable("COFAB_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh context (own cookies) in the given language, as a user's own browser would be.</summary>
    public async Task<IBrowserContext> NewContextAsync(Uri baseAddress, string locale = "zh-CN")
    {
        if (_browser is null)
        {
            var reason = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium).";
            if (InCi) Assert.Fail($"{reason} Browser tests must run in CI.");
            Assert.Skip(reason);
        }

        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            Locale = locale,
            ViewportSize = new() { Width = 1440, Height = 900 },
        });
        // Generous: the first render of each page JIT-compiles on a cold CI machine.
        context.SetDefaultTimeout(30_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
