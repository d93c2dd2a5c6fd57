using Cofab.Core.Rfqs;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>One RFQ: the demander and the operator compare every bid, an invited provider sees its own.</summary>
public sealed class GetRfq(AppDbContext db, RfqReader reader)
{
    public async Task<Result<RfqView>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var rfq = await db.Rfqs.AsNoTracking().Visible(db, caller).SingleOrDefaultAsync(r => r.Id == id, ct);
        return rfq is null ? Failure.NotFound(RfqAccess.NotYours(id)) : await reader.ViewAsync(rfq, caller, ct);
    }
}

/// <summary>The RFQs of one order, newest first, for its demander (and the operator and regulator).</summary>
public sealed class ListOrderRfqs(AppDbContext db, RfqReader reader)
{
    public async Task<Result<IReadOnlyList<RfqView>>> HandleAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        var owner = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => (Guid?)o.DemanderEnterpriseId).SingleOrDefaultAsync(ct);
        if (owner is not { } demander || !caller.CanRead(demander)) return Failure.NotFound(OrderAccess.NotYours(orderId));
        var rfqs = await db.Rfqs.AsNoTracking().Where(r => r.OrderId == orderId).ToListAsync(ct);
        // Ordered in memory: SQLite cannot order DateTimeOffset columns.
        var views = await reader.ViewsAsync([.. rfqs.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id)], caller, ct);
        return Result<IReadOnlyList<RfqView>>.From(views);
    }
}

/// <summary>
/// The caller's RFQs, newest first: a demander those it opened, a provider those it is invited to (both for an enterprise
/// that is both), the operator and the regulator all. Optionally only those still open for bids.
/// </summary>
public sealed class ListRfqs(AppDbContext db, RfqReader reader, TimeProvider clock)
{
    public async Task<Result<Page<RfqView>>> HandleAsync(bool openOnly, int page, int pageSize, Caller caller, CancellationToken ct)
    {
        var (number, size, invalid) = Paging.Check(page, pageSize);
        if (invalid is not null) return invalid;
        var query = db.Rfqs.AsNoTracking().Visible(db, caller);
        if (openOnly) query = query.Where(r => r.Status == RfqStatus.Open);
        var all = await query.Select(r => new { r.Id, r.CreatedAt, r.BidDeadline }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var ids = all.Where(r => !openOnly || r.BidDeadline > now).OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => r.Id).ToList();
        var pageIds = ids.Skip((number - 1) * size).Take(size).ToList();
        var rfqs = await db.Rfqs.AsNoTracking().Where(r => pageIds.Contains(r.Id)).ToListAsync(ct);
        var views = await reader.ViewsAsync([.. rfqs.OrderBy(r => pageIds.IndexOf(r.Id))], caller, ct);
        return new Page<RfqView>(views, ids.Count, number, size);
    }
}
