using Cofab.Core.Validation;

namespace Cofab.Core.Quality;

/// <summary>The checks on an inspection result and on nonconformities, and when dispositions clear a rejected lot.</summary>
public static class InspectionRules
{
    public const int MaxLotSize = 10_000_000;
    public const int MaxDescriptionLength = 500;
    public const int MaxNoteLength = 500;

    /// <summary>
    /// The inspected count must be the plan's sample size (the whole lot when the plan says 100 %), and the nonconforming
    /// count can be at most what was inspected.
    /// </summary>
    public static FieldErrors CheckResult(SamplingPlan plan, int inspected, int nonconforming)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new FieldErrors();
        if (inspected != plan.SampleSize)
        {
            errors.Add("inspectedCount", plan.HundredPercent
                ? $"The plan inspects the whole lot: inspect all {plan.SampleSize} pieces (got {inspected})."
                : $"The plan (code letter {plan.PlanCodeLetter}) draws a sample of {plan.SampleSize}: inspect exactly {plan.SampleSize} pieces (got {inspected}).");
        }

        if (nonconforming < 0) errors.Add("nonconformingCount", "The number of nonconforming pieces cannot be negative.");
        else if (nonconforming > Math.Max(inspected, 0)) errors.Add("nonconformingCount", $"At most the {inspected} inspected pieces can be nonconforming (got {nonconforming}).");
        return errors;
    }

    /// <summary>
    /// A rejected lot may go on once each of its nonconformities has a disposition and none is rework (rework sends
    /// the work order back and the lot is inspected again).
    /// </summary>
    public static bool DispositionsClearRejectedLot(IReadOnlyCollection<Nonconformity> nonconformities)
    {
        ArgumentNullException.ThrowIfNull(nonconformities);
        return nonconformities.Count > 0 && nonconformities.All(n => n.Disposition is { } d && d != Disposition.Rework);
    }
}
