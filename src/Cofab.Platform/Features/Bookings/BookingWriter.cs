using Cofab.Core.Bookings;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Bookings;

/// <summary>
/// The one way bookings enter the database: a set of bookings all-or-nothing, inside the caller's transaction. Accepting
/// a quote books several machines at once; if any slot was taken meanwhile, none is kept and the caller gets a Conflict.
/// <para>
/// Usage: <c>await using var tx = await db.Database.BeginTransactionAsync(ct);</c> then <see cref="AddAsync"/>, then the
/// caller's own changes, <c>SaveChangesAsync</c> and <c>tx.CommitAsync</c>. On a Conflict, roll back (or carry on without
/// the bookings: EF Core wrapped the failed insert in a savepoint, so the transaction itself is still usable).
/// Call it before appending any other ledger entry in the same transaction: on PostgreSQL a transaction that already holds
/// the ledger's lock and then waits on a racing booking could deadlock with that booking's transaction.
/// </para>
/// </summary>
public sealed class BookingWriter(AppDbContext db, LedgerWriter ledger)
{
    public const string SlotTakenMessage = "This slot was just taken by another booking; reload the resource's calendar and pick a free time.";

    /// <summary>
    /// Inserts <paramref name="bookings"/> (saving pending changes with them) and appends a <c>booking.made</c> ledger entry
    /// for each, which the caller's next save commits. The bookings are saved before the ledger lock is taken, so racing
    /// bookers are decided by the database's overlap guard, not queued behind the ledger.
    /// </summary>
    public async Task<Failure?> AddAsync(IReadOnlyList<Booking> bookings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Bookings are added inside the caller's transaction: begin one first.");
        db.Bookings.AddRange(bookings);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (BookingConflicts.IsOverlap(e))
        {
            Forget(bookings);
            return Failure.Conflict(SlotTakenMessage);
        }
        catch
        {
            Forget(bookings);
            throw;
        }

        foreach (var booking in bookings)
        {
            await ledger.AppendAsync("booking.made", [booking.OwnerEnterpriseId, booking.BookedByEnterpriseId], BookingViews.LedgerPayload(booking), ct);
        }
        return null;
    }

    /// <summary>
    /// Releases the order bookings of a withdrawn or declined work order (order bookings are not cancelled one by one, see
    /// <see cref="BookingRules.DecideCancellation"/>): each active one is cancelled without a fee and a
    /// <c>booking.cancelled</c> ledger entry is appended, which the caller's next save commits with its own changes.
    /// Call it inside the caller's transaction.
    /// </summary>
    public async Task<int> ReleaseAsync(Guid workOrderId, Guid byEnterpriseId, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var bookings = await db.Bookings.Where(b => b.WorkOrderId == workOrderId && b.Kind == BookingKind.OrderBooking && b.Status == BookingStatus.Active).ToListAsync(ct);
        foreach (var booking in bookings)
        {
            booking.Status = BookingStatus.Cancelled;
            booking.CancelledAt = now;
            booking.CancelledByEnterpriseId = byEnterpriseId;
            booking.CancellationReason = reason;
            booking.CancellationFee = 0m;
            booking.Version = Guid.NewGuid();
            await ledger.AppendAsync("booking.cancelled", [booking.OwnerEnterpriseId, booking.BookedByEnterpriseId], BookingViews.LedgerPayload(booking), ct);
        }
        return bookings.Count;
    }

    /// <summary>Drops refused bookings from the unit of work so a later save does not try them again.</summary>
    private void Forget(IEnumerable<Booking> bookings)
    {
        foreach (var booking in bookings) db.Entry(booking).State = EntityState.Detached;
    }
}
