using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Core.Tracking;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Orders;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Tracking;

/// <summary>One entry of the order's verifiable record as the timeline shows it, with its parties by name.</summary>
public sealed record TimelineEntry(long Index, string Type, DateTimeOffset At, IReadOnlyList<string> Parties);

/// <summary>Everything the order tracking page shows but the proposal (which takes a solve): record, work, alerts.</summary>
public sealed record OrderTracking(
    Guid OrderId,
    string Title,
    OrderStatus Status,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<WorkOrderView> WorkOrders,
    IReadOnlyList<AlertView> Alerts,
    IReadOnlyDictionary<Guid, string> Enterprises,
    bool HasLateWork);

/// <summary>The order's execution at a glance, for whoever may read its record (see <see cref="GetOrderRecord"/>).</summary>
public sealed class GetOrderTracking(AppDbContext db, GetOrderRecord records, ListOrderAlerts alerts, IOptions<TrackingOptions> options, TimeProvider clock)
{
    public async Task<Result<OrderTracking>> HandleAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        var loaded = await TrackingAccess.OrderAsync(db, orderId, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        var record = await records.HandleAsync(orderId, caller, ct);
        if (!record.Succeeded) return record.Failure!;
        var raised = await alerts.HandleAsync(orderId, caller, ct);
        if (!raised.Succeeded) return raised.Failure!;
        var work = await db.WorkOrders.AsNoTracking().Visible(caller).Where(w => w.OrderId == orderId).ToListAsync(ct);

        var entries = record.Value.Entries.Select(e => e.Entry).ToList();
        var ids = entries.SelectMany(e => e.Parties).Concat(work.Select(w => w.ProviderEnterpriseId)).Append(order.DemanderEnterpriseId).Distinct().ToList();
        var names = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var timeline = entries.Select(e => new TimelineEntry(e.Index, e.Type, e.At, [.. e.Parties.Select(p => names.GetValueOrDefault(p, p.ToString()))])).ToList();
        var late = LateWorkDetector.Detect(work, clock.GetUtcNow(), options.Value.StartGrace).Count > 0;
        var views = work.OrderBy(w => w.Start).ThenBy(w => w.Id).Select(QuoteViews.ToView).ToList();
        return new OrderTracking(order.Id, order.Title, order.Status, timeline, views, raised.Value, names, late);
    }
}
