using Cofab.Core.Quotes;

namespace Cofab.Core.Tracking;

/// <summary>One piece of late work found at an instant; <see cref="OperationKey"/> names the operation it concerns.</summary>
public sealed record LateWork(
    WorkOrder WorkOrder,
    LateWorkKind Kind,
    string OperationKey,
    WorkOrderOperation? Operation,
    DateTimeOffset PlannedAt,
    TimeSpan LateBy);

/// <summary>
/// Which work is late at a given instant, and what that does to the parts' due dates. Pure: the caller passes the clock's
/// reading, so the same work orders and instant always give the same answer.
/// </summary>
public static class LateWorkDetector
{
    /// <summary>
    /// Names an operation and the planned end it missed: once a re-scheduling moves the plan, running late against the new
    /// plan is new late work with its own alert, not the one already raised.
    /// </summary>
    public static string KeyOf(ScheduledOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return $"{operation.PartId:N}/{operation.Step}@{PlannedMinute(operation.End)}";
    }

    /// <summary>Names a work order's late start against its first planned start (see <see cref="KeyOf"/>).</summary>
    public static string StartKeyOf(DateTimeOffset firstStart) => $"start@{PlannedMinute(firstStart)}";

    private static long PlannedMinute(DateTimeOffset instant) => instant.ToUnixTimeSeconds() / 60;

    /// <summary>
    /// An operation of an accepted or running work order is late once its planned end has passed and it is not reported
    /// finished; an accepted work order is late to start once its first planned start passed by more than
    /// <paramref name="startGrace"/>.
    /// </summary>
    public static IReadOnlyList<LateWork> Detect(IEnumerable<WorkOrder> workOrders, DateTimeOffset now, TimeSpan startGrace)
    {
        ArgumentNullException.ThrowIfNull(workOrders);
        var late = new List<LateWork>();
        foreach (var work in workOrders)
        {
            if (work.Status is not (WorkOrderStatus.Accepted or WorkOrderStatus.InProgress)) continue;
            if (work.Status == WorkOrderStatus.Accepted && work.Operations.Count > 0)
            {
                var firstStart = work.Operations.Min(o => o.Operation.Start);
                if (now - firstStart > startGrace)
                    late.Add(new LateWork(work, LateWorkKind.StartOverdue, StartKeyOf(firstStart), null, firstStart, now - firstStart));
            }

            foreach (var op in work.Operations)
            {
                if (op.FinishedAt is null && op.Operation.End < now)
                    late.Add(new LateWork(work, LateWorkKind.OperationOverdue, KeyOf(op.Operation), op, op.Operation.End, now - op.Operation.End));
            }
        }
        return late;
    }

    /// <summary>
    /// Each affected part's projected completion if everything after the late work slips by as much as it is late (no
    /// slack is assumed to absorb it): the part's latest planned operation end plus the lateness, against its due date.
    /// A late operation affects its part; a late start every part the work order makes.
    /// </summary>
    public static IReadOnlyList<PartDelay> ProjectDelays(LateWork late, IEnumerable<WorkOrder> orderWork, IReadOnlyDictionary<Guid, DateTimeOffset> dueDates)
    {
        ArgumentNullException.ThrowIfNull(late);
        ArgumentNullException.ThrowIfNull(orderWork);
        ArgumentNullException.ThrowIfNull(dueDates);
        List<Guid> parts = late.Operation is { } op
            ? [op.Operation.PartId]
            : late.WorkOrder.Operations.Select(o => o.Operation.PartId).Distinct().ToList();
        var operations = orderWork.Where(w => w.Status != WorkOrderStatus.Declined && w.Id != late.WorkOrder.Id).Append(late.WorkOrder)
            .SelectMany(w => w.Operations).Select(o => o.Operation).ToList();
        var delays = new List<PartDelay>();
        foreach (var partId in parts)
        {
            var ofPart = operations.Where(o => o.PartId == partId).ToList();
            if (ofPart.Count == 0 || !dueDates.TryGetValue(partId, out var due)) continue;
            var projected = ofPart.Max(o => o.End) + late.LateBy;
            delays.Add(new PartDelay(partId, ofPart[0].PartName, due, projected, projected > due ? projected - due : TimeSpan.Zero));
        }
        return delays;
    }
}
