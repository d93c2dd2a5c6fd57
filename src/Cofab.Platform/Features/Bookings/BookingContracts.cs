using Cofab.Core.Bookings;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;

namespace Cofab.Platform.Features.Bookings;

/// <summary>A direct booking request; <see cref="ProcessCode"/> picks a process-specific per-hour price if the owner set one.</summary>
public sealed record BookSlotInput(DateTimeOffset Start, DateTimeOffset End, string? Note = null, string? ProcessCode = null);

public sealed record BlockTimeInput(DateTimeOffset Start, DateTimeOffset End, string? Note = null);

public sealed record CancelBookingInput(string? Reason = null);

/// <summary>A booking as its booker and the resource's owner see it.</summary>
public sealed record BookingView(
    Guid Id,
    Guid ResourceId,
    string ResourceName,
    Guid OwnerEnterpriseId,
    Guid BookedByEnterpriseId,
    BookingKind Kind,
    BookingStatus Status,
    DateTimeOffset Start,
    DateTimeOffset End,
    Guid? WorkOrderId,
    decimal? Price,
    string? Currency,
    string? Note,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CancelledAt,
    string? CancellationReason,
    decimal? CancellationFee,
    Guid Version);

/// <summary>A busy span on a resource's calendar, with nothing about who booked it.</summary>
public sealed record BusySpan(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// A resource's calendar for a period: everyone who may see the resource gets the busy spans; only its owner (and the
/// operator) also gets the bookings behind them.
/// </summary>
public sealed record ResourceBookingsView(Guid ResourceId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<BusySpan> Busy, IReadOnlyList<BookingView>? Bookings);

/// <summary>The booking, and whether it was made earlier under the same Idempotency-Key (then nothing new was created).</summary>
public sealed record BookingOutcome(BookingView Booking, bool Replayed);

/// <summary>A booking with the name of its resource, as every view shows it.</summary>
internal sealed class BookingRow
{
    public required Booking Booking { get; init; }
    public required string ResourceName { get; init; }
}

internal static class BookingViews
{
    /// <summary>A new active booking of <paramref name="resource"/> for the caller's enterprise, instants in UTC.</summary>
    public static Booking NewActive(Resource resource, Caller caller, BookingKind kind, DateTimeOffset start, DateTimeOffset end, string? note, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ResourceId = resource.Id,
        OwnerEnterpriseId = resource.EnterpriseId,
        BookedByEnterpriseId = kind == BookingKind.ProviderBlock ? resource.EnterpriseId : caller.EnterpriseId,
        BookedByUserId = caller.UserId,
        Kind = kind,
        Status = BookingStatus.Active,
        Start = start.ToUniversalTime(),
        End = end.ToUniversalTime(),
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        CreatedAt = now,
        Version = Guid.NewGuid(),
    };

    public static Failure? CheckNote(string? note) => note is { Length: > BookingRules.MaxNoteLength }
        ? Failure.Invalid("note", $"The note may be at most {BookingRules.MaxNoteLength} characters.")
        : null;

    /// <summary>Bookings joined to their resource's name.</summary>
    public static IQueryable<BookingRow> WithResourceName(this IQueryable<Booking> bookings, AppDbContext db) =>
        from b in bookings
        join r in db.Resources on b.ResourceId equals r.Id
        select new BookingRow { Booking = b, ResourceName = r.Name };

    public static BookingView ToView(BookingRow row) => ToView(row.Booking, row.ResourceName);

    public static BookingView ToView(Booking b, string resourceName) => new(
        b.Id, b.ResourceId, resourceName, b.OwnerEnterpriseId, b.BookedByEnterpriseId, b.Kind, b.Status, b.Start, b.End, b.WorkOrderId,
        b.Price, b.Currency, b.Note, b.CreatedAt, b.CancelledAt, b.CancellationReason, b.CancellationFee, b.Version);

    /// <summary>The ledger payload of a booking event: enough to prove who held which machine when, at what price.</summary>
    public static object LedgerPayload(Booking b) => new
    {
        bookingId = b.Id,
        resourceId = b.ResourceId,
        ownerEnterpriseId = b.OwnerEnterpriseId,
        bookedByEnterpriseId = b.BookedByEnterpriseId,
        kind = b.Kind.ToString(),
        start = b.Start.ToUniversalTime(),
        end = b.End.ToUniversalTime(),
        price = b.Price,
        currency = b.Currency,
        workOrderId = b.WorkOrderId,
        cancellationFee = b.CancellationFee,
        cancellationReason = b.CancellationReason,
    };
}
