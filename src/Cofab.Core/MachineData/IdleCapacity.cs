namespace Cofab.Core.MachineData;

/// <summary>A half-open stretch of time [Start, End).</summary>
public readonly record struct TimeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public bool IsEmpty => End <= Start;

    public double Minutes => IsEmpty ? 0 : (End - Start).TotalMinutes;
}

/// <summary>
/// Keeps published idle capacity true: a window the owner offered as free is not free while the machine itself
/// reports it was busy. Matching books only what is left.
/// </summary>
public static class IdleCapacity
{
    /// <summary>
    /// The parts of <paramref name="idleWindows"/> not covered by any of <paramref name="busyIntervals"/>, in time order,
    /// with overlapping or touching idle windows joined and empty pieces dropped.
    /// </summary>
    public static IReadOnlyList<TimeWindow> Subtract(IEnumerable<TimeWindow> idleWindows, IEnumerable<TimeWindow> busyIntervals)
    {
        ArgumentNullException.ThrowIfNull(idleWindows);
        ArgumentNullException.ThrowIfNull(busyIntervals);
        var busy = Normalise(busyIntervals);
        var free = new List<TimeWindow>();
        var b = 0;
        foreach (var window in Normalise(idleWindows))
        {
            // Busy intervals ending before this window cannot touch it or any later one (both lists are sorted).
            while (b < busy.Count && busy[b].End <= window.Start)
            {
                b++;
            }

            var start = window.Start;
            for (var i = b; i < busy.Count && busy[i].Start < window.End; i++)
            {
                if (busy[i].Start > start)
                {
                    free.Add(new TimeWindow(start, busy[i].Start));
                }

                if (busy[i].End > start)
                {
                    start = busy[i].End;
                }
            }

            if (start < window.End)
            {
                free.Add(new TimeWindow(start, window.End));
            }
        }

        return free;
    }

    /// <summary>Minutes of <paramref name="windows"/> that fall inside [from, to).</summary>
    public static double MinutesWithin(IEnumerable<TimeWindow> windows, DateTimeOffset from, DateTimeOffset to) =>
        windows.Select(w => new TimeWindow(w.Start > from ? w.Start : from, w.End < to ? w.End : to)).Sum(w => w.Minutes);

    private static List<TimeWindow> Normalise(IEnumerable<TimeWindow> windows)
    {
        var merged = new List<TimeWindow>();
        foreach (var window in windows.Where(w => !w.IsEmpty).OrderBy(w => w.Start))
        {
            if (merged.Count > 0 && window.Start <= merged[^1].End)
            {
                if (window.End > merged[^1].End)
                {
                    merged[^1] = merged[^1] with { End = window.End };
                }
            }
            else
            {
                merged.Add(window);
            }
        }

        return merged;
    }
}
