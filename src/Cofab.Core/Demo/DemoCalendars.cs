using Cofab.Core.Calendars;

namespace Cofab.Core.Demo;

internal enum DemoShiftPattern
{
    /// <summary>白班 08:00–16:00 and 中班 16:00–24:00, Monday to Saturday: the usual job-shop week.</summary>
    TwoShifts,

    /// <summary>Round the clock, every day: furnaces, die casting and dye houses that are costly to stop.</summary>
    ThreeShifts,

    /// <summary>08:30–17:30 Monday to Friday: labs, software and service firms.</summary>
    OfficeHours,
}

/// <summary>Site calendars with the public holidays of mainland China and their 调休 make-up working days.</summary>
internal static class DemoCalendars
{
    private sealed record HolidayRange(DateOnly First, DateOnly Last, string Name);

    /// <summary>
    /// The State Council holiday schedules (国务院办公厅关于部分节假日安排的通知) of the years the demo knows.
    /// Other years fall back to the fixed-date holidays, without the lunar ones or make-up days.
    /// </summary>
    private static readonly Dictionary<int, (HolidayRange[] Holidays, DateOnly[] MakeUpDays)> Schedules = new()
    {
        [2025] = (
        [
            new(new(2025, 1, 1), new(2025, 1, 1), "元旦"),
            new(new(2025, 1, 28), new(2025, 2, 4), "春节"),
            new(new(2025, 4, 4), new(2025, 4, 6), "清明节"),
            new(new(2025, 5, 1), new(2025, 5, 5), "劳动节"),
            new(new(2025, 5, 31), new(2025, 6, 2), "端午节"),
            new(new(2025, 10, 1), new(2025, 10, 8), "国庆节、中秋节"),
        ],
        [new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11)]),
        [2026] = (
        [
            new(new(2026, 1, 1), new(2026, 1, 3), "元旦"),
            new(new(2026, 2, 15), new(2026, 2, 23), "春节"),
            new(new(2026, 4, 4), new(2026, 4, 6), "清明节"),
            new(new(2026, 5, 1), new(2026, 5, 5), "劳动节"),
            new(new(2026, 6, 19), new(2026, 6, 21), "端午节"),
            new(new(2026, 9, 25), new(2026, 9, 27), "中秋节"),
            new(new(2026, 10, 1), new(2026, 10, 7), "国庆节"),
        ],
        [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)]),
    };

    public static IReadOnlyList<Holiday> HolidaysOf(int year)
    {
        var ranges = Schedules.TryGetValue(year, out var schedule)
            ? schedule.Holidays
            :
            [
                new(new(year, 1, 1), new(year, 1, 1), "元旦"),
                new(new(year, 5, 1), new(year, 5, 5), "劳动节"),
                new(new(year, 10, 1), new(year, 10, 7), "国庆节"),
            ];

        var holidays = new List<Holiday>();
        foreach (var range in ranges)
        {
            for (var day = range.First; day <= range.Last; day = day.AddDays(1))
            {
                holidays.Add(new Holiday { Date = day, Name = range.Name });
            }
        }

        return holidays;
    }

    public static IReadOnlyList<DateOnly> MakeUpDaysOf(int year) =>
        Schedules.TryGetValue(year, out var schedule) ? schedule.MakeUpDays : [];

    public static IReadOnlyList<Shift> ShiftsOf(DemoShiftPattern pattern)
    {
        var week = WorkDays.Weekdays | WorkDays.Saturday;
        return pattern switch
        {
            DemoShiftPattern.ThreeShifts =>
            [
                new Shift { Name = "早班 Early", Days = WorkDays.All, Start = new(0, 0), End = new(8, 0) },
                new Shift { Name = "白班 Day", Days = WorkDays.All, Start = new(8, 0), End = new(16, 0) },
                new Shift { Name = "中班 Late", Days = WorkDays.All, Start = new(16, 0), End = new(0, 0) },
            ],
            DemoShiftPattern.OfficeHours =>
            [
                new Shift { Name = "白班 Day", Days = WorkDays.Weekdays, Start = new(8, 30), End = new(17, 30) },
            ],
            _ =>
            [
                new Shift { Name = "白班 Day", Days = week, Start = new(8, 0), End = new(16, 0) },
                new Shift { Name = "中班 Late", Days = week, Start = new(16, 0), End = new(0, 0) },
            ],
        };
    }

    public static string NameOf(DemoShiftPattern pattern) => pattern switch
    {
        DemoShiftPattern.ThreeShifts => "三班连续生产 Three shifts, every day",
        DemoShiftPattern.OfficeHours => "常日班 Office hours, Mon–Fri",
        _ => "两班制 Two shifts, Mon–Sat",
    };

    /// <summary>
    /// A site calendar for the given years. Make-up days become ExtraWork for each shift that would not run on that
    /// weekday anyway, so a Sunday make-up day works like a normal day.
    /// </summary>
    public static SiteCalendar Create(Guid id, Guid enterpriseId, Guid version, DemoShiftPattern pattern, IEnumerable<int> years)
    {
        var shifts = ShiftsOf(pattern);
        var calendar = new SiteCalendar
        {
            Id = id,
            EnterpriseId = enterpriseId,
            Name = NameOf(pattern),
            TimeZone = "Asia/Shanghai",
            Shifts = [.. shifts],
            Version = version,
        };

        foreach (var year in years.Distinct().Order())
        {
            calendar.Holidays.AddRange(HolidaysOf(year));
            foreach (var day in MakeUpDaysOf(year))
            {
                var weekday = WorkingTime.ToWorkDay(day.DayOfWeek);
                foreach (var shift in shifts.Where(s => (s.Days & weekday) == 0))
                {
                    calendar.Exceptions.Add(new CalendarException
                    {
                        Date = day,
                        Kind = CalendarExceptionKind.ExtraWork,
                        Start = shift.Start,
                        End = shift.End,
                        Reason = "调休上班 make-up working day",
                    });
                }
            }
        }

        return calendar;
    }
}
