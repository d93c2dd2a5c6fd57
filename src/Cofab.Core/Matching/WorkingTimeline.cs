using Cofab.Core.Calendars;
using Cofab.Core.MachineData;

namespace Cofab.Core.Matching;

/// <summary>
/// A site calendar's working intervals over a fixed horizon, with running totals, so "working minutes between two
/// instants" costs two binary searches instead of expanding the calendar again for every search and resource.
/// </summary>
public sealed class WorkingTimeline
{
    private readonly long[] _starts;
    private readonly long[] _ends;
    private readonly double[] _minutesBefore; // working minutes of all intervals before index i

    public WorkingTimeline(SiteCalendar calendar, DateTimeOffset from, DateTimeOffset to)
        : this(WorkingTime.Intervals(calendar, from, to), from, to)
    {
    }

    public WorkingTimeline(IReadOnlyList<WorkInterval> intervals, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        From = from;
        To = to;
        _starts = intervals.Select(i => i.Start.UtcTicks).ToArray();
        _ends = intervals.Select(i => i.End.UtcTicks).ToArray();
        _minutesBefore = new double[intervals.Count + 1];
        for (var i = 0; i < intervals.Count; i++) _minutesBefore[i + 1] = _minutesBefore[i] + intervals[i].Duration.TotalMinutes;
    }

    /// <summary>The horizon the timeline was expanded for; asking outside it is a bug of the caller.</summary>
    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    public bool Covers(DateTimeOffset from, DateTimeOffset to) => from >= From && to <= To;

    /// <summary>Working minutes in [from, to).</summary>
    public double MinutesWithin(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from) return 0;
        return MinutesBefore(to.UtcTicks) - MinutesBefore(from.UtcTicks);
    }

    /// <summary>The working intervals in [from, to), clipped.</summary>
    public List<TimeWindow> Slice(DateTimeOffset from, DateTimeOffset to)
    {
        var result = new List<TimeWindow>();
        if (to <= from) return result;
        for (var i = FirstEndingAfter(from.UtcTicks); i < _starts.Length && _starts[i] < to.UtcTicks; i++)
        {
            var start = Math.Max(_starts[i], from.UtcTicks);
            var end = Math.Min(_ends[i], to.UtcTicks);
            if (end > start) result.Add(new TimeWindow(new DateTimeOffset(start, TimeSpan.Zero), new DateTimeOffset(end, TimeSpan.Zero)));
        }

        return result;
    }

    private double MinutesBefore(long ticks)
    {
        var i = FirstEndingAfter(ticks);
        var total = _minutesBefore[i];
        if (i < _starts.Length && _starts[i] < ticks) total += TimeSpan.FromTicks(ticks - _starts[i]).TotalMinutes;
        return total;
    }

    /// <summary>Index of the first interval whose end is after <paramref name="ticks"/> (intervals are sorted and disjoint).</summary>
    private int FirstEndingAfter(long ticks)
    {
        int lo = 0, hi = _ends.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_ends[mid] <= ticks) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
