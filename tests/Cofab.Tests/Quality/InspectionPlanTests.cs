using Cofab.Core.Quality;

namespace Cofab.Tests.Quality;

public sealed class InspectionPlanTests
{
    [Fact]
    public void Lot_of_500_at_level_II_and_AQL_1_samples_50_accepting_1_rejecting_2()
    {
        var plan = SingleSampling.Plan(500, InspectionLevel.II, 1.0m, InspectionSeverity.Normal);

        Assert.Equal(new SamplingPlan('H', 'H', 50, 1, 2, false, InspectionSeverity.Normal, 1.0m), plan);
    }

    [Fact]
    public void A_plan_stored_on_an_inspection_reads_back_the_same()
    {
        var plan = SingleSampling.Plan(500, InspectionLevel.II, 1.0m, InspectionSeverity.Tightened);
        var inspection = new Inspection();

        inspection.Apply(plan);

        Assert.Equal(plan, inspection.Plan);
    }

    [Fact]
    public void A_lot_smaller_than_the_sample_is_inspected_whole_and_the_count_must_be_the_lot()
    {
        var plan = SingleSampling.Plan(5, InspectionLevel.II, 1.0m, InspectionSeverity.Normal);

        Assert.True(plan.HundredPercent);
        Assert.Equal((5, 0, 1), (plan.SampleSize, plan.Acceptance, plan.Rejection));
        var errors = InspectionRules.CheckResult(plan, 4, 0).ToDictionary();
        Assert.Contains("whole lot", Assert.Single(errors["inspectedCount"]), StringComparison.Ordinal);
        Assert.True(InspectionRules.CheckResult(plan, 5, 0).IsEmpty);
    }

    [Fact]
    public void The_inspected_count_must_be_the_sample_size_and_nonconforming_at_most_that()
    {
        var plan = SingleSampling.Plan(500, InspectionLevel.II, 1.0m, InspectionSeverity.Normal);

        Assert.True(InspectionRules.CheckResult(plan, 50, 2).IsEmpty);
        Assert.Contains("exactly 50", Assert.Single(InspectionRules.CheckResult(plan, 49, 0).ToDictionary()["inspectedCount"]), StringComparison.Ordinal);
        Assert.Single(InspectionRules.CheckResult(plan, 50, 51).ToDictionary()["nonconformingCount"]);
        Assert.Single(InspectionRules.CheckResult(plan, 50, -1).ToDictionary()["nonconformingCount"]);
    }

    [Fact]
    public void A_rejected_lot_goes_on_only_when_every_nonconformity_has_a_disposition_other_than_rework()
    {
        static Nonconformity With(Disposition? d) => new() { Quantity = 1, Disposition = d };

        Assert.False(InspectionRules.DispositionsClearRejectedLot([]));
        Assert.False(InspectionRules.DispositionsClearRejectedLot([With(Disposition.Scrap), With(null)]));
        Assert.False(InspectionRules.DispositionsClearRejectedLot([With(Disposition.Scrap), With(Disposition.Rework)]));
        Assert.True(InspectionRules.DispositionsClearRejectedLot([With(Disposition.Scrap), With(Disposition.UseAsIs), With(Disposition.ReturnToProvider)]));
    }

    [Fact]
    public void Only_scrap_and_returns_the_provider_answers_for_write_off_against_it()
    {
        Assert.True(new Nonconformity { Disposition = Disposition.Scrap }.WritesOffAgainstProvider);
        Assert.True(new Nonconformity { Disposition = Disposition.ReturnToProvider }.WritesOffAgainstProvider);
        Assert.False(new Nonconformity { Disposition = Disposition.Scrap, ProviderAtFault = false }.WritesOffAgainstProvider);
        Assert.False(new Nonconformity { Disposition = Disposition.UseAsIs }.WritesOffAgainstProvider);
        Assert.False(new Nonconformity { Disposition = Disposition.Rework }.WritesOffAgainstProvider);
    }
}
