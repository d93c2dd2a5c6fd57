using Cofab.Core.Calendars;
using Cofab.Core.Resources;
using Cofab.Core.Validation;
using static System.FormattableString;

namespace Cofab.Core.Bookings;

/// <summary>Where a slot may lie: the site's working time and, if the owner published any, its idle windows.</summary>
public sealed record SlotAvailability(SiteCalendar? Calendar, IReadOnlyList<IdleWindow> IdleWindows);

/// <summary>
/// The rules a requested slot must satisfy, errors keyed <c>start</c> / <c>end</c>. A slot is half-open, so one booking
/// may end exactly when the next begins. Times are instants; the wall clock only matters through the site calendar.
/// </summary>
public static class BookingRules
{
    public const int MaxNoteLength = 500;
    public const int MaxReasonLength = 500;
    public const int MaxIdempotencyKeyLength = 100;

    /// <param name="availability">Null for an owner's block: owners may take any time off the market, even outside shifts.</param>
    public static IReadOnlyDictionary<string, string[]> ValidateSlot(
        DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, BookingPolicy policy, SlotAvailability? availability)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = new FieldErrors();
        var slot = TimeSpan.FromMinutes(policy.SlotMinutes);
        if (!OnGrid(start, slot)) errors.Add("start", Invariant($"Start {Show(start)} must fall on a {policy.SlotMinutes}-minute boundary (e.g. 08:00, 08:{policy.SlotMinutes % 60:00})."));
        if (!OnGrid(end, slot)) errors.Add("end", Invariant($"End {Show(end)} must fall on a {policy.SlotMinutes}-minute boundary."));
        if (end <= start)
        {
            errors.Add("end", Invariant($"End {Show(end)} must be after start {Show(start)}."));
        }
        else if (end - start > policy.MaxDuration)
        {
            errors.Add("end", Invariant($"A booking may last at most {policy.MaxDuration.TotalDays:0.##} days; this one lasts {(end - start).TotalDays:0.##}. Book several slots instead."));
        }

        if (start < now) errors.Add("start", Invariant($"Start {Show(start)} is in the past (now {Show(now)}); pick a later slot."));
        else if (start - now > policy.Horizon) errors.Add("start", Invariant($"Slots can be booked at most {policy.Horizon.TotalDays:0} days ahead."));

        if (errors.IsEmpty && availability is not null) CheckAvailability(errors, start, end, availability);
        return errors.ToDictionary();
    }

    /// <summary>The first instant in [start, end) that no span covers, or null when the spans cover all of it.</summary>
    public static DateTimeOffset? FirstUncovered(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> spans, DateTimeOffset start, DateTimeOffset end)
    {
        var reached = start;
        foreach (var (spanStart, spanEnd) in spans.OrderBy(s => s.Start))
        {
            if (spanStart > reached) break;
            if (spanEnd > reached) reached = spanEnd;
            if (reached >= end) return null;
        }
        return reached >= end ? null : reached;
    }

    private static void CheckAvailability(FieldErrors errors, DateTimeOffset start, DateTimeOffset end, SlotAvailability availability)
    {
        if (availability.Calendar is { } calendar)
        {
            var working = WorkingTime.Intervals(calendar, start, end).Select(i => (i.Start, i.End));
            if (FirstUncovered(working, start, end) is { } gap)
            {
                var zone = WorkingTime.ResolveZone(calendar.TimeZone);
                errors.Add("start", Invariant($"The site is not working at {TimeZoneInfo.ConvertTime(gap, zone):yyyy-MM-dd HH:mm} ({calendar.TimeZone}), inside your slot; book within its shifts (see the resource's calendar)."));
            }
        }

        if (availability.IdleWindows.Count > 0
            && FirstUncovered(availability.IdleWindows.Select(w => (w.Start, w.End)), start, end) is { } outside)
        {
            errors.Add("start", Invariant($"The owner offers this resource only in its published idle windows; {Show(outside)} is outside them."));
        }
    }

    /// <summary>
    /// The price of a direct booking: hours × the resource's per-hour rate, rounded to the fen. The setup charge is not
    /// added: a direct booker sets up within the hours booked. A per-hour price for <paramref name="processCode"/> wins
    /// over the general one; without a process, only a general per-hour price applies.
    /// </summary>
    public static DirectPrice? PriceDirect(IEnumerable<PriceTerm> prices, DateTimeOffset start, DateTimeOffset end, string? processCode, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var perHour = prices.Where(p => p.Model == PricingModel.PerHour && p.Rate > 0).ToList();
        var term = (processCode is null ? null : perHour.FirstOrDefault(p => p.ProcessCode == processCode))
            ?? perHour.FirstOrDefault(p => p.ProcessCode is null);
        if (term is null)
        {
            problem = perHour.Count == 0
                ? "This resource has no per-hour price, so its time cannot be booked directly; ask the owner for a quote or post an order."
                : $"This resource is priced per hour only for {string.Join(", ", perHour.Select(p => p.ProcessCode).Distinct())}; name the process you will run (processCode).";
            return null;
        }

        problem = null;
        var hours = (decimal)(end - start).TotalMinutes / 60m;
        return new DirectPrice(Math.Round(hours * term.Rate, 2, MidpointRounding.AwayFromZero), term.Currency, term.Rate, hours);
    }

    /// <summary>
    /// Who may cancel and what it costs. Owners may cancel a booker's slot only with a reason the booker sees, and the
    /// booker then pays nothing. A booker cancels free until <see cref="BookingPolicy.FreeCancellationBefore"/> ahead,
    /// then pays <see cref="BookingPolicy.LateCancellationFeePercent"/> of the price. Nothing that has started can be
    /// cancelled, except an owner's own block (the owner may release the rest of it). Order bookings follow their work order.
    /// </summary>
    public static CancellationDecision DecideCancellation(Booking booking, bool byOwner, string? reason, DateTimeOffset now, BookingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(booking);
        ArgumentNullException.ThrowIfNull(policy);
        if (booking.Status == BookingStatus.Cancelled)
            return CancellationDecision.Refuse(CancellationRefusal.AlreadyCancelled, "This booking is already cancelled.");
        if (booking.Kind == BookingKind.OrderBooking)
            return CancellationDecision.Refuse(CancellationRefusal.BelongsToWorkOrder, "This booking belongs to a work order; it is released when the work order is withdrawn or declined.");
        if (now >= booking.End)
            return CancellationDecision.Refuse(CancellationRefusal.AlreadyOver, "This booking is over; there is nothing left to cancel.");
        var ownBlock = booking.Kind == BookingKind.ProviderBlock;
        if (now >= booking.Start && !ownBlock)
            return CancellationDecision.Refuse(CancellationRefusal.AlreadyStarted, Invariant($"This booking started at {Show(booking.Start)}; a started booking cannot be cancelled."));
        if (byOwner && !ownBlock && booking.BookedByEnterpriseId != booking.OwnerEnterpriseId && string.IsNullOrWhiteSpace(reason))
            return CancellationDecision.Refuse(CancellationRefusal.ReasonRequired, "Say why you cancel this customer's booking; the customer sees the reason.");
        if (reason is { Length: > MaxReasonLength })
            return CancellationDecision.Refuse(CancellationRefusal.ReasonTooLong, $"The reason may be at most {MaxReasonLength} characters.");

        if (byOwner || booking.Price is not { } price || booking.Start - now >= policy.FreeCancellationBefore) return CancellationDecision.Allow(0m);
        return CancellationDecision.Allow(Math.Round(price * policy.LateCancellationFeePercent / 100m, 2, MidpointRounding.AwayFromZero));
    }

    private static bool OnGrid(DateTimeOffset instant, TimeSpan slot) => instant.UtcTicks % slot.Ticks == 0;

    private static string Show(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A direct booking's price: <see cref="Amount"/> = <see cref="Hours"/> × <see cref="HourlyRate"/>, rounded to 0.01.</summary>
public sealed record DirectPrice(decimal Amount, string Currency, decimal HourlyRate, decimal Hours);

public enum CancellationRefusal
{
    None,
    AlreadyCancelled,
    AlreadyOver,
    AlreadyStarted,
    BelongsToWorkOrder,
    ReasonRequired,
    ReasonTooLong,
}

/// <summary>Either a fee to charge (possibly zero) or why the booking cannot be cancelled.</summary>
public sealed record CancellationDecision(CancellationRefusal Refusal, string? Problem, decimal Fee)
{
    public bool Allowed => Refusal == CancellationRefusal.None;

    public static CancellationDecision Allow(decimal fee) => new(CancellationRefusal.None, null, fee);

    public static CancellationDecision Refuse(CancellationRefusal refusal, string problem) => new(refusal, problem, 0m);
}
