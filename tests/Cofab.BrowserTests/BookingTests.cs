using Cofab.BrowserTests.Infrastructure;
using Cofab.Core.Resources;
using Cofab.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cofab.BrowserTests;

public sealed class BookingTests(CofabServer server, ChromiumBrowser chromium)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demander_books_a_published_machine_at_the_shown_price_and_cancels_it_from_my_bookings()
    {
        var owner = await server.Members.CreateApprovedProviderAsync("周厂长", Ct);
        var machine = await PublishMachineAsync(owner, "激光切割机 TruLaser 3030", hourlyRate: 180m);
        var demander = await server.Members.CreateApprovedProviderAsync("吴采购", Ct);
        await using var context = await chromium.NewContextAsync(server.BaseAddress);
        var page = await context.NewPageAsync();
        await page.SignInAsync(demander);

        await page.GotoAsync($"/resources/{machine.Id}/bookings");
        await page.WaitForInteractiveAsync();
        await page.Locator("[data-testid='resource-bookings'][data-ready='true']").WaitForAsync();
        var form = page.ByTestId("booking-form");
        // The proposed slot is tomorrow 09:00–11:00; move it to the day after, 09:00–12:00, and see the price before confirming.
        var day = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(2);
        await page.ByTestId("slot-start").FillInputAsync($"{day:yyyy-MM-dd} 09:00");
        await page.ByTestId("slot-end").FillInputAsync($"{day:yyyy-MM-dd} 12:00");
        await Assertions.Expect(page.ByTestId("slot-price")).ToContainTextAsync("3 小时 × ¥180.00/小时 = ¥540.00");
        await page.ScreenshotAsync("booking-form");
        await page.ByTestId("book-slot").ClickAsync();
        // The calendar shows the week of the new booking, the slot drawn as busy.
        await Assertions.Expect(page.Locator($"[data-testid='week-day'][data-date='{day:yyyy-MM-dd}'] [data-testid='busy-span']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.ByTestId("busy-span")).ToContainTextAsync("09:00–12:00");
        Assert.Equal(0, await page.ByTestId("booking-failure").CountAsync());

        // The same slot again is taken: the page says so instead of booking twice.
        await page.ByTestId("book-slot").ClickAsync();
        await page.Locator("[data-testid='booking-failure'][data-kind='conflict']").WaitForAsync();
        await page.ScreenshotAsync("booking-calendar");

        await page.GotoAsync("/bookings");
        await page.WaitForInteractiveAsync();
        var row = page.Locator($"[data-testid='booking-row'][data-resource='{machine.Name}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Active");
        await Assertions.Expect(row).ToContainTextAsync("¥540.00");

        await row.Locator("[data-testid='cancel-booking']").ClickAsync();
        var dialog = page.ByTestId("cancel-booking-dialog");
        await Assertions.Expect(dialog.Locator("[data-testid='fee-rule']")).ToContainTextAsync("开始前 24 小时以前取消免费");
        // More than 24 hours ahead, cancelling is free.
        await Assertions.Expect(dialog.Locator("[data-testid='fee-now']")).ToContainTextAsync("¥0.00");
        await page.ScreenshotAsync("booking-cancel");
        await page.ByTestId("confirm-cancel").ClickAsync();

        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Cancelled");
        await Assertions.Expect(row.Locator("[data-testid='cancel-booking']")).ToHaveCountAsync(0);
    }

    /// <summary>A published machine priced per hour, with no calendar or idle windows, so any future slot is open.</summary>
    private async Task<Resource> PublishMachineAsync(TestMember owner, string name, decimal hourlyRate)
    {
        var now = DateTimeOffset.UtcNow;
        var resource = new Resource
        {
            Id = Guid.NewGuid(), EnterpriseId = owner.EnterpriseId, Name = name, AssetNumber = "LC-3030", Visibility = ResourceVisibility.Published,
            CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
            Prices = [new PriceTerm { Model = PricingModel.PerHour, Rate = hourlyRate }],
        };
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Resources.Add(resource);
        db.Entry(resource).Property("SearchText").CurrentValue = name.ToLowerInvariant();
        await db.SaveChangesAsync(Ct);
        return resource;
    }
}
