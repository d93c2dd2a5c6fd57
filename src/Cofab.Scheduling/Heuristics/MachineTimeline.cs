using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Heuristics;

/// <summary>The busy intervals of one machine (calendar blocks and placed operations), kept sorted, with earliest-fit search.</summary>
internal sealed class MachineTimeline
{
    private readonly List<TimeWindow> _busy;

    public MachineTimeline(IEnumerable<TimeWindow> unavailable) =>
        _busy = unavailable.Where(w => w.Length > 0).OrderBy(w => w.Start).ToList();

    /// <summary>The earliest start ≥ <paramref name="notBefore"/> at which <paramref name="length"/> fits between busy intervals.</summary>
    public long EarliestFit(long notBefore, long length)
    {
        if (length == 0)
        {
            return notBefore;
        }

        var t = notBefore;
        for (var i = FirstEndingAfter(t); i < _busy.Count; i++)
        {
            var b = _busy[i];
            if (t + length <= b.Start)
            {
                return t;
            }

            t = Math.Max(t, b.End);
        }

        return t;
    }

    public void Reserve(long start, long length)
    {
        if (length == 0)
        {
            return;
        }

        var w = new TimeWindow(start, start + length);
        var i = FirstEndingAfter(start);
        while (i < _busy.Count && _busy[i].Start < w.Start)
        {
            i++;
        }

        _busy.Insert(i, w);
    }

    /// <summary>Binary search: intervals ending at or before <paramref name="t"/> cannot block a start at t.</summary>
    private int FirstEndingAfter(long t)
    {
        // Busy intervals never overlap, so sorted by start means sorted by end too.
        int lo = 0, hi = _busy.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_busy[mid].End <= t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
