using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Execution;

/// <summary>
/// The transport legs of an order. The demander, the operator and the regulator see them all; a provider sees the legs
/// it ships or receives. Anyone else does not learn the order exists.
/// </summary>
public sealed class ListTransportLegs(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<TransportLegView>>> HandleAsync(Guid orderId, Guid? workOrderId, Caller caller, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.DemanderEnterpriseId }).SingleOrDefaultAsync(ct);
        if (order is null) return Failure.NotFound(OrderAccess.NotYours(orderId));
        var query = db.TransportLegs.AsNoTracking().Where(l => l.OrderId == orderId);
        if (workOrderId is { } work) query = query.Where(l => l.FromWorkOrderId == work || l.ToWorkOrderId == work);
        var seesAll = caller.SeesAll || order.DemanderEnterpriseId == caller.EnterpriseId;
        if (!seesAll)
        {
            var providerOfOrder = await db.WorkOrders.AsNoTracking()
                .AnyAsync(w => w.OrderId == orderId && w.ProviderEnterpriseId == caller.EnterpriseId && w.Status != WorkOrderStatus.Declined, ct);
            if (!providerOfOrder) return Failure.NotFound(OrderAccess.NotYours(orderId));
            query = query.Where(l => l.FromEnterpriseId == caller.EnterpriseId || l.ToEnterpriseId == caller.EnterpriseId);
        }

        var legs = await query.ToListAsync(ct);
        return Result<IReadOnlyList<TransportLegView>>.From([.. legs.OrderBy(l => l.ActualDeparture).ThenBy(l => l.Id).Select(ExecutionViews.ToView)]);
    }
}
