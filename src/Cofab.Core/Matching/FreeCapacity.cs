using Cofab.Core.MachineData;

namespace Cofab.Core.Matching;

/// <summary>
/// Free working time of one resource in a period: the site calendar's working time (all hours when the resource has no
/// calendar), only inside the idle windows its owner published (when it published any), minus the busy intervals
/// (bookings). Subtraction is <see cref="IdleCapacity.Subtract"/>, the same rule that keeps published idle windows true.
/// </summary>
public static class FreeCapacity
{
    public static double Minutes(
        WorkingTimeline? calendar,
        IReadOnlyList<TimeWindow> idleWindows,
        IReadOnlyList<TimeWindow> busy,
        DateTimeOffset from,
        DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(idleWindows);
        ArgumentNullException.ThrowIfNull(busy);
        if (to <= from) return 0;
        if (calendar is not null && !calendar.Covers(from, to))
            throw new ArgumentException($"The calendar timeline covers {calendar.From:O} – {calendar.To:O}, not {from:O} – {to:O}.", nameof(calendar));

        if (busy.Count == 0)
        {
            // The common case, and the one the search runs for every resource of the process: nothing is allocated.
            if (idleWindows.Count == 0) return calendar?.MinutesWithin(from, to) ?? (to - from).TotalMinutes;
            double total = 0;
            for (var i = 0; i < idleWindows.Count; i++)
            {
                var w = idleWindows[i];
                var start = w.Start > from ? w.Start : from;
                var end = w.End < to ? w.End : to;
                if (end > start) total += calendar?.MinutesWithin(start, end) ?? (end - start).TotalMinutes;
            }

            return total;
        }

        var offered = idleWindows.Count == 0 ? [new TimeWindow(from, to)] : Clip(idleWindows, from, to);
        var working = calendar is null ? offered : offered.SelectMany(w => calendar.Slice(w.Start, w.End)).ToList();
        return IdleCapacity.Subtract(working, busy).Sum(w => w.Minutes);
    }

    private static List<TimeWindow> Clip(IReadOnlyList<TimeWindow> windows, DateTimeOffset from, DateTimeOffset to)
    {
        var clipped = new List<TimeWindow>(windows.Count);
        foreach (var w in windows)
        {
            var start = w.Start > from ? w.Start : from;
            var end = w.End < to ? w.End : to;
            if (end > start) clipped.Add(new TimeWindow(start, end));
        }

        return clipped;
    }
}
