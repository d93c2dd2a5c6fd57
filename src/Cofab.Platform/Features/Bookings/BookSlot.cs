using Cofab.Core.Bookings;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Bookings;

/// <summary>
/// An approved member books a published resource's time directly, paying its per-hour rate (共享工厂). With an
/// Idempotency-Key, a retry (even one racing the first request) returns the first booking and creates nothing.
/// </summary>
public sealed class BookSlot(AppDbContext db, MemberGate gate, BookingWriter writer, AuditTrail audit, IOptions<BookingPolicy> policy, TimeProvider clock)
{
    public async Task<Result<BookingOutcome>> HandleAsync(Guid resourceId, BookSlotInput input, string? idempotencyKey, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim();
        if (key is { Length: > BookingRules.MaxIdempotencyKeyLength })
            return Failure.Invalid("idempotencyKey", $"The Idempotency-Key header may be at most {BookingRules.MaxIdempotencyKeyLength} characters; a UUID is ideal.");
        if (key is not null && await ReplayAsync(resourceId, input, key, caller, ct) is { } earlier) return earlier;

        var found = await BookableResources.FindAsync(db, gate, resourceId, caller, ct);
        if (!found.Succeeded) return found.Failure!;
        var resource = found.Value.Resource;
        if (resource.EnterpriseId == caller.EnterpriseId)
            return Failure.Conflict("This is your own resource; block the time instead of booking it.");
        if (BookingViews.CheckNote(input.Note) is { } badNote) return badNote;

        var calendar = resource.CalendarId is { } calendarId
            ? await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Id == calendarId, ct)
            : null;
        var errors = BookingRules.ValidateSlot(input.Start, input.End, clock.GetUtcNow(), policy.Value, new SlotAvailability(calendar, resource.IdleWindows));
        if (errors.Count > 0) return Failure.Validation(errors);
        var price = BookingRules.PriceDirect(resource.Prices, input.Start, input.End, input.ProcessCode, out var priceProblem);
        if (price is null) return Failure.Invalid(input.ProcessCode is null ? "resourceId" : "processCode", priceProblem!);

        var booking = BookingViews.NewActive(resource, caller, BookingKind.DirectBooking, input.Start, input.End, input.Note, clock.GetUtcNow());
        booking.Price = price.Amount;
        booking.Currency = price.Currency;
        booking.IdempotencyKey = key;
        return await SaveAsync(booking, resource, input, caller, ct);
    }

    private async Task<Result<BookingOutcome>> SaveAsync(Booking booking, Resource resource, BookSlotInput input, Caller caller, CancellationToken ct)
    {
        try
        {
            // On SQLite this is BEGIN IMMEDIATE: the write lock is held from here, so the overlap trigger reads settled data.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await writer.AddAsync([booking], ct) is { } taken)
            {
                await transaction.RollbackAsync(ct);
                // A racing retry with the same key lands here when its twin committed the very slot first.
                return booking.IdempotencyKey is { } key && await ReplayAsync(resource.Id, input, key, caller, ct) is { } earlier ? earlier : taken;
            }
            audit.Record(caller, "booking.made", "booking", booking.Id.ToString(), resource.EnterpriseId, $"{resource.Name} {booking.Start:u}–{booking.End:u}");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (BookingConflicts.IsDuplicateIdempotencyKey(e))
        {
            db.ChangeTracker.Clear();
            return await ReplayAsync(resource.Id, input, booking.IdempotencyKey!, caller, ct)
                ?? Failure.Conflict("This Idempotency-Key was just used by another request; retry to read its booking.");
        }
        return new BookingOutcome(BookingViews.ToView(booking, resource.Name), Replayed: false);
    }

    /// <summary>The booking an earlier request with this key made; a key reused for a different request is a conflict.</summary>
    private async Task<Result<BookingOutcome>?> ReplayAsync(Guid resourceId, BookSlotInput input, string key, Caller caller, CancellationToken ct)
    {
        var earlier = await db.Bookings.AsNoTracking()
            .Where(b => b.BookedByEnterpriseId == caller.EnterpriseId && b.IdempotencyKey == key)
            .WithResourceName(db).SingleOrDefaultAsync(ct);
        if (earlier is null) return null;
        var first = earlier.Booking;
        if (first.ResourceId != resourceId || first.Start != input.Start || first.End != input.End)
            return Failure.Conflict("This Idempotency-Key was already used for a different booking; send a new key for a new request.");
        return new BookingOutcome(BookingViews.ToView(earlier), Replayed: true);
    }
}
