namespace Cofab.Core.Calendars;

/// <summary>A span of working time; <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct WorkInterval(DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;
}

/// <summary>
/// Turns a site calendar into concrete working intervals. Rules, in the order they apply:
/// <list type="number">
/// <item>Each shift yields a span on every weekday it is set for; a shift whose end is not after its start runs
/// into the next day. A shift belongs to the day it starts on.</item>
/// <item>A holiday cancels the shifts that start on that date (a night shift begun the evening before still
/// runs to its end: factories count it as the previous day's shift).</item>
/// <item>ExtraWork exceptions add their span (调休 make-up days are ExtraWork).</item>
/// <item>Closed exceptions remove their span from everything above; Start == End closes the whole day.</item>
/// </list>
/// Wall-clock times are read in the calendar's time zone (Asia/Shanghai when none is set); the result is sorted,
/// merged where spans touch or overlap, and clipped to [from, to).
/// </summary>
public static class WorkingTime
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public static IReadOnlyList<WorkInterval> Intervals(SiteCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (to <= from)
        {
            return [];
        }

        var zone = ResolveZone(calendar.TimeZone);
        var holidays = calendar.Holidays.Select(h => h.Date).ToHashSet();
        var exceptionsByDate = calendar.Exceptions.ToLookup(e => e.Date);

        // Start a day early so a shift that began the evening before `from` is seen.
        var firstDay = LocalDate(from, zone).AddDays(-1);
        var lastDay = LocalDate(to, zone);

        var working = new List<WorkInterval>();
        var closed = new List<WorkInterval>();
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            if (!holidays.Contains(day))
            {
                var weekday = ToWorkDay(day.DayOfWeek);
                foreach (var shift in calendar.Shifts.Where(s => (s.Days & weekday) != 0 && s.Start != s.End))
                {
                    working.Add(Span(day, shift.Start, shift.End, zone));
                }
            }

            foreach (var exception in exceptionsByDate[day])
            {
                if (exception.Kind == CalendarExceptionKind.ExtraWork && exception.Start != exception.End)
                {
                    working.Add(Span(day, exception.Start, exception.End, zone));
                }
                else if (exception.Kind == CalendarExceptionKind.Closed)
                {
                    closed.Add(exception.Start == exception.End
                        ? new WorkInterval(ToInstant(day, TimeOnly.MinValue, zone), ToInstant(day.AddDays(1), TimeOnly.MinValue, zone))
                        : Span(day, exception.Start, exception.End, zone));
                }
            }
        }

        var result = new List<WorkInterval>();
        foreach (var interval in Subtract(Merge(working), Merge(closed)))
        {
            var start = interval.Start > from ? interval.Start : from;
            var end = interval.End < to ? interval.End : to;
            if (end > start)
            {
                result.Add(new WorkInterval(start.ToOffset(zone.GetUtcOffset(start)), end.ToOffset(zone.GetUtcOffset(end))));
            }
        }

        return result;
    }

    /// <summary>The total working time in [from, to).</summary>
    public static TimeSpan Total(SiteCalendar calendar, DateTimeOffset from, DateTimeOffset to) =>
        Intervals(calendar, from, to).Aggregate(TimeSpan.Zero, (sum, i) => sum + i.Duration);

    public static TimeZoneInfo ResolveZone(string? timeZone)
    {
        var id = string.IsNullOrWhiteSpace(timeZone) ? DefaultTimeZone : timeZone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : throw new ArgumentException($"Unknown time zone '{id}'; use an IANA id such as {DefaultTimeZone}.", nameof(timeZone));
    }

    public static WorkDays ToWorkDay(DayOfWeek day) =>
        day == DayOfWeek.Sunday ? WorkDays.Sunday : (WorkDays)(1 << ((int)day - 1));

    private static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static WorkInterval Span(DateOnly day, TimeOnly start, TimeOnly end, TimeZoneInfo zone) =>
        new(ToInstant(day, start, zone), ToInstant(end > start ? day : day.AddDays(1), end, zone));

    private static DateTimeOffset ToInstant(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);

        // A wall-clock time inside a spring-forward gap does not exist; work starts when the clock resumes.
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 96; guard++)
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static List<WorkInterval> Merge(List<WorkInterval> intervals)
    {
        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<WorkInterval>(intervals.Count);
        foreach (var interval in intervals.Where(i => i.End > i.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = interval.End > last.End ? interval.End : last.End };
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    /// <summary>Both lists sorted and merged; walks them together so the cost stays linear.</summary>
    private static List<WorkInterval> Subtract(List<WorkInterval> working, List<WorkInterval> closed)
    {
        var result = new List<WorkInterval>(working.Count);
        var c = 0;
        foreach (var interval in working)
        {
            var start = interval.Start;
            while (c < closed.Count && closed[c].End <= start)
            {
                c++;
            }

            for (var k = c; k < closed.Count && closed[k].Start < interval.End; k++)
            {
                if (closed[k].Start > start)
                {
                    result.Add(new WorkInterval(start, closed[k].Start));
                }

                if (closed[k].End > start)
                {
                    start = closed[k].End;
                }
            }

            if (start < interval.End)
            {
                result.Add(new WorkInterval(start, interval.End));
            }
        }

        return result;
    }
}
