using Cofab.Core.Pricing;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;

namespace Cofab.Platform.Features.Quotes;

/// <summary>A quote as the demander compares it: price breakdown, delivery, factories and the schedule for a Gantt chart.</summary>
public sealed record QuoteView(
    Guid Id,
    Guid OrderId,
    QuoteOption Option,
    QuoteStatus Status,
    bool Expired,
    decimal Total,
    string Currency,
    DateTimeOffset DeliveryDate,
    DateTimeOffset ValidUntil,
    DateTimeOffset CreatedAt,
    PriceBreakdown Breakdown,
    IReadOnlyList<QuoteFactory> Factories,
    IReadOnlyList<ScheduledOperation> Schedule,
    string SolverSummary);

/// <summary>The quotes of an order, newest first.</summary>
public sealed record QuoteList(Guid OrderId, IReadOnlyList<QuoteView> Quotes);

/// <summary>What accepting a quote made: one work order per provider, each holding its booked operations.</summary>
public sealed record AcceptedQuote(Guid QuoteId, Guid OrderId, IReadOnlyList<WorkOrderView> WorkOrders, int Bookings);

/// <summary>A work order for its provider, its demander and the operator.</summary>
public sealed record WorkOrderView(
    Guid Id,
    Guid OrderId,
    Guid QuoteId,
    Guid ProviderEnterpriseId,
    Guid DemanderEnterpriseId,
    WorkOrderStatus Status,
    decimal Price,
    string Currency,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTimeOffset ResponseDeadline,
    IReadOnlyList<WorkOrderOperation> Operations,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt,
    string? DeclineReason);

public sealed record DeclineWorkOrderInput(string? Reason);

/// <summary>
/// The outcome of an acceptance. A refusal for an expired quote or one whose machine time was taken carries
/// <see cref="FreshQuotes"/>: newly computed (and stored) quotes the demander can accept instead.
/// </summary>
public sealed record AcceptOutcome(Result<AcceptedQuote> Result, IReadOnlyList<QuoteView> FreshQuotes, bool Replayed = false);

internal static class QuoteViews
{
    public static QuoteView ToView(Quote q, DateTimeOffset now) => new(q.Id, q.OrderId, q.Option, q.Status, q.Status == QuoteStatus.Open && q.IsExpired(now),
        q.Total, q.Currency, q.DeliveryDate, q.ValidUntil, q.CreatedAt, q.Breakdown, q.Factories, q.Operations, q.SolverSummary);

    public static WorkOrderView ToView(WorkOrder w) => new(w.Id, w.OrderId, w.QuoteId, w.ProviderEnterpriseId, w.DemanderEnterpriseId, w.Status,
        w.Price, w.Currency, w.Start, w.End, w.ResponseDeadline, w.Operations, w.CreatedAt, w.DecidedAt, w.DeclineReason);

    public static object LedgerPayload(WorkOrder w) => new
    {
        workOrderId = w.Id,
        orderId = w.OrderId,
        quoteId = w.QuoteId,
        providerEnterpriseId = w.ProviderEnterpriseId,
        demanderEnterpriseId = w.DemanderEnterpriseId,
        status = w.Status.ToString().ToLowerInvariant(),
        price = w.Price,
        currency = w.Currency,
        operations = w.Operations.Select(o => new { partId = o.Operation.PartId, step = o.Operation.Step, resourceId = o.Operation.ResourceId, bookingId = o.BookingId, start = o.Operation.Start, end = o.Operation.End }),
    };
}
