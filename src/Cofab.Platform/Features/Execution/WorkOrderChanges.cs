using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Execution;

/// <summary>
/// What every execution step shares: loading the work order as its provider, and moving it along
/// <see cref="WorkOrderTransitions"/> with an audit entry and a ledger entry filed under the order.
/// </summary>
public sealed class WorkOrderChanges(AppDbContext db, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public const string ConflictMessage = "This work order changed at the same moment; reload it and try again.";

    /// <summary>The work order, tracked, when the caller is its provider; 404 when the caller cannot see it at all.</summary>
    public async Task<Result<WorkOrder>> LoadForProviderAsync(Guid id, Caller caller, string doing, CancellationToken ct)
    {
        var work = await db.WorkOrders.Visible(caller).SingleOrDefaultAsync(w => w.Id == id, ct);
        if (work is null) return Failure.NotFound(WorkOrderAccess.NotYours(id));
        if (work.ProviderEnterpriseId != caller.EnterpriseId)
            return Failure.Forbidden($"Only the provider carrying out the work order can {doing}.");
        return work;
    }

    /// <summary>
    /// Moves the work order to <paramref name="to"/> inside the caller's transaction. The first work order of an order to
    /// start moves the order into production.
    /// </summary>
    public async Task<Failure?> MoveAsync(WorkOrder work, WorkOrderStatus to, Caller? caller, object? detail, IEnumerable<Guid> otherParties, CancellationToken ct)
    {
        if (WorkOrderTransitions.Check(work.Status, to) is { } refusal) return Failure.Conflict(refusal);
        work.Status = to;
        work.Version = Guid.NewGuid();
        var action = $"workorder.{to.ToString().ToLowerInvariant()}";
        if (caller is not null) audit.Record(caller, action, "workorder", work.Id.ToString(), work.ProviderEnterpriseId);
        var payload = new { workOrder = QuoteViews.LedgerPayload(work), detail };
        await ledger.AppendAsync(action, [work.DemanderEnterpriseId, work.ProviderEnterpriseId, .. otherParties], payload, LedgerSubjects.Order(work.OrderId), ct);
        return to == WorkOrderStatus.InProgress ? await StartProductionAsync(work, caller, ct) : null;
    }

    private async Task<Failure?> StartProductionAsync(WorkOrder work, Caller? caller, CancellationToken ct)
    {
        var order = await db.Orders.SingleAsync(o => o.Id == work.OrderId, ct);
        if (order.Status != OrderStatus.Accepted) return null;
        if (OrderTransitions.Check(order.Status, OrderStatus.InProduction) is { } refusal) return Failure.Conflict(refusal);
        order.Status = OrderStatus.InProduction;
        order.UpdatedAt = clock.GetUtcNow();
        order.Version = Guid.NewGuid();
        if (caller is not null) audit.Record(caller, "order.inproduction", "order", order.Id.ToString(), order.DemanderEnterpriseId, $"work order {work.Id} started");
        await ledger.AppendAsync("order.inproduction", [order.DemanderEnterpriseId, work.ProviderEnterpriseId],
            new { orderId = order.Id, status = "inproduction", startedWorkOrderId = work.Id }, LedgerSubjects.Order(order.Id), ct);
        return null;
    }
}
