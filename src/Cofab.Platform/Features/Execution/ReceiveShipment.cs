using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Execution;

/// <summary>
/// The receiving side (the next provider or the demander) confirms a shipped lot arrived. A work order whose lot went to
/// several destinations is received when the last of them confirms.
/// </summary>
public sealed class ReceiveShipment(AppDbContext db, WorkOrderChanges changes, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public async Task<Result<TransportLegView>> HandleAsync(Guid workOrderId, Caller caller, CancellationToken ct)
    {
        var work = await db.WorkOrders.SingleOrDefaultAsync(w => w.Id == workOrderId, ct);
        if (work is null) return Failure.NotFound(WorkOrderAccess.NotYours(workOrderId));
        var legs = await db.TransportLegs.Where(l => l.FromWorkOrderId == workOrderId).ToListAsync(ct);
        var isParty = caller.SeesAll || work.ProviderEnterpriseId == caller.EnterpriseId || work.DemanderEnterpriseId == caller.EnterpriseId;
        if (!isParty && legs.All(l => l.ToEnterpriseId != caller.EnterpriseId)) return Failure.NotFound(WorkOrderAccess.NotYours(workOrderId));
        if (WorkOrderTransitions.Check(work.Status, WorkOrderStatus.Received) is { } refusal) return Failure.Conflict(refusal);
        var mine = legs.Where(l => l.ToEnterpriseId == caller.EnterpriseId).ToList();
        if (mine.Count == 0)
            return Failure.Forbidden("Only the receiving side of the shipment (the provider of the next step, or the demander) can confirm its arrival.");
        var leg = mine.FirstOrDefault(l => l.ActualArrival is null);
        if (leg is null) return Failure.Conflict("Your enterprise already confirmed this lot's arrival.");

        var now = clock.GetUtcNow();
        leg.ActualArrival = now;
        leg.ReceivedBy = caller.UserId;
        leg.Version = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var receipt = ExecutionViews.LedgerPayload(leg);
        if (legs.All(l => l.ActualArrival is not null))
        {
            if (await changes.MoveAsync(work, WorkOrderStatus.Received, caller, new { receipt }, legs.Select(l => l.ToEnterpriseId), ct) is { } refused) return refused;
        }
        else
        {
            // Renewing the work order's token makes two destinations confirming at once conflict instead of both
            // believing the other is still on its way.
            work.Version = Guid.NewGuid();
            audit.Record(caller, "transportleg.received", "transportleg", leg.Id.ToString(), leg.ToEnterpriseId);
            await ledger.AppendAsync("transportleg.received", [work.DemanderEnterpriseId, work.ProviderEnterpriseId, leg.ToEnterpriseId], receipt,
                LedgerSubjects.Order(work.OrderId), ct);
        }

        if (await db.SaveOrConflictAsync("This shipment changed at the same moment; reload it and try again.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return ExecutionViews.ToView(leg);
    }
}
