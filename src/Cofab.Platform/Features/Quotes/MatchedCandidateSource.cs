using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Matching;

namespace Cofab.Platform.Features.Quotes;

/// <summary>
/// Candidates for a quote from matching: every test of the requirement (process and sub-processes, envelope,
/// tolerance, material, weight, batch, certifications, credit) and free capacity before the due date, ranked by
/// matching's score; each candidate's times and prices come from the same index snapshot.
/// </summary>
public sealed class MatchedCandidateSource(FindCandidates find, CandidateIndex index) : IQuoteCandidateSource
{
    /// <summary>The platform itself asks on the demander's behalf (the demander's own right to a quote is checked before).</summary>
    private static readonly Caller Platform = new(Guid.Empty, Guid.Empty, new HashSet<string> { MemberRole.Operator });

    public async Task<IReadOnlyList<IReadOnlyList<QuoteCandidate>>> FindAsync(IReadOnlyList<CandidateQuery> queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var found = new List<IReadOnlyList<QuoteCandidate>>(queries.Count);
        foreach (var query in queries)
        {
            var search = new CandidateSearch(query.Requirement with { Quantity = query.Quantity }, query.Due, query.Delivery.Latitude,
                query.Delivery.Longitude, query.Limit, query.PartValue, ExclusionLimit: 0);
            var result = await find.HandleAsync(search, Platform, ct);
            var snapshot = await index.CurrentAsync(ct);
            found.Add(result.Succeeded ? [.. result.Value.Candidates.Select(c => ToCandidate(c, snapshot)).OfType<QuoteCandidate>()] : []);
        }

        return found;
    }

    private static QuoteCandidate? ToCandidate(CandidateView view, CandidateSnapshot snapshot)
    {
        if (!snapshot.Resources.TryGetValue(view.ResourceId, out var entry)) return null;
        var resource = entry.Resource;
        var capability = resource.Capabilities.FirstOrDefault(c => c.ProcessCode == view.MatchedProcessCode);
        if (capability?.UnitTimeMin is not > 0) return null;
        return new QuoteCandidate(resource.Id, resource.Name, resource.EnterpriseId, view.EnterpriseName, resource.Location, resource.CalendarId,
            capability.SetupTimeMin ?? 0, capability.UnitTimeMin.Value, resource.Prices);
    }
}
