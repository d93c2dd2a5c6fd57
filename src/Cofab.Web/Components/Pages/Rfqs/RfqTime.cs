using System.Globalization;

namespace Cofab.Web.Components.Pages.Rfqs;

/// <summary>
/// RFQ deadlines are picked as a day and close at its end in China Standard Time, the platform's region; they are shown
/// in that time too, whatever the server's zone.
/// </summary>
public static class RfqTime
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static string Minute(DateTimeOffset instant) => instant.ToOffset(ChinaOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset instant) => instant.ToOffset(ChinaOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last second of <paramref name="day"/> in China Standard Time.</summary>
    public static DateTimeOffset EndOf(DateTime day) => new(day.Date.AddDays(1).AddSeconds(-1), ChinaOffset);
}
