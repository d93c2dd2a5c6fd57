using Cofab.Core.Matching;
using Cofab.Core.Resources;
using static Cofab.Tests.Matching.MatchingFixtures;

namespace Cofab.Tests.Matching;

public sealed class RankingTests
{
    [Fact]
    public void Cost_by_the_hour_covers_set_up_and_every_piece_plus_the_set_up_charge()
    {
        // (60 + 50 × 12) min = 11 h × 240 = 2,640 + 100 set-up charge.
        Assert.Equal(2740m, CostEstimate.Yuan(Machine().Prices, Mill(), 50, null));
        Assert.Equal(660m, CostEstimate.Minutes(Mill(), 50));
    }

    [Fact]
    public void The_cheapest_computable_term_wins_and_a_value_share_needs_the_declared_value()
    {
        var prices = new List<PriceTerm>
        {
            new() { Model = PricingModel.PerPiece, Rate = 30 },
            new() { Model = PricingModel.ValueShare, Rate = 10 },
        };
        Assert.Equal(1500m, CostEstimate.Yuan(prices, Mill(), 50, null));
        Assert.Equal(1000m, CostEstimate.Yuan(prices, Mill(), 50, 10_000m));
    }

    [Fact]
    public void A_price_for_the_process_wins_over_a_general_one()
    {
        var prices = new List<PriceTerm>
        {
            new() { Model = PricingModel.PerPiece, Rate = 1 },
            new() { Model = PricingModel.PerPiece, Rate = 5, ProcessCode = "machining.milling" },
        };
        Assert.Equal(250m, CostEstimate.Yuan(prices, Mill(), 50, null));
    }

    [Fact]
    public void The_cheaper_nearer_faster_candidate_ranks_first_and_scores_one_hundred()
    {
        var a = new CandidateFigures(Guid.NewGuid(), 1000, 600, 10, false, null);
        var b = new CandidateFigures(Guid.NewGuid(), 3000, 900, 150, false, null);
        var ranked = CandidateRanking.Rank([b, a], RankingWeights.Default);
        Assert.Equal(a.ResourceId, ranked[0].Figures.ResourceId);
        Assert.Equal(100, ranked[0].Score);
        Assert.Equal(0, ranked[1].Score);
    }

    [Fact]
    public void Cost_weighs_most_by_default_and_a_preferred_division_adds_its_bonus()
    {
        var cheapFar = new CandidateFigures(Guid.NewGuid(), 1000, 600, 200, false, null);
        var dearNear = new CandidateFigures(Guid.NewGuid(), 2000, 600, 0, false, null);
        Assert.Equal(cheapFar.ResourceId, CandidateRanking.Rank([dearNear, cheapFar], RankingWeights.Default)[0].Figures.ResourceId);

        // The cheap one: 50 (cost) + 25 (time) = 75. The near, preferred one: 25 (time) + 25 (distance) + bonus.
        var preferred = dearNear with { Preferred = true };
        var ranked = CandidateRanking.Rank([cheapFar, preferred], RankingWeights.Default);
        Assert.Equal([75.0, 60.0], ranked.Select(r => r.Score));
        var bigBonus = CandidateRanking.Rank([cheapFar, preferred], RankingWeights.Default with { PreferenceBonus = 30 });
        Assert.Equal(preferred.ResourceId, bigBonus[0].Figures.ResourceId);
        Assert.Equal(80, bigBonus[0].Score);
    }

    [Fact]
    public void The_top_few_are_the_head_of_the_full_ranking()
    {
        var random = new Random(3);
        var candidates = Enumerable.Range(0, 500).Select(_ => new CandidateFigures(
            Guid.NewGuid(), random.Next(4) == 0 ? null : random.Next(100, 200), random.Next(60, 90), random.Next(0, 30), random.Next(5) == 0, null)).ToList();
        var full = CandidateRanking.Rank(candidates, RankingWeights.Default).Select(r => r.Figures.ResourceId).ToList();
        var top = CandidateRanking.Top(candidates, RankingWeights.Default, 20).Select(t => candidates[t.Index].ResourceId).ToList();
        Assert.Equal(full.Take(20), top);
        Assert.Equal(500, full.Distinct().Count());
    }

    [Fact]
    public void The_top_follows_the_published_formula_and_breaks_ties_by_cost_distance_and_id()
    {
        // Narrow ranges give many equal scores, so the tie-breaks decide much of the order.
        var random = new Random(5);
        var candidates = Enumerable.Range(0, 3000).Select(_ => new CandidateFigures(Guid.NewGuid(), random.Next(5) == 0 ? null : random.Next(100, 104),
            random.Next(4) == 0 ? null : random.Next(60, 62), random.Next(0, 3), random.Next(5) == 0, random.Next(3) == 0 ? "A" : null)).ToArray();
        var weights = RankingWeights.Default with { Credit = 0.1 };
        var (costs, times, distances) = (candidates.Where(c => c.CostYuan is not null).Select(c => (double)c.CostYuan!.Value).ToList(),
            candidates.Where(c => c.Minutes is not null).Select(c => (double)c.Minutes!.Value).ToList(), candidates.Select(c => c.DistanceKm).ToList());
        static double N(double? v, List<double> all) => v is not { } x ? 1 : all.Max() > all.Min() ? (x - all.Min()) / (all.Max() - all.Min()) : 0;
        double Score(CandidateFigures c) => Math.Round((100 * ((weights.Cost * (1 - N((double?)c.CostYuan, costs))) + (weights.Time * (1 - N((double?)c.Minutes, times)))
            + (weights.Distance * (1 - N(c.DistanceKm, distances))) + (weights.Credit * CreditGrades.Score(c.CreditGrade))) / (weights.Cost + weights.Time + weights.Distance + weights.Credit)) + (c.Preferred ? weights.PreferenceBonus : 0), 3);
        var expected = candidates.Select(c => (c.ResourceId, Score: Score(c))).Zip(candidates)
            .OrderByDescending(x => x.First.Score).ThenBy(x => x.Second.CostYuan ?? decimal.MaxValue).ThenBy(x => x.Second.DistanceKm).ThenBy(x => x.First.ResourceId)
            .Select(x => x.First).Take(50).ToList();
        var top = CandidateRanking.Top(candidates, weights, 50).Select(t => (candidates[t.Index].ResourceId, t.Score)).ToList();
        Assert.Equal(expected, top);
    }

    [Fact]
    public void An_unknown_cost_counts_as_the_worst()
    {
        var known = new CandidateFigures(Guid.NewGuid(), 5000, 600, 10, false, null);
        var unknown = new CandidateFigures(Guid.NewGuid(), null, 600, 10, false, null);
        Assert.Equal(known.ResourceId, CandidateRanking.Rank([unknown, known], RankingWeights.Default)[0].Figures.ResourceId);
    }

    [Fact]
    public void Credit_counts_only_when_weighted()
    {
        var graded = new CandidateFigures(Guid.Parse("00000000-0000-0000-0000-000000000002"), 1000, 600, 10, false, "A");
        var ungraded = new CandidateFigures(Guid.Parse("00000000-0000-0000-0000-000000000001"), 1000, 600, 10, false, null);
        Assert.Equal(ungraded.ResourceId, CandidateRanking.Rank([graded, ungraded], RankingWeights.Default)[0].Figures.ResourceId);
        Assert.Equal(graded.ResourceId, CandidateRanking.Rank([ungraded, graded], RankingWeights.Default with { Credit = 0.2 })[0].Figures.ResourceId);
    }

    [Fact]
    public void Candidates_in_a_preferred_division_are_marked()
    {
        Assert.True(Evaluate(Requirement() with { PreferredDivisions = ["3302"] }).Preferred);
        Assert.False(Evaluate(Requirement() with { PreferredDivisions = ["3301"] }).Preferred);
    }
}
