namespace Cofab.Core.Calendars;

/// <summary>The working time of a site: weekly shifts, holidays and dated exceptions, in the site's time zone.</summary>
public sealed class SiteCalendar
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public required string Name { get; set; }
    public string TimeZone { get; set; } = "Asia/Shanghai";
    public List<Shift> Shifts { get; set; } = [];
    public List<Holiday> Holidays { get; set; } = [];
    public List<CalendarException> Exceptions { get; set; } = [];

    /// <summary>Optimistic concurrency token, renewed on every update.</summary>
    public Guid Version { get; set; }
}

/// <summary>A weekly shift. <see cref="End"/> earlier than <see cref="Start"/> means the shift runs past midnight.</summary>
public sealed class Shift
{
    public required string Name { get; set; }
    public WorkDays Days { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
}

[Flags]
public enum WorkDays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
    All = Weekdays | Saturday | Sunday,
}

/// <summary>A whole day without work (e.g. 国庆节).</summary>
public sealed class Holiday
{
    public DateOnly Date { get; set; }
    public required string Name { get; set; }
}

/// <summary>A dated change to the weekly pattern: a closure, or extra working time (调休 make-up days).</summary>
public sealed class CalendarException
{
    public DateOnly Date { get; set; }
    public CalendarExceptionKind Kind { get; set; }
    public TimeOnly Start { get; set; }
    public TimeOnly End { get; set; }
    public string? Reason { get; set; }
}

public enum CalendarExceptionKind
{
    Closed = 0,
    ExtraWork = 1,
}
