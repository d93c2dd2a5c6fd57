using Cofab.Core.Calendars;
using Cofab.Platform.Features.Calendars;

namespace Cofab.Web.Components.Pages.Calendars;

/// <summary>The calendar editor's working copy; the use case validates on save and reports errors by field path.</summary>
public sealed class CalendarForm
{
    public string Name { get; set; } = "";
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public List<ShiftForm> Shifts { get; } = [];
    public List<HolidayForm> Holidays { get; } = [];
    public List<ExceptionForm> Exceptions { get; } = [];
    public Guid? Version { get; set; }

    /// <summary>A new calendar starts as the most common Chinese factory week: one day shift, Monday to Friday.</summary>
    public static CalendarForm NewWithDayShift(string shiftName)
    {
        var form = new CalendarForm();
        form.Shifts.Add(new ShiftForm { Name = shiftName, Days = WorkDays.Weekdays, Start = new TimeSpan(8, 0, 0), End = new TimeSpan(17, 0, 0) });
        return form;
    }

    public static CalendarForm From(SiteCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var form = new CalendarForm { Name = calendar.Name, TimeZone = calendar.TimeZone, Version = calendar.Version };
        form.Shifts.AddRange(calendar.Shifts.Select(s => new ShiftForm { Name = s.Name, Days = s.Days, Start = s.Start.ToTimeSpan(), End = s.End.ToTimeSpan() }));
        form.Holidays.AddRange(calendar.Holidays.Select(h => new HolidayForm { Date = h.Date.ToDateTime(TimeOnly.MinValue), Name = h.Name }));
        form.Exceptions.AddRange(calendar.Exceptions.Select(e => new ExceptionForm
        {
            Date = e.Date.ToDateTime(TimeOnly.MinValue), Kind = e.Kind, Start = e.Start.ToTimeSpan(), End = e.End.ToTimeSpan(), Reason = e.Reason,
        }));
        return form;
    }

    public CalendarInput ToInput() => new(
        Name,
        TimeZone,
        [.. Shifts.Select(s => new Shift { Name = s.Name, Days = s.Days, Start = Time(s.Start), End = Time(s.End) })],
        [.. Holidays.Select(h => new Holiday { Date = Date(h.Date), Name = h.Name })],
        [.. Exceptions.Select(e => new CalendarException { Date = Date(e.Date), Kind = e.Kind, Start = Time(e.Start), End = Time(e.End), Reason = e.Reason })],
        Version);

    // Pickers left empty mean midnight and today: the rules then name the row (e.g. "start and end are both 00:00").
    private static TimeOnly Time(TimeSpan? time) => time is { } t ? TimeOnly.FromTimeSpan(t) : TimeOnly.MinValue;

    private static DateOnly Date(DateTime? date) => DateOnly.FromDateTime(date ?? DateTime.Today);
}

public sealed class ShiftForm
{
    public string Name { get; set; } = "";
    public WorkDays Days { get; set; } = WorkDays.Weekdays;
    public TimeSpan? Start { get; set; }
    public TimeSpan? End { get; set; }
}

public sealed class HolidayForm
{
    public DateTime? Date { get; set; }
    public string Name { get; set; } = "";
}

public sealed class ExceptionForm
{
    public DateTime? Date { get; set; }
    public CalendarExceptionKind Kind { get; set; } = CalendarExceptionKind.Closed;
    public TimeSpan? Start { get; set; }
    public TimeSpan? End { get; set; }
    public string? Reason { get; set; }
}
