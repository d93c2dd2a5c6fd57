namespace Cofab.Core.Quotes;

/// <summary>
/// The part of an accepted quote one provider enterprise carries out: its operations with machines, dates and prices.
/// The provider accepts or declines it before <see cref="ResponseDeadline"/>; a decline releases its bookings and marks
/// its operations for re-matching.
/// </summary>
public sealed class WorkOrder
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid QuoteId { get; set; }
    public Guid ProviderEnterpriseId { get; set; }
    public Guid DemanderEnterpriseId { get; set; }
    public WorkOrderStatus Status { get; set; }
    public decimal Price { get; set; }
    public string Currency { get; set; } = "CNY";
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public DateTimeOffset ResponseDeadline { get; set; }
    public List<WorkOrderOperation> Operations { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DeclineReason { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; }
}

/// <summary>One operation of a work order and the booking that holds its machine time.</summary>
/// <param name="NeedsRematching">Set when the provider declined: the operation waits for another provider.</param>
public sealed record WorkOrderOperation(ScheduledOperation Operation, Guid BookingId, bool NeedsRematching = false);

public enum WorkOrderStatus
{
    /// <summary>Sent to the provider, awaiting its answer.</summary>
    Released,
    Accepted,
    Declined,
}
