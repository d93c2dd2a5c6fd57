using Cofab.Core.Calendars;
using Cofab.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cofab.Web.Components.Pages.Calendars;

/// <summary>The seven days in a Chinese week's order (Monday first), and short descriptions such as "周一至周五".</summary>
public static class WeekDays
{
    public static readonly IReadOnlyList<WorkDays> InOrder =
        [WorkDays.Monday, WorkDays.Tuesday, WorkDays.Wednesday, WorkDays.Thursday, WorkDays.Friday, WorkDays.Saturday, WorkDays.Sunday];

    public static string Describe(IStringLocalizer<SharedResource> localizer, WorkDays days) => days switch
    {
        WorkDays.All => localizer["Days.EveryDay"],
        WorkDays.Weekdays => localizer["Days.MondayToFriday"],
        WorkDays.Weekdays | WorkDays.Saturday => localizer["Days.MondayToSaturday"],
        WorkDays.None => "—",
        _ => string.Join(localizer["Common.ListSeparator"], InOrder.Where(d => days.HasFlag(d)).Select(d => localizer[$"Days.Short.{d}"].Value)),
    };
}
