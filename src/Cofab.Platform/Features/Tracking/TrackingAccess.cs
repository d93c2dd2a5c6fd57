using Cofab.Core.Orders;
using Cofab.Core.Tracking;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Tracking;

/// <summary>Who may follow an order's execution: its demander, the providers working on it, the operator and the regulator.</summary>
internal static class TrackingAccess
{
    public static string NoAlert(Guid id) => $"No alert {id} of yours.";

    /// <summary>The order, or NotFound when it does not exist or the caller has no part in it (so its id is not confirmed).</summary>
    public static async Task<Result<Order>> OrderAsync(AppDbContext db, Guid orderId, Caller caller, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return Failure.NotFound(OrderAccess.NotYours(orderId));
        if (caller.CanRead(order.DemanderEnterpriseId)) return order;
        return (await OrderAccess.AssignedProviderEnterprisesAsync(db, orderId, ct)).Contains(caller.EnterpriseId)
            ? order
            : Failure.NotFound(OrderAccess.NotYours(orderId));
    }

    /// <summary>Whether the caller sees everything of the order, not only its own work orders' share.</summary>
    public static bool SeesWholeOrder(this Caller caller, Order order) => caller.CanRead(order.DemanderEnterpriseId);

    public static IQueryable<ExecutionAlert> Visible(this IQueryable<ExecutionAlert> query, Caller caller) => caller.SeesAll
        ? query
        : query.Where(a => a.ProviderEnterpriseId == caller.EnterpriseId || a.DemanderEnterpriseId == caller.EnterpriseId);
}
