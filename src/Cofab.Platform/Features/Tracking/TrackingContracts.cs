using Cofab.Core.Quotes;
using Cofab.Core.Tracking;
using Cofab.Platform.Features.Quotes;

namespace Cofab.Platform.Features.Tracking;

public sealed record PartDelayView(Guid PartId, string PartName, DateTimeOffset DueDate, DateTimeOffset ProjectedCompletion, long DelayMinutes)
{
    public static PartDelayView From(PartDelay delay) =>
        new(delay.PartId, delay.PartName, delay.DueDate, delay.ProjectedCompletion, (long)Math.Ceiling(delay.Delay.TotalMinutes));
}

public sealed record AlertView(
    Guid Id,
    Guid OrderId,
    Guid WorkOrderId,
    Guid ProviderEnterpriseId,
    Guid DemanderEnterpriseId,
    LateWorkKind Kind,
    Guid? PartId,
    string? PartName,
    int? Step,
    string? ProcessCode,
    DateTimeOffset PlannedAt,
    long LateByMinutes,
    DateTimeOffset RaisedAt,
    IReadOnlyList<PartDelayView> ProjectedDelays,
    DateTimeOffset? AcknowledgedAt,
    Guid? AcknowledgedBy,
    Guid Version)
{
    public bool Open => AcknowledgedAt is null;

    public static AlertView From(ExecutionAlert a) => new(a.Id, a.OrderId, a.WorkOrderId, a.ProviderEnterpriseId, a.DemanderEnterpriseId, a.Kind,
        a.PartId, a.PartName, a.Step, a.ProcessCode, a.PlannedAt, a.LateByMinutes, a.RaisedAt, [.. a.ProjectedDelays.Select(PartDelayView.From)],
        a.AcknowledgedAt, a.AcknowledgedBy, a.Version);
}

/// <summary>What one scan found: late work in total, and the alerts it raised that did not exist yet.</summary>
public sealed record ScanOutcome(DateTimeOffset At, int LateWork, int Raised);

/// <summary>One remaining operation, where the plan had it and where the proposal puts it (same machine).</summary>
public sealed record ProposedOperation(
    Guid WorkOrderId,
    Guid PartId,
    string PartName,
    int Step,
    string ProcessCode,
    Guid ResourceId,
    string ResourceName,
    Guid ProviderEnterpriseId,
    DateTimeOffset PlannedStart,
    DateTimeOffset PlannedEnd,
    DateTimeOffset ProposedStart,
    DateTimeOffset ProposedEnd);

public sealed record ProposedPart(Guid PartId, string PartName, DateTimeOffset DueDate, DateTimeOffset PlannedCompletion, DateTimeOffset ProjectedCompletion, long DelayMinutes);

/// <summary>
/// A new timing for an order's remaining operations on the machines they are booked on, computed now and not applied:
/// the bookings stay as they are until the demander or the operator applies it with <paramref name="ApplyToken"/>
/// (null for those who may not apply it).
/// </summary>
public sealed record RescheduleProposal(
    Guid OrderId,
    DateTimeOffset ComputedAt,
    string SolverSummary,
    IReadOnlyList<ProposedOperation> Operations,
    IReadOnlyList<ProposedPart> Parts,
    long DelayMinutes,
    string? ApplyToken);

/// <summary>The proposal to apply: the <see cref="RescheduleProposal.ApplyToken"/> of the proposal the caller looked at.</summary>
public sealed record ApplyRescheduleInput(string? Token);

/// <summary>What applying a proposal changed: the work orders with their new plan and the alerts it answered.</summary>
public sealed record AppliedReschedule(
    Guid OrderId,
    DateTimeOffset AppliedAt,
    int OperationsMoved,
    int BookingsMoved,
    IReadOnlyList<WorkOrderView> WorkOrders,
    IReadOnlyList<Guid> AlertsAnswered);

internal static class TrackingStatuses
{
    /// <summary>Work orders whose operations may still run, so whose bookings a proposal may move.</summary>
    public static readonly WorkOrderStatus[] Open = [WorkOrderStatus.Released, WorkOrderStatus.Accepted, WorkOrderStatus.InProgress];

    /// <summary>What a re-scheduling re-times: the unfinished operations of open work orders that no other provider is awaited for.</summary>
    public static List<RemainingOperation> Remaining(IEnumerable<WorkOrder> work) =>
        [.. work.Where(w => Open.Contains(w.Status)).SelectMany(w => w.Operations.Where(o => o.FinishedAt is null && !o.NeedsRematching).Select(o => new RemainingOperation(w, o)))];
}
