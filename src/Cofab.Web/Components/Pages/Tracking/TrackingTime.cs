using System.Globalization;
using Cofab.Web.Components.Pages.Resources;
using Cofab.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cofab.Web.Components.Pages.Tracking;

/// <summary>Instants and spans as the tracking page shows them: platform time, and minutes as days, hours and minutes.</summary>
internal static class TrackingTime
{
    public static string Local(DateTimeOffset at) => at.ToOffset(IdleWindowForm.PlatformOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.CurrentCulture);

    public static string Span(IStringLocalizer<SharedResource> l, long minutes)
    {
        var span = TimeSpan.FromMinutes(Math.Max(0, minutes));
        return l["Tracking.Duration", (int)span.TotalDays, span.Hours, span.Minutes];
    }
}
