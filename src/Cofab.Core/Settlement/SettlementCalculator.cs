using Cofab.Core.Pricing;

namespace Cofab.Core.Settlement;

/// <summary>The platform's commission on a provider's amount: a percentage, but at least a minimum per work order.</summary>
public sealed record FeeTerms(decimal Percent, decimal MinimumPerWorkOrder);

/// <summary>One operation of a work order as it is paid: its price covers <see cref="Quantity"/> pieces.</summary>
public sealed record SettledOperation(Guid PartId, int Step, int Quantity, decimal Price);

/// <summary>A work order to be paid for.</summary>
public sealed record WorkOrderCharge(Guid WorkOrderId, Guid ProviderEnterpriseId, decimal Price, IReadOnlyList<SettledOperation> Operations);

/// <summary>
/// Pieces of a work order written off through the provider's fault (scrapped or returned). With a step, they cost the
/// provider that operation's share; with only a part, every operation of that part in the work order; with neither,
/// every operation of the work order.
/// </summary>
public sealed record WriteOff(Guid WorkOrderId, Guid? PartId, int? Step, int Quantity);

/// <summary>What one work order comes to.</summary>
public sealed record SettledWorkOrder(Guid WorkOrderId, Guid ProviderEnterpriseId, decimal Gross, decimal Deductions, decimal Amount, decimal Fee, decimal Net);

/// <summary>
/// One provider's line: <see cref="Gross"/> (its work order prices) − <see cref="Deductions"/> = <see cref="Amount"/>
/// (what the demander pays for its work); <see cref="Amount"/> − <see cref="Fee"/> = <see cref="Net"/> (owed to it).
/// </summary>
public sealed record SettlementLine(Guid ProviderEnterpriseId, IReadOnlyList<Guid> WorkOrderIds, decimal Gross, decimal Deductions, decimal Amount, decimal Fee, decimal Net);

/// <summary>The settlement of an order: <see cref="DemanderTotal"/> = <see cref="FeeTotal"/> + <see cref="NetTotal"/>, to the fen.</summary>
public sealed record SettlementResult(IReadOnlyList<SettlementLine> Lines, decimal DemanderTotal, decimal FeeTotal, decimal NetTotal);

/// <summary>
/// Settles an order's work orders. Every amount is rounded to the fen per work order before anything is added or
/// subtracted, so each line and the totals add up exactly: no fen appears or disappears in rounding.
/// </summary>
public static class SettlementCalculator
{
    public static SettlementResult Compute(IReadOnlyList<WorkOrderCharge> workOrders, IReadOnlyList<WriteOff> writeOffs, FeeTerms fee)
    {
        ArgumentNullException.ThrowIfNull(workOrders);
        ArgumentNullException.ThrowIfNull(writeOffs);
        ArgumentNullException.ThrowIfNull(fee);
        if (fee.Percent is < 0 or > 100) throw new ArgumentOutOfRangeException(nameof(fee), fee.Percent, "The fee is a percentage from 0 to 100.");
        if (fee.MinimumPerWorkOrder < 0) throw new ArgumentOutOfRangeException(nameof(fee), fee.MinimumPerWorkOrder, "The minimum fee cannot be negative.");

        var settled = workOrders.Select(w => Settle(w, writeOffs.Where(x => x.WorkOrderId == w.WorkOrderId), fee)).ToList();
        var lines = settled.GroupBy(s => s.ProviderEnterpriseId)
            .Select(g => new SettlementLine(g.Key, [.. g.Select(s => s.WorkOrderId)], g.Sum(s => s.Gross), g.Sum(s => s.Deductions), g.Sum(s => s.Amount), g.Sum(s => s.Fee), g.Sum(s => s.Net)))
            .OrderBy(l => l.ProviderEnterpriseId)
            .ToList();
        return new SettlementResult(lines, lines.Sum(l => l.Amount), lines.Sum(l => l.Fee), lines.Sum(l => l.Net));
    }

    public static SettledWorkOrder Settle(WorkOrderCharge workOrder, IEnumerable<WriteOff> writeOffs, FeeTerms fee)
    {
        ArgumentNullException.ThrowIfNull(workOrder);
        ArgumentNullException.ThrowIfNull(writeOffs);
        ArgumentNullException.ThrowIfNull(fee);
        if (workOrder.Price < 0) throw new ArgumentOutOfRangeException(nameof(workOrder), workOrder.Price, "A work order's price cannot be negative.");
        var gross = Money.Round(workOrder.Price);
        // Deductions never exceed what the work order is worth: a provider pays no penalty beyond losing the work.
        var deductions = Math.Min(gross, Money.Round(writeOffs.Sum(x => ValueOf(x, workOrder))));
        var amount = gross - deductions;
        var commission = Math.Min(amount, Math.Max(fee.MinimumPerWorkOrder, Money.Round(amount * fee.Percent / 100m)));
        return new SettledWorkOrder(workOrder.WorkOrderId, workOrder.ProviderEnterpriseId, gross, deductions, amount, commission, amount - commission);
    }

    /// <summary>The pieces' share of the operations they went through, pro rata of each operation's price and quantity.</summary>
    public static decimal ValueOf(WriteOff writeOff, WorkOrderCharge workOrder)
    {
        ArgumentNullException.ThrowIfNull(writeOff);
        ArgumentNullException.ThrowIfNull(workOrder);
        if (writeOff.Quantity < 0) throw new ArgumentOutOfRangeException(nameof(writeOff), writeOff.Quantity, "A written-off quantity cannot be negative.");
        return workOrder.Operations
            .Where(o => (writeOff.PartId is not { } part || o.PartId == part) && (writeOff.Step is not { } step || o.Step == step) && o.Quantity > 0)
            .Sum(o => o.Price * Math.Min(writeOff.Quantity, o.Quantity) / o.Quantity);
    }
}
