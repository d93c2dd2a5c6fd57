using Cofab.Core.MachineData;
using Cofab.Core.Matching;
using Cofab.Core.Members;
using Cofab.Core.Resources;
using static Cofab.Tests.Matching.MatchingFixtures;

namespace Cofab.Tests.Matching;

public sealed class ResourceMatcherTests
{
    private static ExclusionReason[] Codes(MatchOutcome outcome) => outcome.Exclusions.Select(e => e.Code).ToArray();

    [Fact]
    public void A_mill_that_meets_every_demand_is_a_candidate_under_the_parent_process()
    {
        var outcome = Evaluate(Requirement());
        Assert.True(outcome.IsCandidate, string.Join("; ", outcome.Exclusions.Select(e => e.MessageEn)));
        Assert.Equal("machining.milling.5axis", outcome.Capability!.ProcessCode);
    }

    [Fact]
    public void A_lathe_does_not_cover_milling_and_says_what_it_offers()
    {
        var lathe = Mill();
        lathe.ProcessCode = "machining.turning.cnc";
        var exclusion = Assert.Single(Evaluate(Requirement(), Machine(lathe)).Exclusions);
        Assert.Equal(ExclusionReason.ProcessNotCovered, exclusion.Code);
        Assert.Equal("machining.milling", exclusion.Parameters["processCode"]);
        Assert.Contains("machining.turning.cnc", exclusion.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sibling_whose_code_merely_starts_alike_does_not_cover()
    {
        var odd = Mill();
        odd.ProcessCode = "machining.millingx";
        Assert.Equal([ExclusionReason.ProcessNotCovered], Codes(Evaluate(Requirement(), Machine(odd))));
    }

    [Fact]
    public void Tolerance_coarser_than_required_is_explained_in_both_languages()
    {
        var coarse = Mill();
        coarse.ToleranceMm = 0.05m;
        var exclusion = Assert.Single(Evaluate(Requirement(), Machine(coarse)).Exclusions);
        Assert.Equal(ExclusionReason.ToleranceTooCoarse, exclusion.Code);
        Assert.Equal("tolerance 0.05 mm > required 0.02 mm", exclusion.MessageEn);
        Assert.Equal("公差 0.05 mm 大于要求的 0.02 mm", exclusion.MessageZh);
        Assert.Equal("0.05", exclusion.Parameters["toleranceMm"]);
        Assert.Equal("0.02", exclusion.Parameters["requiredMm"]);
    }

    [Fact]
    public void An_unstated_tolerance_does_not_pass_for_unlimited()
    {
        var vague = Mill();
        vague.ToleranceMm = null;
        Assert.Equal([ExclusionReason.ToleranceNotStated], Codes(Evaluate(Requirement(), Machine(vague))));
    }

    [Fact]
    public void A_part_may_be_turned_to_fit_the_envelope()
    {
        var requirement = Requirement() with { EnvelopeXMm = 100, EnvelopeYMm = 600, EnvelopeZMm = 500 };
        Assert.True(Evaluate(requirement).IsCandidate);
    }

    [Fact]
    public void A_part_too_big_in_any_orientation_is_excluded_with_both_sizes()
    {
        var requirement = Requirement() with { EnvelopeXMm = 700, EnvelopeYMm = 100, EnvelopeZMm = 100 };
        var exclusion = Assert.Single(Evaluate(requirement).Exclusions);
        Assert.Equal(ExclusionReason.EnvelopeTooSmall, exclusion.Code);
        Assert.Equal("700x100x100", exclusion.Parameters["partMm"]);
        Assert.Equal("650x520x475", exclusion.Parameters["envelopeMm"]);
    }

    [Theory]
    [InlineData(300, 100, 100, true)] // a shaft: 100 × 100 cross-section within the 320 mm swing, 300 mm long
    [InlineData(900, 100, 100, false)] // longer than the bed
    [InlineData(500, 400, 100, false)] // a plate: 400 mm does not fit the 320 mm swing
    public void A_lathe_without_z_holds_a_part_within_its_swing_and_length(int a, int b, int c, bool fits)
    {
        var lathe = Mill();
        lathe.ProcessCode = "machining.turning.cnc";
        (lathe.EnvelopeXMm, lathe.EnvelopeYMm, lathe.EnvelopeZMm) = (320, 600, null);
        var requirement = Requirement() with { ProcessCode = "machining.turning", EnvelopeXMm = a, EnvelopeYMm = b, EnvelopeZMm = c };
        Assert.Equal(fits, Evaluate(requirement, Machine(lathe)).IsCandidate);
    }

    [Fact]
    public void An_unlisted_material_is_excluded_but_a_family_accepts_its_grades()
    {
        Assert.True(Evaluate(Requirement() with { Material = "铝合金 6061" }).IsCandidate);
        var exclusion = Assert.Single(Evaluate(Requirement() with { Material = "钛合金 TC4" }).Exclusions);
        Assert.Equal(ExclusionReason.MaterialNotListed, exclusion.Code);
        Assert.Equal("钛合金 TC4", exclusion.Parameters["material"]);
    }

    [Fact]
    public void A_capability_listing_a_family_takes_every_grade_of_it_but_not_a_longer_name()
    {
        Assert.True(RequirementChecks.HasMaterial(["铝合金"], "铝合金 6061"));
        Assert.True(RequirementChecks.HasMaterial(["铝合金 6061"], "铝合金"));
        Assert.False(RequirementChecks.HasMaterial(["铝合金 6061"], "铝合金 7075"));
        Assert.False(RequirementChecks.HasMaterial(["铝"], "铝合金 6061"));
    }

    [Fact]
    public void Weight_above_the_maximum_or_unstated_is_excluded()
    {
        Assert.Equal([ExclusionReason.TooHeavy], Codes(Evaluate(Requirement() with { WeightKg = 301 })));
        var unstated = Mill();
        unstated.MaxWeightKg = null;
        Assert.Equal([ExclusionReason.WeightNotStated], Codes(Evaluate(Requirement(), Machine(unstated))));
    }

    [Fact]
    public void Batches_outside_the_limits_are_excluded()
    {
        var mill = Mill();
        mill.MinBatch = 100;
        Assert.Equal([ExclusionReason.BatchBelowMinimum], Codes(Evaluate(Requirement(), Machine(mill))));
        Assert.Equal([ExclusionReason.BatchAboveMaximum], Codes(Evaluate(Requirement() with { Quantity = 501 })));
    }

    [Fact]
    public void A_missing_certification_and_one_expiring_before_the_due_date_are_told_apart()
    {
        Assert.Equal([ExclusionReason.CertificationMissing], Codes(Evaluate(Requirement() with { Certifications = ["IATF 16949"] })));
        var expiring = Owner with { Certifications = [new Certification { Standard = "ISO 9001", Number = "Q-1", Issuer = "CQC", ValidUntil = DateOnly.FromDateTime(Due.UtcDateTime).AddDays(-1) }] };
        var exclusion = Assert.Single(Evaluate(Requirement(), provider: expiring).Exclusions);
        Assert.Equal(ExclusionReason.CertificationExpiresBeforeDue, exclusion.Code);
        Assert.Equal("2026-12-10", exclusion.Parameters["validUntil"]);
    }

    [Fact]
    public void A_demanded_credit_grade_excludes_a_provider_without_one_or_with_a_worse_one()
    {
        var requirement = Requirement() with { MinCreditGrade = "B" };
        Assert.Equal([ExclusionReason.NoCreditGrade], Codes(Evaluate(requirement)));
        Assert.Equal([ExclusionReason.CreditGradeTooLow], Codes(Evaluate(requirement, provider: Owner with { CreditGrade = "C" })));
        Assert.True(Evaluate(requirement, provider: Owner with { CreditGrade = "A" }).IsCandidate);
    }

    [Fact]
    public void Private_resources_and_unapproved_owners_are_never_candidates()
    {
        var hidden = Machine();
        hidden.Visibility = ResourceVisibility.Private;
        Assert.Equal([ExclusionReason.NotPublished], Codes(Evaluate(Requirement(), hidden)));
        Assert.Equal([ExclusionReason.ProviderNotApproved], Codes(Evaluate(Requirement(), provider: Owner with { Approved = false })));
    }

    [Fact]
    public void Every_reason_is_listed_when_explaining_and_the_search_gets_the_verdict_alone()
    {
        var requirement = Requirement() with { ToleranceMm = 0.001m, WeightKg = 1000, Quantity = 2000, Certifications = ["IATF 16949"] };
        Assert.Equal(
            [ExclusionReason.ToleranceTooCoarse, ExclusionReason.TooHeavy, ExclusionReason.BatchAboveMaximum, ExclusionReason.CertificationMissing, ExclusionReason.NotEnoughFreeTime],
            Codes(Evaluate(requirement)));
        var verdict = Evaluate(requirement, allReasons: false);
        Assert.False(verdict.IsCandidate);
        Assert.Empty(verdict.Exclusions);
        Assert.True(Evaluate(Requirement(), allReasons: false).IsCandidate);
    }

    [Fact]
    public void Bookings_that_leave_too_little_time_before_the_due_date_exclude()
    {
        // 60 + 50 × 12 = 660 minutes needed; the machine is booked solid but for 10 hours.
        var busy = new[] { new TimeWindow(Now, Due.AddHours(-10)) };
        var exclusion = Assert.Single(Evaluate(Requirement(), busy: busy).Exclusions);
        Assert.Equal(ExclusionReason.NotEnoughFreeTime, exclusion.Code);
        Assert.Equal("10", exclusion.Parameters["freeHours"]);
        Assert.Equal("11", exclusion.Parameters["neededHours"]);
        Assert.True(Evaluate(Requirement(), busy: [new TimeWindow(Now, Due.AddHours(-11))]).IsCandidate);
    }

    [Fact]
    public void Published_idle_windows_limit_the_free_time()
    {
        var machine = Machine();
        var window = new[] { new TimeWindow(Now.AddDays(2), Now.AddDays(2).AddHours(8)) };
        var outcome = ResourceMatcher.Evaluate(new MatchRequest(Requirement(), Now, Due, Hangzhou), new MatchSubject(machine, Owner, null, window, []), allReasons: true);
        Assert.Equal(ExclusionReason.NotEnoughFreeTime, Assert.Single(outcome.Exclusions).Code);
        Assert.Equal(480, outcome.FreeMinutes);
    }
}
