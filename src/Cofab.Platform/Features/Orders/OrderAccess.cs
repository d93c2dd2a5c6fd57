using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Orders;

/// <summary>Loading orders the way every use case must: someone else's order does not exist for the caller.</summary>
internal static class OrderAccess
{
    public static string NotYours(Guid id) => $"No order {id} of yours.";

    /// <summary>The caller's own order, tracked for change; the operator's and regulator's wider reading is not writing.</summary>
    public static async Task<Result<Order>> OwnAsync(AppDbContext db, Guid id, Caller caller, CancellationToken ct)
    {
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (order is null || !caller.CanRead(order.DemanderEnterpriseId)) return Failure.NotFound(NotYours(id));
        if (order.DemanderEnterpriseId != caller.EnterpriseId)
            return Failure.Forbidden("Only the demander that placed the order can change it.");
        return order;
    }

    public static Task<List<OrderDrawing>> DrawingsAsync(AppDbContext db, Guid orderId, CancellationToken ct) =>
        db.OrderDrawings.AsNoTracking().Where(d => d.OrderId == orderId).ToListAsync(ct);

    /// <summary>
    /// The provider enterprises assigned work on the order, who may then open its drawings: those holding a work order of it
    /// that they have not declined.
    /// </summary>
    public static async Task<IReadOnlySet<Guid>> AssignedProviderEnterprisesAsync(AppDbContext db, Guid orderId, CancellationToken ct) =>
        (await db.WorkOrders.AsNoTracking()
            .Where(w => w.OrderId == orderId && w.Status != Cofab.Core.Quotes.WorkOrderStatus.Declined)
            .Select(w => w.ProviderEnterpriseId)
            .ToListAsync(ct)).ToHashSet();
}
