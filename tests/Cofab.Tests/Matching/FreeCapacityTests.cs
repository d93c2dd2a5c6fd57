using Cofab.Core.Calendars;
using Cofab.Core.MachineData;
using Cofab.Core.Matching;

namespace Cofab.Tests.Matching;

public sealed class FreeCapacityTests
{
    // Monday 2026-11-30, Asia/Shanghai: one day shift 08:00–16:00 on weekdays is 8 h a day, 00:00–08:00 UTC.
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(8));

    private static SiteCalendar DayShift() => new()
    {
        Name = "Beilun",
        Shifts = [new Shift { Name = "白班", Days = WorkDays.Weekdays, Start = new TimeOnly(8, 0), End = new TimeOnly(16, 0) }],
    };

    private static WorkingTimeline Timeline() => new(DayShift(), Monday.AddDays(-1), Monday.AddDays(30));

    [Fact]
    public void The_timeline_counts_the_same_working_minutes_as_the_calendar()
    {
        var timeline = Timeline();
        var from = Monday.AddHours(10);
        var to = Monday.AddDays(9).AddHours(3);
        Assert.Equal(WorkingTime.Total(DayShift(), from, to).TotalMinutes, timeline.MinutesWithin(from, to), 6);
        Assert.Equal(7 * 8 * 60 - 120, timeline.MinutesWithin(from, to), 6); // Monday from 10:00, then six more weekdays
    }

    [Fact]
    public void A_week_of_day_shifts_without_bookings_is_forty_hours()
    {
        Assert.Equal(40 * 60, FreeCapacity.Minutes(Timeline(), [], [], Monday, Monday.AddDays(7)));
    }

    [Fact]
    public void Idle_windows_keep_only_the_working_time_inside_them()
    {
        // Tuesday 12:00 to Wednesday 12:00: four hours of each day shift.
        var idle = new[] { new TimeWindow(Monday.AddDays(1).AddHours(12), Monday.AddDays(2).AddHours(12)) };
        Assert.Equal(8 * 60, FreeCapacity.Minutes(Timeline(), idle, [], Monday, Monday.AddDays(7)));
    }

    [Fact]
    public void Bookings_are_taken_out_of_working_time_only()
    {
        // Booked Monday 14:00 to Tuesday 10:00: two working hours Monday and two Tuesday; the night was not working time.
        var busy = new[] { new TimeWindow(Monday.AddHours(14), Monday.AddDays(1).AddHours(10)) };
        Assert.Equal((40 - 4) * 60, FreeCapacity.Minutes(Timeline(), [], busy, Monday, Monday.AddDays(7)));
    }

    [Fact]
    public void Without_a_calendar_every_hour_of_the_idle_windows_counts_minus_bookings()
    {
        var idle = new[] { new TimeWindow(Monday, Monday.AddDays(1)) };
        var busy = new[] { new TimeWindow(Monday.AddHours(-2), Monday.AddHours(3)) };
        Assert.Equal(21 * 60, FreeCapacity.Minutes(null, idle, busy, Monday.AddHours(-5), Monday.AddDays(3)));
    }

    [Fact]
    public void A_timeline_refuses_a_period_it_was_not_expanded_for()
    {
        Assert.Throws<ArgumentException>(() => FreeCapacity.Minutes(Timeline(), [], [], Monday, Monday.AddDays(60)));
    }
}
