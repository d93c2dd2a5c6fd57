using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quotes;

/// <summary>
/// The demander asks for instant quotes on a submitted (or already quoted) order: three fresh options are computed and
/// stored, the order's earlier open quotes are superseded, and a submitted order becomes quoted.
/// </summary>
public sealed class RequestQuote(AppDbContext db, QuotePlanner planner, MemberGate gate, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<QuoteList>> HandleAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        if (await gate.RequireApprovedAsync(caller, ct) is { } notApproved) return notApproved;
        var loaded = await OrderAccess.OwnAsync(db, orderId, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        if (order.Status != OrderStatus.Quoted && OrderTransitions.Check(order.Status, OrderStatus.Quoted) is { } refused)
            return Failure.Conflict(order.Status == OrderStatus.Draft ? "Submit the order before asking for quotes." : refused);
        var stored = await OfferAsync(order, caller, ct);
        if (!stored.Succeeded) return stored.Failure!;
        var now = clock.GetUtcNow();
        return new QuoteList(order.Id, [.. stored.Value.Select(q => QuoteViews.ToView(q, now))]);
    }

    /// <summary>Computes and stores fresh quotes for a tracked order (also after a refused acceptance).</summary>
    internal async Task<Result<IReadOnlyList<Quote>>> OfferAsync(Order order, Caller caller, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var planned = await planner.PlanAsync(order, now, ct);
        if (!planned.Succeeded) return planned.Failure!;
        var open = await db.Quotes.Where(q => q.OrderId == order.Id && q.Status == QuoteStatus.Open).ToListAsync(ct);
        foreach (var old in open)
        {
            old.Status = QuoteStatus.Superseded;
            old.Version = Guid.NewGuid();
        }

        db.Quotes.AddRange(planned.Value);
        if (order.Status == OrderStatus.Submitted) order.Status = OrderStatus.Quoted;
        order.UpdatedAt = now;
        order.Version = Guid.NewGuid();
        audit.Record(caller, "order.quoted", "order", order.Id.ToString(), order.DemanderEnterpriseId,
            string.Join("; ", planned.Value.Select(q => $"{q.Option}: {q.Total} {q.Currency}, delivery {q.DeliveryDate:u}")));
        if (await db.SaveOrConflictAsync("The order changed while its quotes were computed; ask for quotes again.", ct) is { } conflict) return conflict;
        return Result<IReadOnlyList<Quote>>.From(planned.Value);
    }
}

/// <summary>The quotes of an order, for its demander and the operator.</summary>
public sealed class ListQuotes(AppDbContext db, TimeProvider clock)
{
    public async Task<Result<QuoteList>> HandleAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.Id, o.DemanderEnterpriseId }).SingleOrDefaultAsync(ct);
        if (order is null || !caller.CanRead(order.DemanderEnterpriseId)) return Failure.NotFound(OrderAccess.NotYours(orderId));
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.OrderId == orderId).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return new QuoteList(orderId, [.. quotes.OrderByDescending(q => q.CreatedAt).ThenBy(q => q.Option).Select(q => QuoteViews.ToView(q, now))]);
    }
}
