using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Orders;

/// <summary>One order with its parts, routings and drawing list, for its demander, the operator and the regulator.</summary>
public sealed class GetOrder(AppDbContext db, AuditTrail audit)
{
    public async Task<Result<OrderView>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (order is null || !caller.CanRead(order.DemanderEnterpriseId)) return Failure.NotFound(OrderAccess.NotYours(id));
        if (order.DemanderEnterpriseId != caller.EnterpriseId)
        {
            // An order is a member's private business; the operator's and regulator's reading of it is on record.
            audit.Record(caller, "order.read", "order", order.Id.ToString(), order.DemanderEnterpriseId);
            await db.SaveChangesAsync(ct);
        }

        return OrderMapping.ToView(order, await OrderAccess.DrawingsAsync(db, order.Id, ct));
    }
}
