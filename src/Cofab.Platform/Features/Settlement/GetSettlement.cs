using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Settlement;

/// <summary>
/// An order's settlement: the demander, the operator and the regulator see every line; a provider only its own; anyone
/// else is told the order does not exist. Reading others' money as operator or regulator is audited.
/// </summary>
public sealed class GetSettlement(AppDbContext db, AuditTrail audit)
{
    public async Task<Result<SettlementView>> HandleAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.DemanderEnterpriseId }).SingleOrDefaultAsync(ct);
        if (order is null) return Failure.NotFound(OrderAccess.NotYours(orderId));
        var seesAll = caller.SeesAll || caller.EnterpriseId == order.DemanderEnterpriseId;
        var provider = !seesAll && await db.WorkOrders.AnyAsync(w => w.OrderId == orderId && w.ProviderEnterpriseId == caller.EnterpriseId && w.Status != WorkOrderStatus.Declined, ct);
        if (!seesAll && !provider) return Failure.NotFound(OrderAccess.NotYours(orderId));
        var settlement = await db.Settlements.AsNoTracking().SingleOrDefaultAsync(s => s.OrderId == orderId, ct);
        if (settlement is null) return Failure.NotFound("The order has no settlement yet: it is computed when the demander accepts delivery.");

        if (caller.EnterpriseId != order.DemanderEnterpriseId && caller.SeesAll)
        {
            audit.Record(caller, "settlement.read", "order", orderId.ToString(), order.DemanderEnterpriseId);
            await db.SaveChangesAsync(ct);
        }

        var names = await SettlementNames.OfAsync(db, settlement, ct);
        return SettlementViews.ToView(settlement, names, seesAll ? null : caller.EnterpriseId);
    }
}
