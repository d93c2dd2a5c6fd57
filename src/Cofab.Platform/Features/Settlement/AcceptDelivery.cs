using Cofab.Core.Orders;
using Cofab.Core.Quality;
using Cofab.Core.Quotes;
using Cofab.Core.Rfqs;
using Cofab.Core.Settlement;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Orders;
using Cofab.Platform.Features.Quality;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Settlement;

/// <summary>
/// The demander accepts delivery of an order once every work order it did not lose to a decline is received: the order
/// is completed and settled in the same transaction (work order prices, write-offs the providers answer for, the
/// platform's fee, what each provider is owed).
/// </summary>
public sealed class AcceptDelivery(AppDbContext db, AuditTrail audit, LedgerWriter ledger, IOptions<SettlementOptions> options, TimeProvider clock)
{
    public async Task<Result<DeliveryAccepted>> HandleAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        var owned = await OrderAccess.OwnAsync(db, orderId, caller, ct);
        if (!owned.Succeeded) return owned.Failure!;
        var order = owned.Value;
        if (order.Status != OrderStatus.Accepted && OrderTransitions.Check(order.Status, OrderStatus.Completed) is { } refusal)
            return Failure.Conflict($"{refusal} Delivery is accepted for an order in production whose work orders are all received.");

        var workOrders = await db.WorkOrders.AsNoTracking().Where(w => w.OrderId == orderId && w.Status != WorkOrderStatus.Declined).ToListAsync(ct);
        if (workOrders.Count == 0) return Failure.Conflict("The order has no work order to deliver; accept a quote first.");
        // A declined work order's operations are re-matched (an RFQ); until one is awarded they are made by nobody.
        var covered = workOrders.SelectMany(w => w.Operations).Select(o => new RfqOperation(o.Operation.PartId, o.Operation.Step)).ToHashSet();
        var orphaned = RfqRules.Operations(order).Where(o => !covered.Contains(o))
            .Select(o => $"{order.Parts.Single(p => p.Id == o.PartId).Name} step {o.Step}").ToList();
        if (orphaned.Count > 0)
        {
            return Failure.Conflict("Some operations have had no provider since a decline; award their re-matching RFQ, then accept delivery: "
                + string.Join(", ", orphaned) + ".");
        }

        var pending = workOrders.Where(w => w.Status != WorkOrderStatus.Received).OrderBy(w => w.Id).ToList();
        if (pending.Count > 0)
        {
            return Failure.Conflict("Delivery can be accepted once every work order is received; not received yet: "
                + string.Join(", ", pending.Select(w => $"{w.Id} ({QualityAccess.Describe(w.Status)})")) + ".");
        }

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var result = SettlementCalculator.Compute([.. workOrders.Select(Charge)], await WriteOffsAsync(orderId, ct), settings.Terms);
        var settlement = new OrderSettlement
        {
            Id = Guid.NewGuid(), OrderId = order.Id, DemanderEnterpriseId = order.DemanderEnterpriseId, Currency = workOrders[0].Currency,
            FeePercent = settings.FeePercent, FeeMinimumPerWorkOrder = settings.MinimumFeePerWorkOrder, DemanderTotal = result.DemanderTotal,
            FeeTotal = result.FeeTotal, NetTotal = result.NetTotal, ComputedAt = now, ComputedBy = caller.UserId,
            Lines = [.. result.Lines.Select(SettlementEntry.From)],
        };
        db.Settlements.Add(settlement);
        order.Status = OrderStatus.Completed;
        order.UpdatedAt = now;
        order.Version = Guid.NewGuid();

        var parties = workOrders.Select(w => w.ProviderEnterpriseId).Prepend(order.DemanderEnterpriseId).Distinct().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            audit.Record(caller, "order.delivery-accepted", "order", order.Id.ToString(), order.DemanderEnterpriseId, $"Settled {settlement.DemanderTotal} {settlement.Currency}");
            await ledger.AppendAsync("order.delivery-accepted", parties, new { orderId = order.Id, workOrders = workOrders.Select(w => w.Id).Order() }, LedgerSubjects.Order(order.Id), ct);
            await ledger.AppendAsync("settlement.computed", parties, LedgerPayload(settlement), LedgerSubjects.Order(order.Id), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Lost a race: the order changed, or was settled, at the same moment.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Failure.Conflict("The order changed at the same moment (delivery accepted already?); reload it.");
        }

        var names = await SettlementNames.OfAsync(db, settlement, ct);
        return new DeliveryAccepted(order.Id, order.Status, SettlementViews.ToView(settlement, names, onlyProvider: null));
    }

    private static WorkOrderCharge Charge(WorkOrder w) => new(w.Id, w.ProviderEnterpriseId, w.Price,
        [.. w.Operations.Select(o => new SettledOperation(o.Operation.PartId, o.Operation.Step, o.Operation.Quantity, o.Operation.Price))]);

    /// <summary>Scrapped and returned pieces the providers answer for, charged to the part and step their inspection covered.</summary>
    private async Task<List<WriteOff>> WriteOffsAsync(Guid orderId, CancellationToken ct)
    {
        var nonconformities = await db.Nonconformities.AsNoTracking()
            .Where(n => n.OrderId == orderId && n.ProviderAtFault && (n.Disposition == Disposition.Scrap || n.Disposition == Disposition.ReturnToProvider))
            .ToListAsync(ct);
        var inspectionIds = nonconformities.Select(n => n.InspectionId).Distinct().ToList();
        var inspections = await db.Inspections.AsNoTracking().Where(i => inspectionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        return [.. nonconformities.Select(n => new WriteOff(n.WorkOrderId, inspections[n.InspectionId].PartId, inspections[n.InspectionId].Step, n.Quantity))];
    }

    private static object LedgerPayload(OrderSettlement s) => new
    {
        orderId = s.OrderId,
        currency = s.Currency,
        feePercent = s.FeePercent,
        feeMinimumPerWorkOrder = s.FeeMinimumPerWorkOrder,
        lines = s.Lines.Select(l => new { providerEnterpriseId = l.ProviderEnterpriseId, workOrders = l.WorkOrderIds, gross = l.Gross, deductions = l.Deductions, amount = l.Amount, fee = l.Fee, net = l.Net }),
        demanderTotal = s.DemanderTotal,
        feeTotal = s.FeeTotal,
        netTotal = s.NetTotal,
    };
}

internal static class SettlementNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(AppDbContext db, OrderSettlement settlement, CancellationToken ct)
    {
        var ids = settlement.Lines.Select(l => l.ProviderEnterpriseId).ToList();
        return await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
    }
}
