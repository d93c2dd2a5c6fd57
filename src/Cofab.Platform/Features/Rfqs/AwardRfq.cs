using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Core.Rfqs;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>
/// The demander awards one live bid, at any time (awarding before the deadline closes bidding early). In one transaction:
/// a released work order for the winner (operations planned from now over the bid's lead time, its price split pro rata
/// to quantity; no machine booking, the provider plans its own machine time), the RFQ awarded, the other bids lost, and the
/// order accepted once work orders cover all its operations; "rfq.awarded" and "workorder.released" on the ledger.
/// A second award, concurrent or not, is refused: the RFQ's and the order's version tokens let only one commit.
/// </summary>
public sealed class AwardRfq(AppDbContext db, RfqReader reader, MemberGate gate, AuditTrail audit, LedgerWriter ledger, IOptions<QuoteOptions> quoteOptions,
    TimeProvider clock)
{
    public async Task<Result<AwardedRfq>> HandleAsync(Guid rfqId, AwardRfqInput input, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var owned = await RfqCommands.OwnAsync(db, rfqId, caller, ct);
        if (!owned.Succeeded) return owned.Failure!;
        var rfq = owned.Value;
        if (await gate.RequireApprovedAsync(caller, ct) is { } notApproved) return notApproved;
        if (input.BidId is not { } bidId) return Failure.Invalid("bidId", "Name the bid to award.");
        if (rfq.Status != RfqStatus.Open) return Failure.Conflict($"This RFQ is already {rfq.Status.ToString().ToLowerInvariant()}; it cannot be awarded again.");
        var bids = await db.Bids.Where(b => b.RfqId == rfq.Id && b.Status == BidStatus.Live).ToListAsync(ct);
        var winner = bids.SingleOrDefault(b => b.Id == bidId);
        if (winner is null)
        {
            return await db.Bids.AnyAsync(b => b.Id == bidId && b.RfqId == rfq.Id, ct)
                ? Failure.Conflict("This bid was withdrawn or replaced by a newer one; award one of the RFQ's current bids.")
                : Failure.Invalid("bidId", $"The RFQ has no bid {bidId}.");
        }
        var order = await db.Orders.SingleAsync(o => o.Id == rfq.OrderId, ct);
        if (order.Status is not (OrderStatus.Submitted or OrderStatus.Quoted or OrderStatus.Accepted or OrderStatus.InProduction))
            return Failure.Conflict($"The order is {order.Status.ToString().ToLowerInvariant()}; it can no longer be awarded.");
        var covered = await RfqAccess.CoveredAsync(db, order.Id, ct);
        if (RfqAccess.AlreadyCovered(rfq.Scope, covered) is { } taken) return taken;
        var provider = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == winner.ProviderEnterpriseId, ct);
        if (provider.Status != MembershipStatus.Approved)
            return Failure.Conflict($"{provider.Name} is no longer an approved member; award another bid.");

        var now = clock.GetUtcNow();
        var resourceName = winner.ResourceId is { } rid ? await db.Resources.Where(r => r.Id == rid).Select(r => r.Name).SingleAsync(ct) : "";
        var plan = RfqRules.Plan(order, rfq.Scope, winner.ProviderEnterpriseId, winner.ResourceId ?? Guid.Empty, resourceName, winner.Price, winner.LeadTimeDays, now);
        var work = new WorkOrder
        {
            Id = Guid.NewGuid(), OrderId = order.Id, QuoteId = rfq.Id, ProviderEnterpriseId = winner.ProviderEnterpriseId, DemanderEnterpriseId = order.DemanderEnterpriseId,
            Status = WorkOrderStatus.Released, Price = winner.Price, Currency = winner.Currency, Start = now, End = plan.Max(o => o.End),
            ResponseDeadline = now.AddHours(quoteOptions.Value.WorkOrderResponseHours), CreatedAt = now, Version = Guid.NewGuid(),
            // No booking: the provider committed to a lead time, not to machine slots, and plans its own machine time.
            Operations = [.. plan.Select(o => new WorkOrderOperation(o, Guid.Empty))],
        };
        rfq.Status = RfqStatus.Awarded;
        rfq.ClosedAt = now;
        rfq.AwardedBidId = winner.Id;
        rfq.WorkOrderId = work.Id;
        rfq.Version = Guid.NewGuid();
        winner.Status = BidStatus.Won;
        winner.ClosedAt = now;
        foreach (var lost in bids.Where(b => b.Id != winner.Id))
        {
            lost.Status = BidStatus.Lost;
            lost.ClosedAt = now;
        }
        covered.UnionWith(rfq.Scope);
        var orderAccepted = order.Status != OrderStatus.Accepted && RfqRules.AllCovered(order, covered) && OrderTransitions.Check(order.Status, OrderStatus.Accepted) is null;
        if (orderAccepted) order.Status = OrderStatus.Accepted;
        // Renewed on every award, so two awards on one order (other RFQs, same operations) cannot both commit.
        order.UpdatedAt = now;
        order.Version = Guid.NewGuid();
        db.WorkOrders.Add(work);
        audit.Record(caller, "rfq.awarded", "rfq", rfq.Id.ToString(), order.DemanderEnterpriseId, $"bid {winner.Id}: {winner.Price} {winner.Currency}, {winner.LeadTimeDays} days");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await ledger.AppendAsync("rfq.awarded", [order.DemanderEnterpriseId, .. bids.Select(b => b.ProviderEnterpriseId)], new
            {
                rfqId = rfq.Id, orderId = order.Id, bidId = winner.Id, providerEnterpriseId = winner.ProviderEnterpriseId, price = winner.Price, currency = winner.Currency,
                leadTimeDays = winner.LeadTimeDays, awardedBy = caller.UserId, workOrderId = work.Id, lostBids = bids.Where(b => b.Id != winner.Id).Select(b => b.Id),
                orderAccepted,
            }, LedgerSubjects.Order(order.Id), ct);
            await ledger.AppendAsync("workorder.released", [work.DemanderEnterpriseId, work.ProviderEnterpriseId], QuoteViews.LedgerPayload(work), LedgerSubjects.Order(order.Id), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Failure.Conflict("The RFQ or its order changed at the same moment (awarded already, or a bid changed); reload it.");
        }
        return new AwardedRfq(await reader.ViewAsync(rfq, caller, ct), QuoteViews.ToView(work), orderAccepted);
    }
}

/// <summary>The demander closes an open RFQ without awarding it; the bids stay as evidence and nothing is released.</summary>
public sealed class CancelRfq(AppDbContext db, RfqReader reader, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public async Task<Result<RfqView>> HandleAsync(Guid rfqId, CancelRfqInput? input, Caller caller, CancellationToken ct)
    {
        var owned = await RfqCommands.OwnAsync(db, rfqId, caller, ct);
        if (!owned.Succeeded) return owned.Failure!;
        var rfq = owned.Value;
        var reason = input?.Reason is { } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : null;
        if (reason is { Length: > MaxReasonLength }) return Failure.Invalid("reason", $"The reason may be at most {MaxReasonLength} characters.");
        if (rfq.Status != RfqStatus.Open) return Failure.Conflict($"This RFQ is already {rfq.Status.ToString().ToLowerInvariant()}.");
        rfq.Status = RfqStatus.Cancelled;
        rfq.ClosedAt = clock.GetUtcNow();
        rfq.Version = Guid.NewGuid();
        audit.Record(caller, "rfq.cancelled", "rfq", rfq.Id.ToString(), rfq.DemanderEnterpriseId, reason);
        var invited = await db.RfqInvitations.Where(i => i.RfqId == rfq.Id).Select(i => i.ProviderEnterpriseId).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ledger.AppendAsync("rfq.cancelled", [rfq.DemanderEnterpriseId, .. invited], new { rfqId = rfq.Id, orderId = rfq.OrderId, cancelledBy = caller.UserId, reason },
            LedgerSubjects.Order(rfq.OrderId), ct);
        if (await db.SaveOrConflictAsync("The RFQ changed at the same moment (awarded, perhaps); reload it.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return await reader.ViewAsync(rfq, caller, ct);
    }
}

internal static class RfqCommands
{
    /// <summary>The caller's own RFQ, tracked: unknown to strangers (404), read-only for invited providers and the operator (403).</summary>
    public static async Task<Result<Rfq>> OwnAsync(AppDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var rfq = await db.Rfqs.Visible(db, caller).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (rfq is null) return Failure.NotFound(RfqAccess.NotYours(id));
        if (rfq.DemanderEnterpriseId != caller.EnterpriseId) return Failure.Forbidden("Only the demander that opened the RFQ can award or cancel it.");
        return rfq;
    }
}
