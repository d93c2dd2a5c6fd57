using Cofab.Core.Orders;
using Cofab.Core.Settlement;

namespace Cofab.Platform.Features.Settlement;

/// <summary>
/// A settlement as the caller may see it. The demander, the operator and the regulator see every line and the totals; a
/// provider sees only its own line and no totals.
/// </summary>
public sealed record SettlementView(
    Guid OrderId,
    string Currency,
    decimal FeePercent,
    decimal FeeMinimumPerWorkOrder,
    DateTimeOffset ComputedAt,
    IReadOnlyList<SettlementLineView> Lines,
    decimal? DemanderTotal,
    decimal? FeeTotal,
    decimal? NetTotal);

public sealed record SettlementLineView(Guid ProviderEnterpriseId, string ProviderName, IReadOnlyList<Guid> WorkOrderIds, decimal Gross, decimal Deductions, decimal Amount, decimal Fee, decimal Net);

/// <summary>What accepting delivery did: the order completed and its settlement.</summary>
public sealed record DeliveryAccepted(Guid OrderId, OrderStatus Status, SettlementView Settlement);

internal static class SettlementViews
{
    public static SettlementView ToView(OrderSettlement s, IReadOnlyDictionary<Guid, string> names, Guid? onlyProvider) => new(
        s.OrderId, s.Currency, s.FeePercent, s.FeeMinimumPerWorkOrder, s.ComputedAt,
        [.. s.Lines.Where(l => onlyProvider is null || l.ProviderEnterpriseId == onlyProvider).OrderBy(l => l.ProviderEnterpriseId).Select(l => new SettlementLineView(
            l.ProviderEnterpriseId, names.GetValueOrDefault(l.ProviderEnterpriseId, ""), l.WorkOrderIds, l.Gross, l.Deductions, l.Amount, l.Fee, l.Net))],
        onlyProvider is null ? s.DemanderTotal : null,
        onlyProvider is null ? s.FeeTotal : null,
        onlyProvider is null ? s.NetTotal : null);
}
