using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Orders;

/// <summary>
/// Orders the caller may see, newest first: a demander its own, the operator and the regulator all of them. Providers
/// see none here; they will see the work orders assigned to them.
/// </summary>
public sealed class ListOrders(AppDbContext db)
{
    public async Task<Result<Page<OrderSummary>>> HandleAsync(OrderQuery query, Caller caller, CancellationToken ct)
    {
        var paging = Paging.Check(query.Page, query.PageSize);
        if (paging.Failure is not null) return paging.Failure;

        var orders = db.Orders.AsNoTracking();
        if (!caller.SeesAll) orders = orders.Where(o => o.DemanderEnterpriseId == caller.EnterpriseId);
        if (query.Status is { } status) orders = orders.Where(o => o.Status == status);
        var total = await orders.CountAsync(ct);
        var page = await orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip((paging.Page - 1) * paging.Size).Take(paging.Size).ToListAsync(ct);
        var items = page.Select(o => new OrderSummary(
            o.Id, o.DemanderEnterpriseId, o.Title, o.Status, o.Parts.Count,
            o.Parts.Count == 0 ? null : o.Parts.Min(p => p.DueDate), o.CreatedAt, o.SubmittedAt)).ToList();
        return new Page<OrderSummary>(items, total, paging.Page, paging.Size);
    }
}
