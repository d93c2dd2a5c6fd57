using Cofab.Core.Geography;
using Cofab.Core.MachineData;
using Cofab.Core.Matching;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;
using Cofab.Platform.Features.Matching;
using static Cofab.Tests.Matching.MatchingFixtures;

namespace Cofab.Tests.Matching;

/// <summary>
/// The search's fast pass must reach the verdicts and figures of the full matcher for every resource: generated
/// resources and requirements that spoil one thing or another, compared resource by resource.
/// </summary>
public sealed class CandidateScanTests
{
    private static readonly string[] Codes = ["machining.milling.3axis", "machining.milling.5axis", "machining.turning.cnc", "machining.milling"];
    private static readonly string[] Materials = ["铝合金 6061", "铝合金", "不锈钢 304", "钛合金 TC4"];

    [Fact]
    public void The_scan_finds_the_candidates_and_figures_the_full_matcher_finds()
    {
        var random = new Random(11);
        var providers = Enumerable.Range(0, 6).Select(i => new ProviderFacts(
            Guid.NewGuid(), $"P{i}", i % 2 == 0 ? "330206" : "330106", Approved: i != 5,
            i % 3 == 0 ? [new Certification { Standard = "ISO 9001", Number = "Q", Issuer = "CQC", ValidUntil = new DateOnly(2026, 12, i == 3 ? 5 : 30) }] : [],
            i == 4 ? "B" : null)).ToDictionary(p => p.EnterpriseId);
        var owners = providers.Keys.ToArray();
        var resources = Enumerable.Range(0, 600).Select(_ => GeneratedResource(random, owners[random.Next(owners.Length)]))
            .Select(IndexedResource.Of).ToDictionary(r => r.Resource.Id);
        var snapshot = new CandidateSnapshot(resources, providers, new Dictionary<Guid, Core.Calendars.SiteCalendar>(), new CapabilityTaxonomy([]),
            Now.AddDays(-1), Now.AddDays(120), new IndexFingerprint(resources.Count, null, providers.Count, 5, null, 0, 0, 0), 0);
        var bookings = new Bookings(resources.Keys.Where((_, i) => i % 7 == 0).ToDictionary(id => id, _ => new TimeWindow(Now.AddDays(1), Now.AddDays(9))));

        var compared = 0;
        var candidates = 0;
        for (var search = 0; search < 200; search++)
        {
            var request = new MatchRequest(GeneratedRequirement(random), Now, Now.AddDays(2 + random.Next(12)), new GeoPoint(29.8 + random.NextDouble(), 121.5), random.Next(2) == 0 ? 5000m : null);
            var rows = snapshot.Covering(request.Requirement.ProcessCode);
            var scan = new CandidateScan(snapshot, request, bookings);
            var figures = new CandidateFigures[rows.Length];
            var positions = new int[rows.Length];
            var excluded = new List<IndexedResource>();
            var found = scan.Run(rows, 0, rows.Length, new ExclusionAudience(SeesAll: true, Guid.Empty, null), figures, positions, excluded);

            var expected = new List<CandidateFigures>();
            for (var i = 0; i < rows.Length; i++)
            {
                var resource = rows[i].Entry.Resource;
                var outcome = ResourceMatcher.Evaluate(request, new MatchSubject(resource, providers.GetValueOrDefault(resource.EnterpriseId),
                    snapshot.TimelineFor(resource, request.Now, request.DueDate), rows[i].Entry.IdleWindows, bookings.Busy(resource.Id, request.Now, request.DueDate)), allReasons: false);
                if (outcome.IsCandidate) expected.Add(new CandidateFigures(resource.Id, outcome.CostYuan, outcome.Minutes, outcome.DistanceKm, outcome.Preferred, providers[resource.EnterpriseId].CreditGrade));
            }

            Assert.Equal(expected, figures.Take(found));
            Assert.Equal(rows.Length - found, excluded.Count);
            Assert.All(positions.Take(found), (p, i) => Assert.Equal(rows[p].Entry.Resource.Id, figures[i].ResourceId));
            compared += rows.Length;
            candidates += found;
        }

        // The generated mix must exercise both verdicts, or the comparison proves little.
        Assert.InRange(candidates, compared / 20, compared - (compared / 20));
    }

    [Fact]
    public void A_demander_gets_no_exclusions_and_a_provider_only_its_own()
    {
        var own = Owner.EnterpriseId;
        var other = new ProviderFacts(Guid.NewGuid(), "other", "330106", Approved: true, []);
        var mine = Machine();
        mine.Visibility = ResourceVisibility.Private;
        var theirs = Machine();
        theirs.EnterpriseId = other.EnterpriseId;
        theirs.Visibility = ResourceVisibility.Private;
        var resources = new[] { mine, theirs }.Select(IndexedResource.Of).ToDictionary(r => r.Resource.Id);
        var providers = new Dictionary<Guid, ProviderFacts> { [own] = Owner, [other.EnterpriseId] = other };
        var snapshot = new CandidateSnapshot(resources, providers, new Dictionary<Guid, Core.Calendars.SiteCalendar>(), new CapabilityTaxonomy([]),
            Now.AddDays(-1), Now.AddDays(120), new IndexFingerprint(2, null, 2, 2, null, 0, 0, 0), 0);
        var request = new MatchRequest(Requirement(), Now, Due, Hangzhou);
        var rows = snapshot.Covering("machining.milling");

        int Excluded(ExclusionAudience audience)
        {
            var excluded = new List<IndexedResource>();
            new CandidateScan(snapshot, request, new Bookings([])).Run(rows, 0, rows.Length, audience, new CandidateFigures[2], new int[2], excluded);
            return excluded.Count;
        }

        Assert.Equal(0, Excluded(new ExclusionAudience(false, Guid.NewGuid(), null)));
        Assert.Equal(1, Excluded(new ExclusionAudience(false, own, null)));
        Assert.Equal(2, Excluded(new ExclusionAudience(true, Guid.NewGuid(), null)));
        Assert.Equal(1, Excluded(new ExclusionAudience(true, Guid.NewGuid(), other.EnterpriseId)));
    }

    private static Resource GeneratedResource(Random random, Guid owner)
    {
        decimal? Maybe(decimal value) => random.Next(6) == 0 ? null : value;
        var capabilities = Enumerable.Range(0, 1 + (random.Next(4) == 0 ? 1 : 0)).Select(_ => new Capability
        {
            ProcessCode = Codes[random.Next(Codes.Length - 1)],
            EnvelopeXMm = Maybe(random.Next(100, 800)),
            EnvelopeYMm = Maybe(random.Next(100, 600)),
            EnvelopeZMm = random.Next(3) == 0 ? null : random.Next(100, 500),
            ToleranceMm = Maybe(random.Next(1, 10) / 100m),
            Materials = [.. Materials.Where(_ => random.Next(2) == 0)],
            MaxWeightKg = Maybe(random.Next(10, 500)),
            MinBatch = random.Next(3) == 0 ? random.Next(1, 50) : null,
            MaxBatch = random.Next(3) == 0 ? random.Next(50, 400) : null,
            UnitTimeMin = random.Next(5) == 0 ? null : random.Next(1, 60),
            SetupTimeMin = random.Next(3) == 0 ? null : random.Next(10, 120),
        }).ToList();
        var resource = Machine(location: new GeoPoint(29.5 + random.NextDouble(), 121 + random.NextDouble()), hourly: random.Next(80, 400));
        resource.EnterpriseId = owner;
        resource.Visibility = random.Next(10) == 0 ? ResourceVisibility.Private : ResourceVisibility.Published;
        resource.Capabilities = capabilities;
        if (random.Next(4) == 0) resource.Prices.Add(new PriceTerm { Model = PricingModel.PerPiece, Rate = random.Next(5, 50), ProcessCode = capabilities[0].ProcessCode });
        if (random.Next(4) == 0) resource.Prices = [new PriceTerm { Model = PricingModel.ValueShare, Rate = random.Next(1, 20) }];
        resource.IdleWindows = [.. Enumerable.Range(0, random.Next(4)).Select(i => new IdleWindow { Start = Now.AddDays((i * 3) + random.Next(2)), End = Now.AddDays((i * 3) + 2).AddHours(random.Next(12)) })];
        return resource;
    }

    private static OperationRequirement GeneratedRequirement(Random random)
    {
        bool Sometimes() => random.Next(2) == 0;
        return new OperationRequirement
        {
            ProcessCode = Codes[random.Next(Codes.Length)],
            EnvelopeXMm = Sometimes() ? random.Next(50, 700) : null,
            EnvelopeYMm = Sometimes() ? random.Next(50, 500) : null,
            EnvelopeZMm = Sometimes() ? random.Next(20, 400) : null,
            ToleranceMm = Sometimes() ? random.Next(1, 12) / 100m : null,
            Material = Sometimes() ? Materials[random.Next(Materials.Length)] : null,
            WeightKg = random.Next(3) == 0 ? random.Next(5, 400) : null,
            Quantity = random.Next(1, 300),
            Certifications = random.Next(4) == 0 ? ["ISO 9001"] : [],
            MinCreditGrade = random.Next(10) == 0 ? "C" : null,
            PreferredDivisions = random.Next(3) == 0 ? ["3302"] : [],
        };
    }

    private sealed class Bookings(Dictionary<Guid, TimeWindow> busy) : IBookedTimeSource
    {
        public ValueTask RefreshAsync(CancellationToken ct) => ValueTask.CompletedTask;

        public IReadOnlyList<TimeWindow> Busy(Guid resourceId, DateTimeOffset from, DateTimeOffset to) =>
            busy.TryGetValue(resourceId, out var window) && window.Start < to && window.End > from ? [window] : [];
    }
}
