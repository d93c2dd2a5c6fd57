using Cofab.Core.Geography;
using Cofab.Core.Matching;
using Cofab.Core.Orders;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Members;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// The candidate resources for one operation, ranked, from the in-memory index: only resources of the requested
/// process (or below it) are touched. Candidates are published resources of approved members with every test passed.
/// The operator also gets the explained exclusions of all resources of the process, a provider those of its own.
/// </summary>
public sealed class FindCandidates(CandidateIndex index, IBookedTimeSource bookings, MemberGate gate, TimeProvider clock, IOptions<MatchingOptions> options)
{
    public static readonly string RankingFormula =
        "score = 100 × (wCost·(1 − n(cost)) + wTime·(1 − n(time)) + wDistance·(1 − n(distance)) + wCredit·credit) / Σw + bonus if in a preferred division; " +
        "n(x) = (x − min) / (max − min) over this search's candidates, unknown cost or time = 1; highest score first";

    public async Task<Result<CandidateResult>> HandleAsync(CandidateSearch search, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var snapshot = await index.CurrentAsync(ct);
        await bookings.RefreshAsync(ct);
        // The index knows who is approved (membership decisions refresh it); only a doubtful case asks the database,
        // which also words the refusal.
        if (!caller.IsOperator && snapshot.Providers.GetValueOrDefault(caller.EnterpriseId) is not { Approved: true }
            && await gate.RequireApprovedAsync(caller, ct) is { } notApproved) return notApproved;
        var now = clock.GetUtcNow();
        if (MatchingValidation.Check(search, snapshot.Taxonomy, now) is { } invalid) return invalid;

        var request = MatchingSubjects.Request(search.Requirement, now, search.DueDate, search.DeliveryLatitude, search.DeliveryLongitude, search.DeclaredValueYuan);
        var entries = snapshot.Covering(request.Requirement.ProcessCode);
        // A broad process (a parent node) can cover tens of thousands of resources: then the scan runs on one slice per
        // core and the slices are joined in order, so the result is the same as a single pass.
        var slices = entries.Length >= ParallelFrom ? Math.Min(Environment.ProcessorCount, 4) : 1;
        var scans = new Scan[slices];
        Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = slices, CancellationToken = ct }, s =>
            scans[s] = ScanSlice(entries, entries.Length * s / slices, entries.Length * (s + 1) / slices, snapshot, request, caller, search.ExclusionsOf));
        var figures = scans.SelectMany(x => x.Figures).ToList();
        var found = scans.SelectMany(x => x.Found).ToList();
        var excluded = scans.SelectMany(x => x.Excluded).ToList();
        var calendars = scans[0].Calendars;

        var top = CandidateRanking.Top(figures, options.Value.Weights, search.Limit);
        var views = top.Select((r, i) => View(i + 1, r.Score, found[r.Index], snapshot)).ToList();
        // Full explanations (every reason) only for the few that are shown.
        var explained = excluded.Take(search.ExclusionLimit).Select(entry =>
        {
            var outcome = ResourceMatcher.Evaluate(request, MatchingSubjects.Subject(snapshot, entry, snapshot.Providers.GetValueOrDefault(entry.Resource.EnterpriseId), bookings, request, calendars), allReasons: true);
            return new ExcludedResource(entry.Resource.Id, entry.Resource.Name, entry.Resource.EnterpriseId, outcome.Exclusions);
        }).ToList();
        return new CandidateResult(figures.Count, views, excluded.Count, explained, RankingFormula);
    }

    /// <summary>Process buckets at least this large are scanned in parallel slices.</summary>
    private const int ParallelFrom = 4000;

    private sealed record Scan(List<CandidateFigures> Figures, List<(IndexedResource Entry, MatchOutcome Outcome)> Found, List<IndexedResource> Excluded,
        Dictionary<Guid, WorkingTimeline> Calendars);

    private Scan ScanSlice(IndexedResource[] entries, int from, int to, CandidateSnapshot snapshot, MatchRequest request, Caller caller, Guid? exclusionsOf)
    {
        var scan = new Scan([], [], [], []);
        for (var i = from; i < to; i++)
        {
            var entry = entries[i];
            var resource = entry.Resource;
            var seesWhy = (caller.SeesAll || resource.EnterpriseId == caller.EnterpriseId) && (exclusionsOf is null || resource.EnterpriseId == exclusionsOf);
            var provider = snapshot.Providers.GetValueOrDefault(resource.EnterpriseId);
            // Most of the list is offered and approved; the rest only matters to whoever may see its exclusions.
            if (!seesWhy && (resource.Visibility != ResourceVisibility.Published || provider is not { Approved: true })) continue;
            var outcome = ResourceMatcher.Evaluate(request, MatchingSubjects.Subject(snapshot, entry, provider, bookings, request, scan.Calendars), allReasons: false);
            if (outcome.IsCandidate)
            {
                scan.Figures.Add(new CandidateFigures(resource.Id, outcome.CostYuan, outcome.Minutes, outcome.DistanceKm, outcome.Preferred, provider!.CreditGrade));
                scan.Found.Add((entry, outcome));
            }
            else if (seesWhy)
            {
                scan.Excluded.Add(entry);
            }
        }

        return scan;
    }

    private static CandidateView View(int rank, double score, (IndexedResource Entry, MatchOutcome Outcome) found, CandidateSnapshot snapshot)
    {
        var (r, o) = (found.Entry.Resource, found.Outcome);
        var provider = snapshot.Providers[r.EnterpriseId];
        return new CandidateView(rank, score, r.Id, r.Name, r.Kind, r.Manufacturer, r.Model, r.EnterpriseId, provider.Name, provider.DivisionCode,
            r.Location.Latitude, r.Location.Longitude, o.Capability!.ProcessCode, o.CostYuan, o.Minutes, Math.Round(o.DistanceKm, 1),
            Math.Round((o.FreeMinutes ?? 0) / 60, 1), o.Preferred);
    }
}

/// <summary>Builds the pure matcher's inputs from the index, shared by the search and the explanation.</summary>
internal static class MatchingSubjects
{
    public static MatchRequest Request(OperationRequirement requirement, DateTimeOffset now, DateTimeOffset due, double latitude, double longitude, decimal? declaredValue)
    {
        // JSON may carry explicit nulls for the lists; the matcher expects empty ones.
        var normalised = requirement with
        {
            Certifications = requirement.Certifications ?? [],
            PreferredDivisions = requirement.PreferredDivisions ?? [],
            Attributes = requirement.Attributes ?? new Dictionary<string, string>(),
        };
        return new MatchRequest(normalised, now, due, new GeoPoint(latitude, longitude), declaredValue);
    }

    public static MatchSubject Subject(CandidateSnapshot snapshot, IndexedResource entry, ProviderFacts? provider, IBookedTimeSource bookings, MatchRequest request, Dictionary<Guid, WorkingTimeline> calendars) => new(
        entry.Resource,
        provider,
        snapshot.TimelineFor(entry.Resource, request.Now, request.DueDate, calendars),
        entry.IdleWindows,
        bookings.Busy(entry.Resource.Id, request.Now, request.DueDate));
}
