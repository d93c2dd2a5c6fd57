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
        var calendars = new Dictionary<Guid, WorkingTimeline>();
        var figures = new List<CandidateFigures>();
        var found = new List<(IndexedResource Entry, MatchOutcome Outcome)>();
        var excluded = new List<IndexedResource>();
        foreach (var entry in snapshot.Covering(request.Requirement.ProcessCode))
        {
            var resource = entry.Resource;
            var seesWhy = caller.SeesAll || resource.EnterpriseId == caller.EnterpriseId;
            var provider = snapshot.Providers.GetValueOrDefault(resource.EnterpriseId);
            // Most of the list is offered and approved; the rest only matters to whoever may see its exclusions.
            if (!seesWhy && (resource.Visibility != ResourceVisibility.Published || provider is not { Approved: true })) continue;
            var outcome = ResourceMatcher.Evaluate(request, MatchingSubjects.Subject(snapshot, entry, provider, bookings, request, calendars), allReasons: false);
            if (outcome.IsCandidate)
            {
                figures.Add(new CandidateFigures(resource.Id, outcome.CostYuan, outcome.Minutes, outcome.DistanceKm, outcome.Preferred, provider!.CreditGrade));
                found.Add((entry, outcome));
            }
            else if (seesWhy)
            {
                excluded.Add(entry);
            }
        }

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
