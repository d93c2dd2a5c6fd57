using System.Buffers;
using Cofab.Core.Geography;
using Cofab.Core.MachineData;
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
        // core, each slice writing its candidates from its own first place on; the slices are then closed up in order,
        // so the result is the same as a single pass. The buffers are pooled: a broad search would otherwise put
        // megabytes on the large-object heap each time.
        var slices = entries.Length >= ParallelFrom ? Math.Min(Environment.ProcessorCount, 4) : 1;
        var figures = ArrayPool<CandidateFigures>.Shared.Rent(entries.Length);
        var positions = ArrayPool<int>.Shared.Rent(entries.Length);
        try
        {
            var scans = new CandidateScan[slices];
            var counts = new int[slices];
            var excludedBySlice = new List<IndexedResource>[slices];
            var audience = new ExclusionAudience(caller.SeesAll, caller.EnterpriseId, search.ExclusionsOf);
            Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = slices, CancellationToken = ct }, s =>
            {
                scans[s] = new CandidateScan(snapshot, request, bookings);
                excludedBySlice[s] = [];
                counts[s] = scans[s].Run(entries, entries.Length * s / slices, entries.Length * (s + 1) / slices, audience, figures, positions, excludedBySlice[s]);
            });
            var found = counts[0];
            for (var s = 1; s < slices; s++)
            {
                var from = entries.Length * s / slices;
                Array.Copy(figures, from, figures, found, counts[s]);
                Array.Copy(positions, from, positions, found, counts[s]);
                found += counts[s];
            }

            var excluded = excludedBySlice.SelectMany(x => x).ToList();
            var calendars = scans[0].Calendars;
            var top = CandidateRanking.Top(figures.AsSpan(0, found), options.Value.Weights, search.Limit);
            // The shown few are judged again in full for the figures of their view (the scan keeps only what ranking weighs).
            var views = top.Select((r, i) => View(i + 1, r.Score, entries[positions[r.Index]].Entry, snapshot, request, calendars)).ToList();
            // Full explanations (every reason) only for the few that are shown.
            var explained = excluded.Take(search.ExclusionLimit).Select(entry =>
            {
                var outcome = ResourceMatcher.Evaluate(request, MatchingSubjects.Subject(snapshot, entry, snapshot.Providers.GetValueOrDefault(entry.Resource.EnterpriseId), bookings, request, calendars), allReasons: true);
                return new ExcludedResource(entry.Resource.Id, entry.Resource.Name, entry.Resource.EnterpriseId, outcome.Exclusions);
            }).ToList();
            return new CandidateResult(found, views, excluded.Count, explained, RankingFormula);
        }
        finally
        {
            ArrayPool<CandidateFigures>.Shared.Return(figures);
            ArrayPool<int>.Shared.Return(positions);
        }
    }

    /// <summary>Process buckets at least this large are scanned in parallel slices.</summary>
    private const int ParallelFrom = 4000;

    private CandidateView View(int rank, double score, IndexedResource entry, CandidateSnapshot snapshot, MatchRequest request, Dictionary<Guid, WorkingTimeline> calendars)
    {
        var r = entry.Resource;
        var provider = snapshot.Providers[r.EnterpriseId];
        var o = ResourceMatcher.Evaluate(request, MatchingSubjects.Subject(snapshot, entry, provider, bookings, request, calendars), allReasons: false);
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
