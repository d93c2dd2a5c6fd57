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

/// <summary>
/// SEAM for matching: the best few machines for one routing step. The matching feature's FindCandidates (ranked,
/// explained, with free capacity) is to replace <see cref="CapabilityCandidateSource"/> at merge: adapt its
/// CandidateView list (resource id → load the resource's times and prices) behind this interface.
/// </summary>
public interface IQuoteCandidateSource
{
    /// <summary>For each query, in order, its best candidates (at most its limit), best first.</summary>
    Task<IReadOnlyList<IReadOnlyList<QuoteCandidate>>> FindAsync(IReadOnlyList<CandidateQuery> queries, CancellationToken ct);
}

/// <summary>
/// Interim candidates straight from the database: published machines of approved members with a capability of the step's
/// process (or one below it), the material and batch size accepted and times stated, cheapest first, then nearest.
/// Envelope, tolerance, certification and credit tests are matching's job and are not repeated here.
/// </summary>
public sealed class CapabilityCandidateSource(AppDbContext db) : IQuoteCandidateSource
{
    public async Task<IReadOnlyList<IReadOnlyList<QuoteCandidate>>> FindAsync(IReadOnlyList<CandidateQuery> queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        // Interim and small (the demo region has a few hundred machines): the capability test runs in memory.
        var resources = await db.Resources.AsNoTracking()
            .Where(r => r.Visibility == ResourceVisibility.Published)
            .Join(db.Enterprises.Where(e => e.Status == MembershipStatus.Approved), r => r.EnterpriseId, e => e.Id, (r, e) => new { Resource = r, e.Name })
            .ToListAsync(ct);
        return [.. queries.Select(q => (IReadOnlyList<QuoteCandidate>)[.. Best(q, resources.Select(r => (r.Resource, r.Name)))])];
    }

    private static IEnumerable<QuoteCandidate> Best(CandidateQuery query, IEnumerable<(Resource Resource, string Owner)> resources)
    {
        var process = query.Requirement.ProcessCode;
        var found = new List<(QuoteCandidate Candidate, decimal Price, double Km)>();
        foreach (var (resource, owner) in resources)
        {
            var capability = resource.Capabilities.FirstOrDefault(c => Fits(c, process, query));
            if (capability is null) continue;
            var candidate = new QuoteCandidate(resource.Id, resource.Name, resource.EnterpriseId, owner, resource.Location, resource.CalendarId,
                capability.SetupTimeMin ?? 0, capability.UnitTimeMin!.Value, resource.Prices);
            var charge = OperationPricing.Price(resource.Prices, new OperationWork(process, query.Quantity, candidate.SetupMinutes, candidate.UnitMinutes, query.PartValue));
            if (charge is null) continue;
            found.Add((candidate, charge.Amount, resource.Location.DistanceKmTo(query.Delivery)));
        }

        return found.OrderBy(f => f.Price).ThenBy(f => f.Km).ThenBy(f => f.Candidate.ResourceId).Take(query.Limit).Select(f => f.Candidate);
    }

    /// <summary>As matching reads materials: a family ("铝合金") accepts every listed grade of it ("铝合金 6061").</summary>
    private static bool HasMaterial(List<string> listed, string wanted) => listed.Any(m => m.Equals(wanted, StringComparison.OrdinalIgnoreCase)
        || (m.Length > wanted.Length && m[wanted.Length] == ' ' && m.StartsWith(wanted, StringComparison.OrdinalIgnoreCase)));

    private static bool Fits(Capability capability, string process, CandidateQuery query) =>
        (capability.ProcessCode == process || capability.ProcessCode.StartsWith(process + ".", StringComparison.Ordinal))
        && capability.UnitTimeMin is > 0
        && (query.Requirement.Material is not { } material || capability.Materials.Count == 0 || HasMaterial(capability.Materials, material.Trim()))
        && (capability.MinBatch is not { } min || query.Quantity >= min)
        && (capability.MaxBatch is not { } max || query.Quantity <= max);
}
