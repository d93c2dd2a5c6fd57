namespace Cofab.Platform.Features.Quotes;

/// <summary>
/// The one conversion between the scheduling engine's integer minutes and real instants: minute 0 is
/// <see cref="Origin"/>, the quote request's time rounded up to a whole minute. Busy time is widened to whole minutes
/// (start down, end up) so that a schedule that avoids the minutes also avoids the instants.
/// </summary>
public sealed record PlanningClock(DateTimeOffset Origin)
{
    public static PlanningClock StartingAt(DateTimeOffset now)
    {
        var ticks = now.UtcTicks;
        var rounded = (ticks + TimeSpan.TicksPerMinute - 1) / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute;
        return new PlanningClock(new DateTimeOffset(rounded, TimeSpan.Zero));
    }

    public DateTimeOffset ToInstant(long minutes) => Origin.AddMinutes(minutes);

    public long MinutesFloor(DateTimeOffset instant) => (long)Math.Floor((instant - Origin).TotalMinutes);

    public long MinutesCeiling(DateTimeOffset instant) => (long)Math.Ceiling((instant - Origin).TotalMinutes);
}
