using Cofab.Core.Rfqs;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>
/// What the demander asks for: the whole order or named operations, bids until <see cref="BidDeadline"/>, from the named
/// provider enterprises, or, when none are named, from those owning the best-matched machines of each operation.
/// </summary>
public sealed record OpenRfqInput(
    bool WholeOrder,
    IReadOnlyList<RfqOperation>? Operations,
    DateTimeOffset? BidDeadline,
    IReadOnlyList<Guid>? InvitedProviders,
    string? Note);

/// <summary>A provider's answer: a price in yuan for the whole scope, a lead time in days from the award, optionally the machine.</summary>
public sealed record SubmitBidInput(decimal? Price, int? LeadTimeDays, Guid? ResourceId, string? Note);

public sealed record AwardRfqInput(Guid? BidId);

public sealed record CancelRfqInput(string? Reason);

/// <summary>
/// An RFQ as its reader may see it: the demander and the operator get every invited provider and every current bid side
/// by side; an invited provider gets its own bid only and no list of competitors.
/// </summary>
public sealed record RfqView(
    Guid Id,
    Guid OrderId,
    string OrderTitle,
    Guid DemanderEnterpriseId,
    RfqStatus Status,
    bool OpenForBids,
    bool WholeOrder,
    IReadOnlyList<RfqOperationView> Scope,
    DateTimeOffset BidDeadline,
    string? Note,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    Guid? AwardedBidId,
    Guid? WorkOrderId,
    IReadOnlyList<InvitedProviderView> Invited,
    IReadOnlyList<BidView> Bids,
    Guid Version);

public sealed record RfqOperationView(Guid PartId, string PartName, int Step, string ProcessCode, int Quantity, DateTimeOffset DueDate);

public sealed record InvitedProviderView(Guid EnterpriseId, string Name, bool Proposed);

/// <summary>
/// One bid for comparison. <see cref="DeliveryDate"/> is the award moment (now while open) plus the lead time;
/// <see cref="DistanceKm"/> runs from the provider's site (or the named machine) to the order's delivery site.
/// </summary>
public sealed record BidView(
    Guid Id,
    Guid ProviderEnterpriseId,
    string ProviderName,
    string? CreditGrade,
    double DistanceKm,
    int Revision,
    BidStatus Status,
    decimal Price,
    string Currency,
    int LeadTimeDays,
    DateTimeOffset DeliveryDate,
    Guid? ResourceId,
    string? ResourceName,
    string? Note,
    DateTimeOffset SubmittedAt);

/// <summary>What an award made: the RFQ awarded and the provider's released work order.</summary>
public sealed record AwardedRfq(RfqView Rfq, Quotes.WorkOrderView WorkOrder, bool OrderAccepted);
