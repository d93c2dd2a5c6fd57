using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Tracking;

/// <summary>
/// The caller's alerts, newest first: a provider those of its work orders, a demander those of its orders, the operator and
/// the regulator all. <paramref name="openOnly"/> leaves out acknowledged ones.
/// </summary>
public sealed class ListAlerts(AppDbContext db)
{
    public async Task<Result<Page<AlertView>>> HandleAsync(bool openOnly, int page, int pageSize, Caller caller, CancellationToken ct)
    {
        var (number, size, invalid) = Paging.Check(page, pageSize);
        if (invalid is not null) return invalid;
        var query = db.ExecutionAlerts.AsNoTracking().Visible(caller);
        if (openOnly) query = query.Where(a => a.AcknowledgedAt == null);
        // Ordered in memory: SQLite cannot order DateTimeOffset columns.
        var all = await query.ToListAsync(ct);
        var items = all.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Id).Skip((number - 1) * size).Take(size).Select(AlertView.From).ToList();
        return new Page<AlertView>(items, all.Count, number, size);
    }
}

/// <summary>The alerts of one order: all of them for its demander and the operator, a provider's own for a provider working on it.</summary>
public sealed class ListOrderAlerts(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<AlertView>>> HandleAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        var order = await TrackingAccess.OrderAsync(db, orderId, caller, ct);
        if (!order.Succeeded) return order.Failure!;
        var query = db.ExecutionAlerts.AsNoTracking().Where(a => a.OrderId == orderId);
        if (!caller.SeesWholeOrder(order.Value)) query = query.Where(a => a.ProviderEnterpriseId == caller.EnterpriseId);
        var alerts = await query.ToListAsync(ct);
        return alerts.OrderByDescending(a => a.RaisedAt).ThenBy(a => a.Id).Select(AlertView.From).ToList();
    }
}

/// <summary>The provider, the demander or the operator takes note of an alert; it then leaves the open lists.</summary>
public sealed class AcknowledgeAlert(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<AlertView>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var alert = await db.ExecutionAlerts.Visible(caller).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (alert is null) return Failure.NotFound(TrackingAccess.NoAlert(id));
        var party = alert.ProviderEnterpriseId == caller.EnterpriseId || alert.DemanderEnterpriseId == caller.EnterpriseId;
        if (!party && !caller.IsOperator) return Failure.Forbidden("Only the work order's provider, the order's demander or the operator can acknowledge an alert.");
        if (alert.AcknowledgedAt is { } at) return Failure.Conflict($"This alert was already acknowledged at {at:yyyy-MM-dd HH:mm}Z; nothing is left to do.");

        alert.AcknowledgedAt = clock.GetUtcNow();
        alert.AcknowledgedBy = caller.UserId;
        alert.AcknowledgedByEnterpriseId = caller.EnterpriseId;
        alert.Version = Guid.NewGuid();
        audit.Record(caller, "alert.acknowledged", "alert", alert.Id.ToString(), alert.DemanderEnterpriseId, $"{alert.Kind} on work order {alert.WorkOrderId}");
        if (await db.SaveOrConflictAsync("This alert changed at the same moment; reload it.", ct) is { } conflict) return conflict;
        return AlertView.From(alert);
    }
}
