using Cofab.Core.Matching;
using Cofab.Core.MachineData;
using Cofab.Core.Resources;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// The search's pass over the resources of a process. It reaches the verdict of <see cref="ResourceMatcher.Evaluate"/>
/// without all reasons, with the same tests (all of which must pass), but it allocates nothing per resource, asks for a resource's time (calendar,
/// bookings) only once its description and owner pass, remembers for the search what depends only on the owner
/// (certifications, credit grade, preferred division), and works out cost and distance for candidates only: a broad
/// process (all milling) leaves twenty thousand resources to judge within the search's budget.
/// One scan serves one thread; parallel slices each have their own.
/// </summary>
public sealed class CandidateScan(CandidateSnapshot snapshot, MatchRequest request, IBookedTimeSource bookings)
{
    private readonly DateOnly _dueDay = request.DueDay;
    // Without certifications or a credit grade demanded every owner passes (CheckProvider has nothing to test).
    private readonly bool _everyProviderPasses = request.Requirement.Certifications.Count == 0 && request.Requirement.MinCreditGrade is null;
    private readonly Dictionary<ProviderFacts, bool> _providerPasses = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ProviderFacts, bool> _preferred = new(ReferenceEqualityComparer.Instance);

    /// <summary>Calendars expanded beyond the snapshot's horizon during this scan (the explanations reuse them).</summary>
    public Dictionary<Guid, WorkingTimeline> Calendars { get; } = [];

    /// <summary>
    /// Judges <paramref name="rows"/>[<paramref name="from"/>..<paramref name="to"/>). Candidates go, in order, to
    /// <paramref name="figures"/> and their indexes in <paramref name="rows"/> to <paramref name="positions"/>, both
    /// from place <paramref name="from"/> on; the excluded resources the caller may see explained go to
    /// <paramref name="excluded"/>. Returns the number of candidates.
    /// </summary>
    public int Run(CandidateRow[] rows, int from, int to, ExclusionAudience audience, CandidateFigures[] figures, int[] positions, List<IndexedResource> excluded)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(excluded);
        var found = from;
        for (var i = from; i < to; i++)
        {
            ref readonly var row = ref rows[i];
            if (row.Offered && TryCandidate(row, out figures[found]))
            {
                positions[found++] = i;
            }
            else if (audience.Sees(row.EnterpriseId))
            {
                excluded.Add(row.Entry);
            }
        }

        return found - from;
    }

    /// <summary>
    /// Whether an offered resource (published, owner approved) is a candidate, and its ranking figures if so. The tests
    /// are those of <see cref="ResourceMatcher.Evaluate"/> (parameters, owner, free time), all of which must pass; the
    /// owner's, remembered per search, goes first because it is the cheapest.
    /// </summary>
    public bool TryCandidate(in CandidateRow row, out CandidateFigures figures)
    {
        figures = default;
        var provider = row.Provider!;
        if (!ProviderPasses(provider)) return false;
        var requirement = request.Requirement;
        var resource = row.Entry.Resource;
        var capability = row.OnlyCovering is { } only
            ? RequirementChecks.CheckParameters(requirement, only, found: null) ? only : null
            : ResourceMatcher.PassingCapability(requirement, resource);
        if (capability is null) return false;

        var minutes = CostEstimate.Minutes(capability, requirement.Quantity);
        var calendar = snapshot.TimelineFor(resource, request.Now, request.DueDate, Calendars);
        var free = FreeCapacity.Minutes(calendar, row.Entry.IdleWindows, bookings.Busy(resource.Id, request.Now, request.DueDate), request.Now, request.DueDate);
        var needed = (double)(minutes ?? 0);
        if (free <= 0 || free < needed) return false;

        figures = new CandidateFigures(resource.Id, CostEstimate.Yuan(resource.Prices, capability, requirement.Quantity, request.DeclaredValueYuan), minutes,
            resource.Location.DistanceKmTo(request.Delivery), Preferred(provider), provider.CreditGrade);
        return true;
    }

    private bool ProviderPasses(ProviderFacts provider)
    {
        if (_everyProviderPasses) return true;
        if (!_providerPasses.TryGetValue(provider, out var passes))
            _providerPasses[provider] = passes = RequirementChecks.CheckProvider(request.Requirement, provider, _dueDay, found: null);
        return passes;
    }

    private bool Preferred(ProviderFacts provider)
    {
        var prefixes = request.Requirement.PreferredDivisions;
        if (prefixes.Count == 0) return false;
        if (!_preferred.TryGetValue(provider, out var preferred))
            _preferred[provider] = preferred = ResourceMatcher.IsPreferred(provider.DivisionCode, prefixes);
        return preferred;
    }
}

/// <summary>
/// Whose excluded resources a search explains: the operator and the regulator see all, a provider its own; with
/// <see cref="Of"/> only that enterprise's (when a factory asks why it got nothing).
/// </summary>
public readonly record struct ExclusionAudience(bool SeesAll, Guid Own, Guid? Of)
{
    public bool Sees(Guid enterpriseId) => (SeesAll || enterpriseId == Own) && (Of is null || enterpriseId == Of);
}
