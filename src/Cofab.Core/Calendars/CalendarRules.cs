using Cofab.Core.Validation;
using static System.FormattableString;

namespace Cofab.Core.Calendars;

/// <summary>The rules a site calendar must satisfy; errors keyed by JSON-style paths like <c>shifts[0].end</c>.</summary>
public static class CalendarRules
{
    public const int MaxNameLength = 200;
    public const int MaxShiftNameLength = 100;
    public const int MaxHolidayNameLength = 100;
    public const int MaxReasonLength = 200;

    public static IReadOnlyDictionary<string, string[]> Validate(SiteCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var errors = new FieldErrors();

        if (string.IsNullOrWhiteSpace(calendar.Name))
        {
            errors.Add("name", "Name is required.");
        }
        else if (calendar.Name.Length > MaxNameLength)
        {
            errors.Add("name", $"Name must be at most {MaxNameLength} characters; it has {calendar.Name.Length}.");
        }

        if (string.IsNullOrWhiteSpace(calendar.TimeZone))
        {
            errors.Add("timeZone", "Time zone is required, e.g. Asia/Shanghai.");
        }
        else if (!TimeZoneInfo.TryFindSystemTimeZoneById(calendar.TimeZone, out _))
        {
            errors.Add("timeZone", $"Unknown time zone '{calendar.TimeZone}'; use an IANA id such as Asia/Shanghai (or a Windows id such as China Standard Time).");
        }

        if (calendar.Shifts.Count == 0)
        {
            errors.Add("shifts", "A calendar needs at least one shift, e.g. 08:00–16:00 Monday to Friday.");
        }

        for (var i = 0; i < calendar.Shifts.Count; i++)
        {
            ValidateShift(errors, $"shifts[{i}]", calendar.Shifts[i]);
        }

        var firstByDate = new Dictionary<DateOnly, int>();
        for (var i = 0; i < calendar.Holidays.Count; i++)
        {
            var holiday = calendar.Holidays[i];
            if (string.IsNullOrWhiteSpace(holiday.Name))
            {
                errors.Add($"holidays[{i}].name", "Holiday name is required, e.g. 国庆节.");
            }
            else if (holiday.Name.Length > MaxHolidayNameLength)
            {
                errors.Add($"holidays[{i}].name", $"Holiday name must be at most {MaxHolidayNameLength} characters; it has {holiday.Name.Length}.");
            }

            if (!firstByDate.TryAdd(holiday.Date, i))
            {
                errors.Add($"holidays[{i}].date", Invariant($"{holiday.Date:yyyy-MM-dd} is already listed as holiday {firstByDate[holiday.Date] + 1}; each date may appear once."));
            }
        }

        for (var i = 0; i < calendar.Exceptions.Count; i++)
        {
            var exception = calendar.Exceptions[i];
            if (!Enum.IsDefined(exception.Kind))
            {
                errors.Add($"exceptions[{i}].kind", $"'{exception.Kind}' is not a known exception kind; use Closed or ExtraWork.");
            }
            else if (exception.Kind == CalendarExceptionKind.ExtraWork && exception.Start == exception.End)
            {
                errors.Add($"exceptions[{i}].end", Invariant($"Extra work on {exception.Date:yyyy-MM-dd} needs different start and end times (e.g. 08:00–16:00)."));
            }

            if (exception.Reason is { Length: > MaxReasonLength })
            {
                errors.Add($"exceptions[{i}].reason", $"The reason may be at most {MaxReasonLength} characters; it has {exception.Reason.Length}.");
            }
        }

        return errors.ToDictionary();
    }

    private static void ValidateShift(FieldErrors errors, string path, Shift shift)
    {
        if (string.IsNullOrWhiteSpace(shift.Name))
        {
            errors.Add($"{path}.name", "Shift name is required, e.g. Day shift / 白班.");
        }
        else if (shift.Name.Length > MaxShiftNameLength)
        {
            errors.Add($"{path}.name", $"Shift name must be at most {MaxShiftNameLength} characters; it has {shift.Name.Length}.");
        }

        if ((shift.Days & ~WorkDays.All) != 0)
        {
            errors.Add($"{path}.days", $"Days contain an unknown value ({(int)shift.Days}); use Monday to Sunday.");
        }
        else if (shift.Days == WorkDays.None)
        {
            errors.Add($"{path}.days", "A shift must run on at least one day of the week.");
        }

        if (shift.Start == shift.End)
        {
            errors.Add($"{path}.end", Invariant($"Start and end are both {shift.Start:HH\\:mm}; a shift needs a length. An end earlier than the start runs past midnight."));
        }
    }
}
