namespace Cofab.Core.Rfqs;

/// <summary>
/// A request for quotation (询价/竞价) on a submitted order: invited providers bid a price and a lead time for the whole
/// order or for chosen operations until <see cref="BidDeadline"/>; the demander compares the bids and awards one.
/// </summary>
public sealed class Rfq
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid DemanderEnterpriseId { get; set; }
    public Guid CreatedBy { get; set; }
    public RfqStatus Status { get; set; }

    /// <summary>The operations bid for, in the order's routing; the whole order lists every one of them.</summary>
    public List<RfqOperation> Scope { get; set; } = [];

    /// <summary>Whether the demander asked for the whole order (informative: <see cref="Scope"/> is what counts).</summary>
    public bool WholeOrder { get; set; }

    public DateTimeOffset BidDeadline { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public Guid? AwardedBidId { get; set; }
    public Guid? WorkOrderId { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change: two awards of one RFQ cannot both commit.</summary>
    public Guid Version { get; set; }

    /// <summary>Open for bids: not awarded or cancelled, and the deadline not passed.</summary>
    public bool AcceptsBids(DateTimeOffset now) => Status == RfqStatus.Open && now < BidDeadline;
}

/// <summary>One operation of an order: the part and the number of its routing step.</summary>
public sealed record RfqOperation(Guid PartId, int Step);

/// <summary>An invited provider enterprise; only these (approved) enterprises see the RFQ and may bid.</summary>
public sealed class RfqInvitation
{
    public Guid RfqId { get; set; }
    public Guid ProviderEnterpriseId { get; set; }

    /// <summary>True when the platform chose the provider from matching rather than the demander by name.</summary>
    public bool Proposed { get; set; }
}

/// <summary>
/// A provider's answer to an RFQ. Re-bidding adds a new revision and marks the previous one replaced, so the history
/// stays; at most one bid per provider and RFQ is <see cref="BidStatus.Live"/>.
/// </summary>
public sealed class Bid
{
    public Guid Id { get; set; }
    public Guid RfqId { get; set; }
    public Guid ProviderEnterpriseId { get; set; }
    public Guid SubmittedBy { get; set; }

    /// <summary>1 for the first bid of the provider on this RFQ, one more for each re-bid.</summary>
    public int Revision { get; set; }

    public BidStatus Status { get; set; }
    public decimal Price { get; set; }
    public string Currency { get; set; } = "CNY";
    public int LeadTimeDays { get; set; }

    /// <summary>The provider's own resource it means to use, if it says.</summary>
    public Guid? ResourceId { get; set; }

    public string? Note { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
}

public enum RfqStatus
{
    Open,
    Awarded,
    Cancelled,
}

public enum BidStatus
{
    /// <summary>The provider's current answer.</summary>
    Live,

    /// <summary>A later revision of the same provider took its place.</summary>
    Replaced,

    Withdrawn,
    Won,
    Lost,
}
