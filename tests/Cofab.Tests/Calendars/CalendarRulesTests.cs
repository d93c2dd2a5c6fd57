using Cofab.Core.Calendars;
using Xunit;

namespace Cofab.Tests.Calendars;

public sealed class CalendarRulesTests
{
    private static SiteCalendar TwoShifts() => new()
    {
        Name = "Beilun plant",
        Shifts =
        [
            new Shift { Name = "白班", Days = WorkDays.Weekdays | WorkDays.Saturday, Start = new TimeOnly(8, 0), End = new TimeOnly(16, 0) },
            new Shift { Name = "中班", Days = WorkDays.Weekdays | WorkDays.Saturday, Start = new TimeOnly(16, 0), End = new TimeOnly(0, 0) },
        ],
        Holidays = [new Holiday { Date = new DateOnly(2026, 10, 1), Name = "国庆节" }],
        Exceptions = [new CalendarException { Date = new DateOnly(2026, 10, 10), Kind = CalendarExceptionKind.ExtraWork, Start = new TimeOnly(8, 0), End = new TimeOnly(16, 0) }],
    };

    [Fact]
    public void Validate_accepts_a_two_shift_calendar()
    {
        Assert.Empty(CalendarRules.Validate(TwoShifts()));
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("China Standard Time")]
    [InlineData("Europe/Berlin")]
    public void Validate_accepts_iana_and_windows_time_zones(string zone)
    {
        var calendar = TwoShifts();
        calendar.TimeZone = zone;
        Assert.Empty(CalendarRules.Validate(calendar));
    }

    [Fact]
    public void Validate_rejects_unknown_time_zone()
    {
        var calendar = TwoShifts();
        calendar.TimeZone = "Asia/Ningbo";
        Assert.Contains("Unknown time zone 'Asia/Ningbo'", Assert.Single(CalendarRules.Validate(calendar)["timeZone"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_requires_name_and_shift_names()
    {
        var calendar = TwoShifts();
        calendar.Name = " ";
        calendar.Shifts[1].Name = "";
        var errors = CalendarRules.Validate(calendar);
        Assert.Contains("name", errors.Keys);
        Assert.Contains("shifts[1].name", errors.Keys);
    }

    [Fact]
    public void Validate_requires_at_least_one_shift_with_at_least_one_day()
    {
        var empty = TwoShifts();
        empty.Shifts.Clear();
        Assert.Contains("shifts", CalendarRules.Validate(empty).Keys);

        var noDays = TwoShifts();
        noDays.Shifts[0].Days = WorkDays.None;
        Assert.Contains("at least one day", Assert.Single(CalendarRules.Validate(noDays)["shifts[0].days"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_shift_without_length()
    {
        var calendar = TwoShifts();
        calendar.Shifts[0].End = calendar.Shifts[0].Start;
        Assert.Contains("both 08:00", Assert.Single(CalendarRules.Validate(calendar)["shifts[0].end"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_duplicate_holiday_dates()
    {
        var calendar = TwoShifts();
        calendar.Holidays.Add(new Holiday { Date = new DateOnly(2026, 10, 1), Name = "National Day" });
        Assert.Contains("2026-10-01 is already listed as holiday 1", Assert.Single(CalendarRules.Validate(calendar)["holidays[1].date"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_extra_work_without_hours_but_allows_whole_day_closure()
    {
        var calendar = TwoShifts();
        calendar.Exceptions[0].End = calendar.Exceptions[0].Start;
        calendar.Exceptions.Add(new CalendarException { Date = new DateOnly(2026, 11, 2), Kind = CalendarExceptionKind.Closed });
        var errors = CalendarRules.Validate(calendar);
        Assert.Equal(["exceptions[0].end"], errors.Keys);
    }
}
