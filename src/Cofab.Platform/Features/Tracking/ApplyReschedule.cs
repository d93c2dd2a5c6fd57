using Cofab.Core.Bookings;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Core.Tracking;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Bookings;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Tracking;

/// <summary>
/// The order's demander, or the operator, applies the re-scheduling proposal they looked at (its sealed
/// <see cref="RescheduleTicket"/>; client times are never read). Refused with a Conflict when anything the proposal
/// depended on changed since (<see cref="RescheduleFingerprint"/>) or it is older than
/// <see cref="TrackingOptions.ProposalValidMinutes"/>. In one transaction: each remaining operation's booking moved to its
/// new time (the database's overlap guard deciding any race), the work orders' planned operation times and dates, the
/// open alerts on the moved work answered, an <c>order.rescheduled</c> ledger entry filed under the order and the audit.
/// </summary>
public sealed class ApplyReschedule(AppDbContext db, RescheduleTickets tickets, AuditTrail audit, LedgerWriter ledger, IOptions<TrackingOptions> options, TimeProvider clock)
{
    public const string StaleMessage =
        "The order's work or its machines' bookings changed since this proposal was computed; nothing was moved. Look at the fresh proposal and apply it if it suits you.";

    public const string TakenMessage =
        "Machine time this proposal relies on was booked by someone else a moment ago; nothing was moved. Look at the fresh proposal and apply it if it suits you.";

    /// <summary>The order's demander decides its plan, and the operator may on its behalf; providers and the regulator only look.</summary>
    public static bool MayApply(Caller caller, Order order)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(order);
        return caller.CanManage(order.DemanderEnterpriseId);
    }

    public async Task<Result<AppliedReschedule>> HandleAsync(Guid orderId, ApplyRescheduleInput? input, Caller caller, CancellationToken ct)
    {
        var loaded = await TrackingAccess.OrderAsync(db, orderId, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        if (!MayApply(caller, order))
            return Failure.Forbidden("Only the order's demander or the platform operator can apply a re-scheduling; providers see the proposal for their own operations.");
        var opened = Open(input?.Token, orderId);
        if (!opened.Succeeded) return opened.Failure!;
        var ticket = opened.Value;
        var now = clock.GetUtcNow();
        var validity = options.Value.ProposalValidity;
        if (now - ticket.ComputedAt > validity)
            return Failure.Conflict($"This proposal was computed at {ticket.ComputedAt:yyyy-MM-dd HH:mm}Z, more than {validity.TotalMinutes:0} minutes ago; nothing was moved. Look at the fresh proposal and apply it if it suits you.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var work = (await db.WorkOrders.Where(w => w.OrderId == orderId).ToListAsync(ct)).Where(w => w.Status != WorkOrderStatus.Declined).ToList();
        var remaining = TrackingStatuses.Remaining(work);
        var resourceIds = remaining.Select(r => r.Operation.Operation.ResourceId).Distinct().ToList();
        if (await RescheduleFingerprint.ComputeAsync(db, order, work, resourceIds, ticket.ComputedAt, ct) != ticket.Fingerprint) return Failure.Conflict(StaleMessage);
        // The fingerprint already guarantees it; checked so that no ticket can ever move more or less than the remaining work.
        var toMove = remaining.Select(r => (r.WorkOrder.Id, r.Operation.Operation.PartId, r.Operation.Operation.Step)).ToHashSet();
        if (!toMove.SetEquals(ticket.Moves.Select(m => (m.WorkOrderId, m.PartId, m.Step)))) return Failure.Conflict(StaleMessage);

        var moved = new List<(WorkOrder Work, MovedOperation Op)>();
        foreach (var group in ticket.Moves.GroupBy(m => m.WorkOrderId))
        {
            var target = work.Single(w => w.Id == group.Key);
            var moves = group.ToList();
            if (WorkOrderReplan.Check(target, moves) is { } refused) return Failure.Conflict($"{refused} {StaleMessage}");
            moved.AddRange(WorkOrderReplan.Apply(target, moves).Select(m => (target, m)));
            target.Version = Guid.NewGuid();
        }

        var answered = await AnswerAlertsAsync(orderId, moved, caller, now, ct);
        var bookingsMoved = await MoveBookingsAsync(moved, ct);
        if (!bookingsMoved.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return bookingsMoved.Failure!;
        }

        audit.Record(caller, "order.rescheduled", "order", orderId.ToString(), order.DemanderEnterpriseId,
            $"{moved.Count} operations and {bookingsMoved.Value} bookings moved as proposed at {ticket.ComputedAt:O}");
        await ledger.AppendAsync("order.rescheduled", [order.DemanderEnterpriseId, .. moved.Select(m => m.Work.ProviderEnterpriseId).Distinct()], new
        {
            orderId,
            proposalComputedAt = ticket.ComputedAt,
            appliedBy = caller.UserId,
            appliedByEnterpriseId = caller.EnterpriseId,
            operations = moved.Select(m => new
            {
                workOrderId = m.Work.Id, partId = m.Op.After.Operation.PartId, step = m.Op.After.Operation.Step, resourceId = m.Op.After.Operation.ResourceId,
                bookingId = m.Op.After.BookingId, fromStart = m.Op.Before.Operation.Start, fromEnd = m.Op.Before.Operation.End,
                start = m.Op.After.Operation.Start, end = m.Op.After.Operation.End,
            }),
            alertsAnswered = answered,
        }, LedgerSubjects.Order(orderId), ct);
        if (await db.SaveOrConflictAsync(StaleMessage, ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return new AppliedReschedule(orderId, now, moved.Count, bookingsMoved.Value, [.. work.Select(QuoteViews.ToView)], answered);
    }

    private Result<RescheduleTicket> Open(string? token, Guid orderId)
    {
        if (string.IsNullOrWhiteSpace(token))
            return Failure.Invalid("token", "Send the applyToken of the proposal you looked at (GET /api/v1/orders/{id}/reschedule-proposal), so that what you saw is what is applied.");
        var ticket = tickets.Open(token.Trim());
        if (ticket is null) return Failure.Invalid("token", "This token was not issued by the platform or was altered; load the proposal again and send its applyToken unchanged.");
        if (ticket.OrderId != orderId) return Failure.Invalid("token", $"This token is a proposal for order {ticket.OrderId}, not this one; send the applyToken of this order's proposal.");
        return ticket;
    }

    /// <summary>The open alerts the new plan answers: lateness of a moved operation, and a late start of a work order that was moved.</summary>
    private async Task<List<Guid>> AnswerAlertsAsync(Guid orderId, List<(WorkOrder Work, MovedOperation Op)> moved, Caller caller, DateTimeOffset now, CancellationToken ct)
    {
        var movedWork = moved.Select(m => m.Work.Id).Distinct().ToList();
        var open = await db.ExecutionAlerts.Where(a => a.OrderId == orderId && a.AcknowledgedAt == null && movedWork.Contains(a.WorkOrderId)).ToListAsync(ct);
        var answered = open.Where(a => a.Kind == LateWorkKind.StartOverdue
            || moved.Any(m => m.Work.Id == a.WorkOrderId && m.Op.Before.Operation.PartId == a.PartId && m.Op.Before.Operation.Step == a.Step)).ToList();
        foreach (var alert in answered)
        {
            alert.AcknowledgedAt = now;
            alert.AcknowledgedBy = caller.UserId;
            alert.AcknowledgedByEnterpriseId = caller.EnterpriseId;
            alert.Version = Guid.NewGuid();
        }
        return [.. answered.Select(a => a.Id)];
    }

    /// <summary>
    /// Moves each moved operation's active booking to its new time, saving every pending change; a Conflict when the database
    /// refused (a booking overlapping the new time, or a row changed meanwhile). The moved bookings are first taken out of
    /// the overlap guard's sight and then put at their new times, so two of them trading places on a machine never collide
    /// halfway; nobody outside the transaction sees the step between.
    /// </summary>
    private async Task<Result<int>> MoveBookingsAsync(List<(WorkOrder Work, MovedOperation Op)> moved, CancellationToken ct)
    {
        var times = moved.ToDictionary(m => m.Op.After.BookingId, m => (m.Op.After.Operation.Start, m.Op.After.Operation.End));
        var ids = times.Keys.ToList();
        var bookings = await db.Bookings.Where(b => ids.Contains(b.Id) && b.Status == BookingStatus.Active).ToListAsync(ct);
        try
        {
            foreach (var booking in bookings) booking.Status = BookingStatus.Cancelled;
            await db.SaveChangesAsync(ct);
            foreach (var booking in bookings)
            {
                (booking.Start, booking.End) = times[booking.Id];
                booking.Status = BookingStatus.Active;
                booking.Version = Guid.NewGuid();
            }
            await db.SaveChangesAsync(ct);
            return bookings.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(StaleMessage);
        }
        catch (DbUpdateException e) when (BookingConflicts.IsOverlap(e))
        {
            return Failure.Conflict(TakenMessage);
        }
    }
}
