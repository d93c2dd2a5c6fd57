using Cofab.Core.Pricing;

namespace Cofab.Core.Quotes;

/// <summary>
/// One of the three options offered for an order: a schedule over real machines with its price and delivery date, valid
/// until <see cref="ValidUntil"/>. Accepting it books the machines; the order's other quotes are then superseded.
/// </summary>
public sealed class Quote
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid DemanderEnterpriseId { get; set; }
    public QuoteOption Option { get; set; }
    public QuoteStatus Status { get; set; }
    public decimal Total { get; set; }
    public string Currency { get; set; } = "CNY";
    public DateTimeOffset DeliveryDate { get; set; }
    public DateTimeOffset ValidUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What the scheduling engine reported (optimal, feasible) and its objective, for the operator.</summary>
    public required string SolverSummary { get; set; }

    public required PriceBreakdown Breakdown { get; set; }
    public List<ScheduledOperation> Operations { get; set; } = [];
    public List<QuoteFactory> Factories { get; set; } = [];
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; }

    public bool IsExpired(DateTimeOffset now) => now >= ValidUntil;
}

/// <summary>One operation placed on a machine, as the Gantt chart shows it and acceptance books it.</summary>
public sealed record ScheduledOperation(
    Guid PartId,
    string PartName,
    int Step,
    string ProcessCode,
    int Quantity,
    Guid ResourceId,
    string ResourceName,
    Guid ProviderEnterpriseId,
    DateTimeOffset Start,
    DateTimeOffset End,
    decimal Price);

/// <summary>A provider enterprise taking part in a quote, with where its parts are made.</summary>
public sealed record QuoteFactory(Guid EnterpriseId, string Name, double Latitude, double Longitude, int Operations);

public enum QuoteOption
{
    Fastest,
    Cheapest,
    Balanced,
}

public enum QuoteStatus
{
    Open,
    Accepted,

    /// <summary>Another quote of the order was accepted, or fresher quotes replaced it.</summary>
    Superseded,
}
