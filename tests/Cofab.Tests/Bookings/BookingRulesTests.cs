using Cofab.Core.Bookings;
using Cofab.Core.Calendars;
using Cofab.Core.Resources;
using Xunit;

namespace Cofab.Tests.Bookings;

public sealed class BookingRulesTests
{
    // Monday 7 December 2026, 09:00 in Ningbo (UTC+8).
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);
    private static readonly BookingPolicy Policy = new();

    private static DateTimeOffset Beijing(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static SiteCalendar DayShift() => new()
    {
        Name = "Beilun plant",
        TimeZone = "Asia/Shanghai",
        Shifts = [new Shift { Name = "白班", Days = WorkDays.Weekdays, Start = new TimeOnly(8, 0), End = new TimeOnly(16, 0) }],
    };

    private static IReadOnlyDictionary<string, string[]> Validate(DateTimeOffset start, DateTimeOffset end, SlotAvailability? availability = null) =>
        BookingRules.ValidateSlot(start, end, Now, Policy, availability);

    [Fact]
    public void ValidateSlot_accepts_a_quarter_hour_aligned_slot_inside_the_shift()
    {
        Assert.Empty(Validate(Beijing(8, 9, 15), Beijing(8, 11, 45), new SlotAvailability(DayShift(), [])));
    }

    [Fact]
    public void ValidateSlot_refuses_an_end_not_after_the_start()
    {
        var errors = Validate(Beijing(8, 10), Beijing(8, 10));
        Assert.Contains("must be after start", Assert.Single(errors["end"]), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateSlot_refuses_times_off_the_quarter_hour_grid()
    {
        var errors = Validate(Beijing(8, 10, 7), Beijing(8, 11, 20));
        Assert.Contains("15-minute boundary", errors["start"][0], StringComparison.Ordinal);
        Assert.Contains("15-minute boundary", errors["end"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateSlot_follows_a_configured_granularity()
    {
        var hourly = new BookingPolicy { SlotMinutes = 60 };
        Assert.NotEmpty(BookingRules.ValidateSlot(Beijing(8, 10, 15), Beijing(8, 11, 15), Now, hourly, null));
        Assert.Empty(BookingRules.ValidateSlot(Beijing(8, 10), Beijing(8, 11), Now, hourly, null));
    }

    [Fact]
    public void ValidateSlot_refuses_a_slot_in_the_past_and_beyond_the_horizon()
    {
        Assert.Contains("in the past", Validate(Beijing(7, 8), Beijing(7, 10))["start"][0], StringComparison.Ordinal);
        var far = Now.AddDays(400);
        Assert.Contains("days ahead", Validate(far, far.AddHours(1))["start"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateSlot_refuses_a_slot_longer_than_the_maximum()
    {
        Assert.Contains("at most 31 days", Validate(Beijing(8, 8), Beijing(8, 8).AddDays(32))["end"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateSlot_refuses_a_slot_running_past_the_end_of_the_shift_naming_the_local_time()
    {
        var errors = Validate(Beijing(8, 15), Beijing(8, 17), new SlotAvailability(DayShift(), []));
        Assert.Contains("2026-12-08 16:00 (Asia/Shanghai)", errors["start"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateSlot_refuses_a_weekend_slot_on_a_weekday_calendar()
    {
        // 12 December 2026 is a Saturday.
        Assert.NotEmpty(Validate(Beijing(12, 9), Beijing(12, 10), new SlotAvailability(DayShift(), [])));
    }

    [Fact]
    public void ValidateSlot_without_a_calendar_accepts_any_time_of_day()
    {
        Assert.Empty(Validate(Beijing(12, 2), Beijing(12, 5), new SlotAvailability(null, [])));
    }

    [Fact]
    public void ValidateSlot_keeps_inside_published_idle_windows_when_there_are_some()
    {
        IdleWindow[] windows =
        [
            new() { Start = Beijing(8, 8), End = Beijing(8, 12) },
            new() { Start = Beijing(8, 12), End = Beijing(8, 14) },
        ];
        var availability = new SlotAvailability(DayShift(), windows);

        Assert.Empty(Validate(Beijing(8, 10), Beijing(8, 13), availability));
        var errors = Validate(Beijing(8, 13), Beijing(8, 15), availability);
        Assert.Contains("idle windows", errors["start"][0], StringComparison.Ordinal);
        Assert.Contains("2026-12-08 06:00:00Z", errors["start"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateSlot_lets_an_owner_block_outside_working_time()
    {
        Assert.Empty(Validate(Beijing(12, 2), Beijing(12, 5), availability: null));
    }

    [Fact]
    public void FirstUncovered_finds_the_gap_between_spans_and_accepts_touching_ones()
    {
        var a = Beijing(8, 8);
        (DateTimeOffset, DateTimeOffset)[] spans = [(a, a.AddHours(1)), (a.AddHours(1), a.AddHours(2)), (a.AddHours(3), a.AddHours(4))];
        Assert.Null(BookingRules.FirstUncovered(spans, a, a.AddHours(2)));
        Assert.Equal(a.AddHours(2), BookingRules.FirstUncovered(spans, a, a.AddHours(4)));
    }

    [Fact]
    public void PriceDirect_charges_hours_times_the_per_hour_rate_without_the_setup_charge()
    {
        PriceTerm[] prices = [new() { Model = PricingModel.PerHour, Rate = 260m, SetupCharge = 300m, Currency = "CNY" }];
        var price = BookingRules.PriceDirect(prices, Beijing(8, 9), Beijing(8, 11, 45), null, out var problem);
        Assert.Null(problem);
        Assert.Equal(715.00m, price!.Amount);
        Assert.Equal(2.75m, price.Hours);
        Assert.Equal("CNY", price.Currency);
    }

    [Fact]
    public void PriceDirect_prefers_the_per_hour_price_of_the_named_process()
    {
        PriceTerm[] prices =
        [
            new() { Model = PricingModel.PerHour, Rate = 200m },
            new() { Model = PricingModel.PerHour, Rate = 333.33m, ProcessCode = "machining.milling.5axis" },
        ];
        Assert.Equal(166.67m, BookingRules.PriceDirect(prices, Beijing(8, 9), Beijing(8, 9, 30), "machining.milling.5axis", out _)!.Amount);
        Assert.Equal(100m, BookingRules.PriceDirect(prices, Beijing(8, 9), Beijing(8, 9, 30), "machining.turning", out _)!.Amount);
    }

    [Fact]
    public void PriceDirect_without_a_per_hour_price_explains_that_the_time_cannot_be_booked()
    {
        PriceTerm[] prices = [new() { Model = PricingModel.PerPiece, Rate = 12m }];
        Assert.Null(BookingRules.PriceDirect(prices, Beijing(8, 9), Beijing(8, 10), null, out var problem));
        Assert.Contains("no per-hour price", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PriceDirect_with_only_process_specific_rates_asks_for_the_process()
    {
        PriceTerm[] prices = [new() { Model = PricingModel.PerHour, Rate = 90m, ProcessCode = "testing.cmm" }];
        Assert.Null(BookingRules.PriceDirect(prices, Beijing(8, 9), Beijing(8, 10), null, out var problem));
        Assert.Contains("testing.cmm", problem, StringComparison.Ordinal);
    }

    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Customer = Guid.NewGuid();

    private static Booking Direct(DateTimeOffset start, decimal price = 1000m) => new()
    {
        OwnerEnterpriseId = Owner, BookedByEnterpriseId = Customer, Kind = BookingKind.DirectBooking,
        Start = start, End = start.AddHours(4), Price = price,
    };

    [Fact]
    public void Cancellation_is_free_until_24_hours_before_the_start()
    {
        var decision = BookingRules.DecideCancellation(Direct(Now.AddHours(24)), byOwner: false, null, Now, Policy);
        Assert.True(decision.Allowed);
        Assert.Equal(0m, decision.Fee);
    }

    [Fact]
    public void A_late_cancellation_costs_half_the_price()
    {
        var decision = BookingRules.DecideCancellation(Direct(Now.AddHours(23).AddMinutes(45), 1234.5m), byOwner: false, null, Now, Policy);
        Assert.Equal(617.25m, decision.Fee);
    }

    [Fact]
    public void Cancellation_thresholds_are_configurable()
    {
        var strict = new BookingPolicy { FreeCancellationBefore = TimeSpan.FromHours(72), LateCancellationFeePercent = 100m };
        Assert.Equal(1000m, BookingRules.DecideCancellation(Direct(Now.AddHours(48)), false, null, Now, strict).Fee);
    }

    [Fact]
    public void A_started_booking_cannot_be_cancelled()
    {
        var decision = BookingRules.DecideCancellation(Direct(Now.AddMinutes(-15)), byOwner: false, null, Now, Policy);
        Assert.Equal(CancellationRefusal.AlreadyStarted, decision.Refusal);
    }

    [Fact]
    public void An_owner_cancelling_a_customers_booking_must_say_why_and_charges_no_fee()
    {
        var booking = Direct(Now.AddHours(2));
        Assert.Equal(CancellationRefusal.ReasonRequired, BookingRules.DecideCancellation(booking, byOwner: true, "  ", Now, Policy).Refusal);
        var withReason = BookingRules.DecideCancellation(booking, byOwner: true, "Spindle failure", Now, Policy);
        Assert.True(withReason.Allowed);
        Assert.Equal(0m, withReason.Fee);
    }

    [Fact]
    public void An_owner_may_release_the_rest_of_a_started_block_without_a_reason()
    {
        var block = new Booking { OwnerEnterpriseId = Owner, BookedByEnterpriseId = Owner, Kind = BookingKind.ProviderBlock, Start = Now.AddHours(-1), End = Now.AddHours(3) };
        Assert.True(BookingRules.DecideCancellation(block, byOwner: true, null, Now, Policy).Allowed);
    }

    [Fact]
    public void Cancelled_finished_and_order_bookings_are_refused_with_their_reason()
    {
        var cancelled = Direct(Now.AddDays(3));
        cancelled.Status = BookingStatus.Cancelled;
        var over = Direct(Now.AddDays(-1));
        var ordered = Direct(Now.AddDays(3));
        ordered.Kind = BookingKind.OrderBooking;
        Assert.Equal(CancellationRefusal.AlreadyCancelled, BookingRules.DecideCancellation(cancelled, false, null, Now, Policy).Refusal);
        Assert.Equal(CancellationRefusal.AlreadyOver, BookingRules.DecideCancellation(over, false, null, Now, Policy).Refusal);
        Assert.Equal(CancellationRefusal.BelongsToWorkOrder, BookingRules.DecideCancellation(ordered, false, null, Now, Policy).Refusal);
    }

    [Theory]
    [InlineData(7, 24, 50)]
    [InlineData(15, -1, 50)]
    [InlineData(15, 24, 101)]
    public void Policy_problems_name_the_bad_setting(int slotMinutes, int freeHours, int feePercent)
    {
        var policy = new BookingPolicy { SlotMinutes = slotMinutes, FreeCancellationBefore = TimeSpan.FromHours(freeHours), LateCancellationFeePercent = feePercent };
        Assert.NotEmpty(policy.Problems());
        Assert.Empty(new BookingPolicy().Problems());
    }
}
