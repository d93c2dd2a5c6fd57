namespace Cofab.Core.Tracking;

/// <summary>
/// Late work raised once per (work order, operation, kind): what was planned, how late it was when noticed, and how far the
/// order's parts are then projected to miss their due dates. The provider, the demander or the operator acknowledges it.
/// </summary>
public sealed class ExecutionAlert
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid WorkOrderId { get; set; }
    public Guid ProviderEnterpriseId { get; set; }
    public Guid DemanderEnterpriseId { get; set; }
    public LateWorkKind Kind { get; set; }

    /// <summary>Which operation and planned instant (<see cref="LateWork.OperationKey"/>); one alert per work order, operation, plan and kind.</summary>
    public required string OperationKey { get; set; }

    public Guid? PartId { get; set; }
    public string? PartName { get; set; }
    public int? Step { get; set; }
    public string? ProcessCode { get; set; }

    /// <summary>The planned instant that passed: the operation's end, or the work order's first start.</summary>
    public DateTimeOffset PlannedAt { get; set; }

    public long LateByMinutes { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public List<PartDelay> ProjectedDelays { get; set; } = [];
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public Guid? AcknowledgedBy { get; set; }
    public Guid? AcknowledgedByEnterpriseId { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; }
}

public enum LateWorkKind
{
    /// <summary>An accepted or running operation whose planned end passed without it being reported finished.</summary>
    OperationOverdue,

    /// <summary>An accepted work order whose first planned start passed by more than the grace without it starting.</summary>
    StartOverdue,
}

/// <summary>How a part's completion is projected against its due date; <see cref="Delay"/> is zero when it still makes it.</summary>
public sealed record PartDelay(Guid PartId, string PartName, DateTimeOffset DueDate, DateTimeOffset ProjectedCompletion, TimeSpan Delay);
