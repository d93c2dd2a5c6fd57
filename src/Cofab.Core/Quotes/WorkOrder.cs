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

    /// <summary>The accepted quote the work order came from, or the RFQ whose bid was awarded (see docs/rfq.md).</summary>
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

/// <summary>One operation of a work order, the booking that holds its machine time, and how far it has come.</summary>
/// <param name="NeedsRematching">Set when the provider declined: the operation waits for another provider.</param>
/// <param name="QuantityDone">Good pieces reported so far (by the provider, over the API or from machine data).</param>
/// <param name="QuantityScrapped">Pieces reported scrapped so far.</param>
/// <param name="StartedAt">When the first progress of this operation was reported.</param>
/// <param name="FinishedAt">When the provider reported the operation finished; null while it is still open.</param>
public sealed record WorkOrderOperation(
    ScheduledOperation Operation,
    Guid BookingId,
    bool NeedsRematching = false,
    int QuantityDone = 0,
    int QuantityScrapped = 0,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null);

/// <summary>The work order life cycle; <see cref="WorkOrderTransitions"/> says which step may follow which.</summary>
public enum WorkOrderStatus
{
    /// <summary>Sent to the provider, awaiting its answer.</summary>
    Released,
    Accepted,
    Declined,

    /// <summary>The provider started the first operation.</summary>
    InProgress,

    /// <summary>The provider reports every operation finished; the lot waits for inspection.</summary>
    Done,

    /// <summary>The lot passed inspection (or its nonconformities were dispositioned so that it may go on).</summary>
    Inspected,

    /// <summary>The lot left the provider, to the next factory or to the demander.</summary>
    Shipped,

    /// <summary>The receiving side (next factory or demander) confirmed it arrived.</summary>
    Received,
}
