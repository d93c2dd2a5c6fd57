using System.Globalization;
using Cofab.Web.Components.Pages.Resources;

namespace Cofab.Web.Components.Pages.Bookings;

/// <summary>A slot typed in Beijing time, as the resource pages show times; the use case checks the grid and the shifts.</summary>
public sealed class SlotForm
{
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    /// <summary>
    /// A time typed as "2026-12-02 09:00", the same in every UI language (the browser's datetime-local picker did not
    /// round-trip reliably through MudBlazor); a text that is not a time leaves the slot incomplete, which the form says.
    /// </summary>
    public string? StartText
    {
        get => Format(Start);
        set => Start = Parse(value);
    }

    public string? EndText
    {
        get => Format(End);
        set => End = Parse(value);
    }

    public string? ProcessCode { get; set; }
    public string? Note { get; set; }

    /// <summary>Tomorrow 09:00–11:00: a slot a person adjusts rather than types from nothing.</summary>
    public static SlotForm Tomorrow(DateTimeOffset now)
    {
        var day = now.ToOffset(IdleWindowForm.PlatformOffset).Date.AddDays(1);
        return new SlotForm { Start = day.AddHours(9), End = day.AddHours(11) };
    }

    // An empty time becomes the minimum value, which the rules reject with a message at the right field.
    public DateTimeOffset StartInstant => ToInstant(Start);

    public DateTimeOffset EndInstant => ToInstant(End);

    private const string LocalFormat = "yyyy-MM-dd HH:mm";
    private static readonly string[] Accepted = [LocalFormat, "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd H:mm"];

    private static string? Format(DateTime? local) => local?.ToString(LocalFormat, CultureInfo.InvariantCulture);

    private static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text?.Trim(), Accepted, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? local : null;

    private static DateTimeOffset ToInstant(DateTime? local) => local is { } t
        ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Unspecified), IdleWindowForm.PlatformOffset)
        : DateTimeOffset.MinValue;
}
