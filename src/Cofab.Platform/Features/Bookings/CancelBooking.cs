using Cofab.Core.Bookings;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Bookings;

/// <summary>
/// The booker or the resource's owner cancels a booking under <see cref="BookingRules.DecideCancellation"/>; the freed
/// time can be booked again at once. Anyone else gets "not found".
/// </summary>
public sealed class CancelBooking(AppDbContext db, AuditTrail audit, LedgerWriter ledger, IOptions<BookingPolicy> policy, TimeProvider clock)
{
    public async Task<Result<BookingView>> HandleAsync(Guid bookingId, CancelBookingInput input, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await db.Bookings.Where(b => b.Id == bookingId).WithResourceName(db).SingleOrDefaultAsync(ct);
        if (found is null) return Failure.NotFound($"No booking {bookingId} of yours.");
        var booking = found.Booking;
        var byOwner = caller.CanManage(booking.OwnerEnterpriseId);
        if (!byOwner && booking.BookedByEnterpriseId != caller.EnterpriseId) return Failure.NotFound($"No booking {bookingId} of yours.");

        var now = clock.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        var decision = BookingRules.DecideCancellation(booking, byOwner, reason, now, policy.Value);
        if (!decision.Allowed)
        {
            return decision.Refusal is CancellationRefusal.ReasonRequired or CancellationRefusal.ReasonTooLong
                ? Failure.Invalid("reason", decision.Problem!)
                : Failure.Conflict(decision.Problem!);
        }

        booking.Status = BookingStatus.Cancelled;
        booking.CancelledAt = now;
        booking.CancelledByEnterpriseId = caller.EnterpriseId;
        booking.CancellationReason = reason;
        booking.CancellationFee = decision.Fee;
        booking.Version = Guid.NewGuid();
        audit.Record(caller, "booking.cancelled", "booking", booking.Id.ToString(), booking.OwnerEnterpriseId, reason);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ledger.AppendAsync("booking.cancelled", [booking.OwnerEnterpriseId, booking.BookedByEnterpriseId], BookingViews.LedgerPayload(booking), ct);
        if (await db.SaveOrConflictAsync("This booking changed at the same moment (perhaps cancelled by the other side); reload it.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return BookingViews.ToView(found);
    }
}
