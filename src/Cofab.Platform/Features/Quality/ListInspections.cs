using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Orders;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quality;

/// <summary>
/// The inspections of a work order or of an order, with their nonconformities. The parties see all of them; a certifier
/// sees the ones it was named to; anyone else is told the work order or order does not exist.
/// </summary>
public sealed class ListInspections(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<InspectionView>>> ForWorkOrderAsync(Guid workOrderId, Caller caller, CancellationToken ct)
    {
        var work = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workOrderId, ct);
        if (work is null) return Failure.NotFound(WorkOrderAccess.NotYours(workOrderId));
        var party = caller.SeesAll || caller.EnterpriseId == work.ProviderEnterpriseId || caller.EnterpriseId == work.DemanderEnterpriseId;
        var query = db.Inspections.AsNoTracking().Where(i => i.WorkOrderId == workOrderId);
        if (!party) query = query.Where(i => i.InspectorEnterpriseId == caller.EnterpriseId);
        var inspections = await query.ToListAsync(ct);
        if (!party && inspections.Count == 0) return Failure.NotFound(WorkOrderAccess.NotYours(workOrderId));
        return Result<IReadOnlyList<InspectionView>>.From(await QualityAccess.ViewsAsync(db, inspections, ct));
    }

    public async Task<Result<IReadOnlyList<InspectionView>>> ForOrderAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.DemanderEnterpriseId }).SingleOrDefaultAsync(ct);
        if (order is null) return Failure.NotFound(OrderAccess.NotYours(orderId));
        var party = caller.SeesAll || caller.EnterpriseId == order.DemanderEnterpriseId
            || await db.WorkOrders.AnyAsync(w => w.OrderId == orderId && w.ProviderEnterpriseId == caller.EnterpriseId && w.Status != WorkOrderStatus.Declined, ct);
        var inspections = await db.Inspections.AsNoTracking().Visible(caller).Where(i => i.OrderId == orderId).ToListAsync(ct);
        if (!party && inspections.Count == 0) return Failure.NotFound(OrderAccess.NotYours(orderId));
        return Result<IReadOnlyList<InspectionView>>.From(await QualityAccess.ViewsAsync(db, inspections, ct));
    }
}
