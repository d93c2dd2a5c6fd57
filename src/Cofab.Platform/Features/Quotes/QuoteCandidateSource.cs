using Cofab.Core.Geography;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Pricing;
using Cofab.Core.Resources;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quotes;

/// <summary>A machine that can run one routing step, with the figures the scheduler and the pricing need.</summary>
public sealed record QuoteCandidate(
    Guid ResourceId,
    string ResourceName,
    Guid EnterpriseId,
    string EnterpriseName,
    GeoPoint Location,
    Guid? CalendarId,
    decimal SetupMinutes,
    decimal UnitMinutes,
    IReadOnlyList<PriceTerm> Prices);

/// <summary>One routing step to find machines for; <see cref="PartValue"/> prices value-share offers.</summary>
public sealed record CandidateQuery(OperationRequirement Requirement, int Quantity, DateTimeOffset Due, GeoPoint Delivery, decimal? PartValue, int Limit);

/// <summary>The best few machines for one routing step (<see cref="MatchedCandidateSource"/> asks matching).</summary>
public interface IQuoteCandidateSource
{
    /// <summary>For each query, in order, its best candidates (at most its limit), best first.</summary>
    Task<IReadOnlyList<IReadOnlyList<QuoteCandidate>>> FindAsync(IReadOnlyList<CandidateQuery> queries, CancellationToken ct);
}
