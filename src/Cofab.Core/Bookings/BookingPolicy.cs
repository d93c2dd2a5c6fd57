namespace Cofab.Core.Bookings;

/// <summary>
/// The tunable thresholds of booking (bound from the <c>Bookings</c> configuration section). Defaults: quarter-hour slots
/// (the granularity factories plan shifts in, and fine enough for instrument time), at most 31 days per booking and one
/// year ahead; cancelling is free until 24 h before the start, costs 50 % of the price after that, and is impossible once
/// the booking has started.
/// </summary>
public sealed class BookingPolicy
{
    public const string Section = "Bookings";

    /// <summary>Start and end fall on multiples of this many minutes (UTC, so it also holds in Asia/Shanghai).</summary>
    public int SlotMinutes { get; set; } = 15;

    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromDays(31);

    /// <summary>How far ahead a slot may start.</summary>
    public TimeSpan Horizon { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Cancelling at least this long before the start is free.</summary>
    public TimeSpan FreeCancellationBefore { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Share of the price a booker pays for cancelling later than <see cref="FreeCancellationBefore"/>.</summary>
    public decimal LateCancellationFeePercent { get; set; } = 50m;

    /// <summary>The problems with these settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (SlotMinutes is < 1 or > 1440 || 1440 % SlotMinutes != 0)
            problems.Add("Bookings:SlotMinutes must divide a day (e.g. 5, 15, 30, 60).");
        if (MaxDuration < TimeSpan.FromMinutes(SlotMinutes)) problems.Add("Bookings:MaxDuration must be at least one slot.");
        if (Horizon <= TimeSpan.Zero) problems.Add("Bookings:Horizon must be positive, e.g. 365.00:00:00.");
        if (FreeCancellationBefore < TimeSpan.Zero) problems.Add("Bookings:FreeCancellationBefore cannot be negative.");
        if (LateCancellationFeePercent is < 0 or > 100) problems.Add("Bookings:LateCancellationFeePercent must be between 0 and 100.");
        return problems;
    }
}
