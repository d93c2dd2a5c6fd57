using System.Globalization;
using Cofab.Core.Quality;

namespace Cofab.Tests.Quality;

public sealed class SingleSamplingTests
{
    [Theory]
    [InlineData(1000, InspectionLevel.II, 'J')]
    [InlineData(1000, InspectionLevel.I, 'G')]
    [InlineData(1000, InspectionLevel.III, 'K')]
    [InlineData(1000, InspectionLevel.S1, 'C')]
    [InlineData(1000, InspectionLevel.S4, 'F')]
    [InlineData(8, InspectionLevel.II, 'A')]
    [InlineData(9, InspectionLevel.II, 'B')]
    [InlineData(1200, InspectionLevel.II, 'J')]
    [InlineData(1201, InspectionLevel.II, 'K')]
    [InlineData(500_001, InspectionLevel.III, 'R')]
    [InlineData(500_000, InspectionLevel.III, 'Q')]
    [InlineData(10_000, InspectionLevel.S3, 'F')]
    public void Code_letter_comes_from_lot_size_and_level(int lotSize, InspectionLevel level, char expected) =>
        Assert.Equal(expected, SampleSizeCodeLetters.For(lotSize, level));

    [Fact]
    public void Lot_of_1000_at_level_II_with_AQL_1_is_n_80_accept_2_reject_3()
    {
        var plan = SingleSampling.Plan(1000, InspectionLevel.II, 1.0m, InspectionSeverity.Normal);

        Assert.Equal(new SamplingPlan('J', 'J', 80, 2, 3, false, InspectionSeverity.Normal, 1.0m), plan);
    }

    [Fact]
    public void Tightened_inspection_of_the_same_lot_accepts_only_one()
    {
        var plan = SingleSampling.Plan(1000, InspectionLevel.II, 1.0m, InspectionSeverity.Tightened);

        Assert.Equal((80, 1, 2), (plan.SampleSize, plan.Acceptance, plan.Rejection));
    }

    [Fact]
    public void Reduced_inspection_of_the_same_lot_takes_32_with_a_gap_between_accept_and_reject()
    {
        var plan = SingleSampling.Plan(1000, InspectionLevel.II, 1.0m, InspectionSeverity.Reduced);

        Assert.Equal((32, 1, 3), (plan.SampleSize, plan.Acceptance, plan.Rejection));
        Assert.Equal(LotDecision.Accept, SingleSampling.Decide(plan, 1));
        Assert.Equal(LotDecision.AcceptAndReinstateNormal, SingleSampling.Decide(plan, 2));
        Assert.Equal(LotDecision.Reject, SingleSampling.Decide(plan, 3));
    }

    [Fact]
    public void A_down_arrow_takes_the_next_plan_and_its_larger_sample()
    {
        // J (n = 80) at AQL 0.40 under normal inspection is an arrow down to K: n = 125, Ac 1 Re 2.
        var plan = SingleSampling.Plan(1000, InspectionLevel.II, 0.40m, InspectionSeverity.Normal);

        Assert.Equal(new SamplingPlan('J', 'K', 125, 1, 2, false, InspectionSeverity.Normal, 0.40m), plan);
    }

    [Fact]
    public void An_up_arrow_takes_the_plan_above_and_its_smaller_sample()
    {
        // J at AQL 0.25 points up to H: n = 50, Ac 0 Re 1.
        var plan = SingleSampling.Plan(1000, InspectionLevel.II, 0.25m, InspectionSeverity.Normal);

        Assert.Equal(('H', 50, 0, 1), (plan.PlanCodeLetter, plan.SampleSize, plan.Acceptance, plan.Rejection));
    }

    [Fact]
    public void A_sample_as_large_as_the_lot_means_inspecting_every_item()
    {
        // Lot 10 → B (n = 3); AQL 0.65 points down to n = 20, more than the lot.
        var plan = SingleSampling.Plan(10, InspectionLevel.II, 0.65m, InspectionSeverity.Normal);

        Assert.True(plan.HundredPercent);
        Assert.Equal(10, plan.SampleSize);
        Assert.Equal((0, 1), (plan.Acceptance, plan.Rejection));
        Assert.Equal(LotDecision.Reject, SingleSampling.Decide(plan, 1));
    }

    [Fact]
    public void Tightened_for_the_largest_lots_reaches_row_S_with_3150_items()
    {
        var plan = SingleSampling.Plan(1_000_000, InspectionLevel.III, 0.025m, InspectionSeverity.Tightened);

        Assert.Equal(('R', 'S', 3150, 1, 2), (plan.CodeLetter, plan.PlanCodeLetter, plan.SampleSize, plan.Acceptance, plan.Rejection));
    }

    [Theory]
    [InlineData(0, LotDecision.Accept)]
    [InlineData(2, LotDecision.Accept)]
    [InlineData(3, LotDecision.Reject)]
    [InlineData(80, LotDecision.Reject)]
    public void Lot_decision_follows_Ac_and_Re(int nonconforming, LotDecision expected) =>
        Assert.Equal(expected, SingleSampling.Decide(SingleSampling.Plan(1000, InspectionLevel.II, 1.0m, InspectionSeverity.Normal), nonconforming));

    [Fact]
    public void An_AQL_outside_the_series_is_refused_with_the_allowed_values()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SingleSampling.Plan(1000, InspectionLevel.II, 2.0m, InspectionSeverity.Normal));

        Assert.Contains("1.5, 2.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_nonconforming_than_sampled_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SingleSampling.Decide(SingleSampling.Plan(1000, InspectionLevel.II, 1.0m, InspectionSeverity.Normal), 81));

    [Theory]
    [InlineData(InspectionSeverity.Normal)]
    [InlineData(InspectionSeverity.Tightened)]
    public void Every_cell_of_tables_2A_and_2B_matches_the_published_resolved_plans(InspectionSeverity severity)
    {
        var published = severity == InspectionSeverity.Normal ? PublishedPlans.Normal : PublishedPlans.Tightened;
        const string letters = "ABCDEFGHJKLMNPQR";
        var mismatches = new List<string>();
        for (var row = 0; row < letters.Length; row++)
        {
            var cells = published[row].Split(' ');
            for (var column = 0; column < SingleSampling.AqlSeries.Count; column++)
            {
                var aql = SingleSampling.AqlSeries[column];
                var plan = SingleSampling.PlanFor(letters[row], aql, severity);
                var actual = string.Create(CultureInfo.InvariantCulture, $"{plan.SampleSize}/{plan.Acceptance}/{plan.Rejection}");
                if (actual != cells[column]) mismatches.Add($"{letters[row]} AQL {aql}: {actual}, published {cells[column]}");
            }
        }

        Assert.Empty(mismatches);
    }
}
