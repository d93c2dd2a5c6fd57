using Cofab.Core.Calendars;
using Xunit;

namespace Cofab.Tests.Calendars;

public sealed class WorkingTimeTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int month, int day, int hour = 0, int minute = 0) => new(2026, month, day, hour, minute, 0, China);

    private static SiteCalendar Calendar(params Shift[] shifts) => new() { Name = "Test", Shifts = [.. shifts] };

    private static Shift Shift(WorkDays days, int startHour, int endHour) =>
        new() { Name = "shift", Days = days, Start = new TimeOnly(startHour, 0), End = new TimeOnly(endHour % 24, 0) };

    [Fact]
    public void Two_adjacent_shifts_merge_into_one_interval_per_day()
    {
        var calendar = Calendar(Shift(WorkDays.Weekdays, 8, 16), Shift(WorkDays.Weekdays, 16, 24));

        // 2026-11-30 is a Monday.
        var intervals = WorkingTime.Intervals(calendar, At(11, 30), At(12, 2));

        Assert.Equal([new WorkInterval(At(11, 30, 8), At(12, 1)), new WorkInterval(At(12, 1, 8), At(12, 2))], intervals);
    }

    [Fact]
    public void Night_shift_runs_over_midnight_and_is_seen_from_the_next_morning()
    {
        var calendar = Calendar(Shift(WorkDays.Monday, 22, 6));

        Assert.Equal([new WorkInterval(At(11, 30, 22), At(12, 1, 6))], WorkingTime.Intervals(calendar, At(11, 30), At(12, 7)));
        Assert.Equal([new WorkInterval(At(12, 1, 0), At(12, 1, 6))], WorkingTime.Intervals(calendar, At(12, 1), At(12, 1, 12)));
    }

    [Fact]
    public void Holiday_removes_the_shifts_of_that_day()
    {
        var calendar = Calendar(Shift(WorkDays.Weekdays, 8, 16));
        calendar.Holidays.Add(new Holiday { Date = new DateOnly(2026, 10, 1), Name = "国庆节" });

        // Wednesday 30 Sep works, Thursday 1 Oct is the holiday, Friday 2 Oct works.
        var intervals = WorkingTime.Intervals(calendar, At(9, 30), At(10, 3));

        Assert.Equal([new WorkInterval(At(9, 30, 8), At(9, 30, 16)), new WorkInterval(At(10, 2, 8), At(10, 2, 16))], intervals);
    }

    [Fact]
    public void Make_up_working_saturday_adds_its_hours()
    {
        // 调休: Saturday 10 October 2026 is a working day after the National Day week.
        var calendar = Calendar(Shift(WorkDays.Weekdays, 8, 16));
        calendar.Exceptions.Add(new CalendarException
        {
            Date = new DateOnly(2026, 10, 10), Kind = CalendarExceptionKind.ExtraWork,
            Start = new TimeOnly(8, 0), End = new TimeOnly(16, 0), Reason = "国庆调休",
        });

        Assert.Equal([new WorkInterval(At(10, 10, 8), At(10, 10, 16))], WorkingTime.Intervals(calendar, At(10, 10), At(10, 12)));
    }

    [Fact]
    public void Closed_exception_removes_part_of_a_shift()
    {
        var calendar = Calendar(Shift(WorkDays.Weekdays, 8, 16));
        calendar.Exceptions.Add(new CalendarException
        {
            Date = new DateOnly(2026, 12, 1), Kind = CalendarExceptionKind.Closed,
            Start = new TimeOnly(10, 0), End = new TimeOnly(12, 30), Reason = "power cut",
        });

        var intervals = WorkingTime.Intervals(calendar, At(12, 1), At(12, 2));

        Assert.Equal([new WorkInterval(At(12, 1, 8), At(12, 1, 10)), new WorkInterval(At(12, 1, 12, 30), At(12, 1, 16))], intervals);
    }

    [Fact]
    public void Closed_exception_without_hours_closes_the_whole_day()
    {
        var calendar = Calendar(Shift(WorkDays.All, 8, 16));
        calendar.Exceptions.Add(new CalendarException { Date = new DateOnly(2026, 12, 1), Kind = CalendarExceptionKind.Closed });

        Assert.Empty(WorkingTime.Intervals(calendar, At(12, 1), At(12, 2)));
        Assert.Equal(TimeSpan.FromHours(16), WorkingTime.Total(calendar, At(11, 30), At(12, 3)));
    }

    [Fact]
    public void Result_is_clipped_to_the_requested_range()
    {
        var calendar = Calendar(Shift(WorkDays.Weekdays, 8, 16));

        Assert.Equal([new WorkInterval(At(12, 1, 9, 30), At(12, 1, 11))], WorkingTime.Intervals(calendar, At(12, 1, 9, 30), At(12, 1, 11)));
        Assert.Empty(WorkingTime.Intervals(calendar, At(12, 1, 11), At(12, 1, 9)));
    }

    [Fact]
    public void Wall_clock_hours_follow_the_calendar_time_zone()
    {
        var calendar = Calendar(Shift(WorkDays.Weekdays, 8, 16));
        calendar.TimeZone = "Europe/Berlin";

        // Tuesday 2026-12-01, 08:00 in Berlin (UTC+1) is 15:00 in Shanghai.
        var interval = Assert.Single(WorkingTime.Intervals(calendar, At(12, 1, 12), At(12, 2, 6)));

        Assert.Equal(At(12, 1, 15), interval.Start);
        Assert.Equal(TimeSpan.FromHours(1), interval.Start.Offset);
    }

    [Fact]
    public void Week_of_two_shifts_with_saturday_totals_ninety_six_hours()
    {
        var days = WorkDays.Weekdays | WorkDays.Saturday;
        var calendar = Calendar(Shift(days, 8, 16), Shift(days, 16, 24));

        Assert.Equal(TimeSpan.FromHours(96), WorkingTime.Total(calendar, At(11, 30), At(12, 7)));
    }
}
