using Cofab.Core.Quotes;
using Cofab.Core.Tracking;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Cofab.Platform.Features.Tracking;

/// <summary>
/// Looks for late work once (<see cref="LateWorkDetector"/>) and raises an alert for each piece not alerted yet, each in
/// its own transaction with a <c>workorder.late</c> ledger entry filed under the order. Run by
/// <see cref="LateWorkScanner"/> in the background and by the operator on demand.
/// </summary>
public sealed class ScanLateWork(AppDbContext db, LedgerWriter ledger, AuditTrail audit, IOptions<TrackingOptions> options, TimeProvider clock)
{
    private const int SqliteConstraintUnique = 2067;

    public async Task<Result<ScanOutcome>> HandleAsync(Caller caller, CancellationToken ct)
    {
        if (!caller.IsOperator) return Failure.Forbidden("Only the platform operator can run a late-work scan; it runs on its own every few minutes.");
        var outcome = await RunAsync(ct);
        audit.Record(caller, "alerts.scanned", "alerts", outcome.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture), null, $"{outcome.Raised} raised of {outcome.LateWork} late");
        await db.SaveChangesAsync(ct);
        return outcome;
    }

    public async Task<ScanOutcome> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var running = await db.WorkOrders.AsNoTracking()
            .Where(w => w.Status == WorkOrderStatus.Accepted || w.Status == WorkOrderStatus.InProgress)
            .ToListAsync(ct);
        var late = LateWorkDetector.Detect(running, now, options.Value.StartGrace);
        if (late.Count == 0) return new ScanOutcome(now, 0, 0);

        var workIds = late.Select(l => l.WorkOrder.Id).Distinct().ToList();
        var raised = (await db.ExecutionAlerts.AsNoTracking().Where(a => workIds.Contains(a.WorkOrderId))
            .Select(a => new { a.WorkOrderId, a.OperationKey, a.Kind }).ToListAsync(ct))
            .Select(a => (a.WorkOrderId, a.OperationKey, a.Kind)).ToHashSet();
        var fresh = late.Where(l => !raised.Contains((l.WorkOrder.Id, l.OperationKey, l.Kind))).ToList();
        if (fresh.Count == 0) return new ScanOutcome(now, late.Count, 0);

        var orderIds = fresh.Select(l => l.WorkOrder.OrderId).Distinct().ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToListAsync(ct);
        var dueDates = orders.SelectMany(o => o.Parts).ToDictionary(p => p.Id, p => p.DueDate);
        var orderWork = (await db.WorkOrders.AsNoTracking().Where(w => orderIds.Contains(w.OrderId)).ToListAsync(ct)).ToLookup(w => w.OrderId);

        var count = 0;
        foreach (var item in fresh)
        {
            if (await RaiseAsync(item, LateWorkDetector.ProjectDelays(item, orderWork[item.WorkOrder.OrderId], dueDates), now, ct)) count++;
        }
        return new ScanOutcome(now, late.Count, count);
    }

    private async Task<bool> RaiseAsync(LateWork late, IReadOnlyList<PartDelay> delays, DateTimeOffset now, CancellationToken ct)
    {
        var work = late.WorkOrder;
        var op = late.Operation?.Operation;
        var alert = new ExecutionAlert
        {
            Id = Guid.NewGuid(), OrderId = work.OrderId, WorkOrderId = work.Id, ProviderEnterpriseId = work.ProviderEnterpriseId,
            DemanderEnterpriseId = work.DemanderEnterpriseId, Kind = late.Kind, OperationKey = late.OperationKey, PartId = op?.PartId,
            PartName = op?.PartName, Step = op?.Step, ProcessCode = op?.ProcessCode, PlannedAt = late.PlannedAt,
            LateByMinutes = (long)Math.Floor(late.LateBy.TotalMinutes), RaisedAt = now, ProjectedDelays = [.. delays], Version = Guid.NewGuid(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.ExecutionAlerts.Add(alert);
            // Saved before the ledger lock is taken: a racing scan is stopped by the unique index, not queued behind the ledger.
            await db.SaveChangesAsync(ct);
            await ledger.AppendAsync("workorder.late", [work.DemanderEnterpriseId, work.ProviderEnterpriseId], new
            {
                alertId = alert.Id, workOrderId = work.Id, orderId = work.OrderId, kind = alert.Kind.ToString(), partId = alert.PartId,
                step = alert.Step, processCode = alert.ProcessCode, plannedAt = alert.PlannedAt, lateByMinutes = alert.LateByMinutes,
                projectedDelays = delays.Select(d => new { d.PartId, d.PartName, d.DueDate, d.ProjectedCompletion, delayMinutes = (long)Math.Ceiling(d.Delay.TotalMinutes) }),
            }, LedgerSubjects.Order(work.OrderId), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (IsAlreadyRaised(e))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static bool IsAlreadyRaised(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == TrackingModel.OnceIndex,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique && sqlite.Message.Contains("ExecutionAlerts.", StringComparison.Ordinal),
        _ => false,
    };
}
