namespace Cofab.Core.Execution;

/// <summary>
/// A lot on its way from the provider that finished its operations to whoever continues: the provider holding the next
/// step of the same part, or the demander when none does.
/// </summary>
public sealed class TransportLeg
{
    public const int MaxCarrierLength = 100;
    public const int MaxTrackingNumberLength = 100;

    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid FromWorkOrderId { get; set; }
    public Guid FromEnterpriseId { get; set; }
    public Guid ToEnterpriseId { get; set; }

    /// <summary>The work order that continues with the lot; null when it goes to the demander.</summary>
    public Guid? ToWorkOrderId { get; set; }

    /// <summary>Names of the parts travelling on this leg, for people reading the list.</summary>
    public required string Parts { get; set; }

    public DateTimeOffset PlannedDeparture { get; set; }
    public DateTimeOffset PlannedArrival { get; set; }
    public DateTimeOffset ActualDeparture { get; set; }
    public DateTimeOffset? ActualArrival { get; set; }
    public string? Carrier { get; set; }
    public string? TrackingNumber { get; set; }
    public Guid ShippedBy { get; set; }
    public Guid? ReceivedBy { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; }
}
