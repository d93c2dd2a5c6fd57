using Cofab.Core.Matching;
using Cofab.Core.Orders;
using Cofab.Core.Resources;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// A candidate search for one operation. Free capacity counts from now to <see cref="DueDate"/>; distance is to the
/// delivery point. <see cref="DeclaredValueYuan"/> prices value-share offers (they cannot be estimated without it).
/// <see cref="ExclusionsOf"/> narrows the explained exclusions to one provider's machines ("why not this factory?").
/// </summary>
public sealed record CandidateSearch(
    OperationRequirement Requirement,
    DateTimeOffset DueDate,
    double DeliveryLatitude,
    double DeliveryLongitude,
    int Limit = 20,
    decimal? DeclaredValueYuan = null,
    int ExclusionLimit = 50,
    Guid? ExclusionsOf = null);

/// <summary>A ranked candidate with the public data of its resource (no asset number, calendar or owner's contacts).</summary>
public sealed record CandidateView(
    int Rank,
    double Score,
    Guid ResourceId,
    string Name,
    ResourceKind Kind,
    string? Manufacturer,
    string? Model,
    Guid EnterpriseId,
    string EnterpriseName,
    string DivisionCode,
    double Latitude,
    double Longitude,
    string MatchedProcessCode,
    decimal? EstimatedCostYuan,
    decimal? EstimatedMinutes,
    double DistanceKm,
    double FreeHoursBeforeDue,
    bool Preferred);

/// <summary>A resource of the process that is not a candidate, and every reason why.</summary>
public sealed record ExcludedResource(Guid ResourceId, string Name, Guid EnterpriseId, IReadOnlyList<MatchExclusion> Reasons);

/// <summary>
/// The answer to a search. <see cref="ExcludedCount"/> and <see cref="Exclusions"/> cover only what the caller may
/// see: all resources of the process for the operator, the provider's own for a provider, none for a demander.
/// </summary>
public sealed record CandidateResult(
    int CandidateCount,
    IReadOnlyList<CandidateView> Candidates,
    int ExcludedCount,
    IReadOnlyList<ExcludedResource> Exclusions,
    string Ranking);

/// <summary>Why one resource is or is not a candidate for a requirement, with the figures it would be ranked by.</summary>
public sealed record MatchExplanation(
    Guid ResourceId,
    string Name,
    Guid EnterpriseId,
    bool IsCandidate,
    IReadOnlyList<MatchExclusion> Reasons,
    string? MatchedProcessCode,
    decimal? EstimatedCostYuan,
    decimal? EstimatedMinutes,
    double DistanceKm,
    double? FreeHoursBeforeDue);
