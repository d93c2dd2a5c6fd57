using System.Globalization;

namespace Cofab.Core.Quality;

/// <summary>
/// ISO 2859-1 single sampling: code letter from lot size and inspection level (Table 1), the plan for an AQL under
/// normal, tightened or reduced inspection (Tables 2-A, 2-B, 2-C), and the lot decision.
/// Arrows are followed to the first plan below (↓) or above (↑) in the same AQL column, taking that row's sample size
/// with it; when the sample is as large as the lot or larger, the whole lot is inspected.
/// </summary>
public static class SingleSampling
{
    private static readonly int[] ReducedSampleSizes = [2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800];

    /// <summary>The AQL values the tables have (percent nonconforming up to 10, nonconformities per 100 items above).</summary>
    public static IReadOnlyList<decimal> AqlSeries => SamplingTables.AqlSeries;

    public static SamplingPlan Plan(int lotSize, InspectionLevel level, decimal aql, InspectionSeverity severity)
    {
        var letter = SampleSizeCodeLetters.For(lotSize, level);
        var plan = PlanFor(letter, aql, severity);
        return plan.SampleSize >= lotSize ? plan with { SampleSize = lotSize, HundredPercent = true } : plan;
    }

    /// <summary>The plan of a code letter, without the lot-size check (no 100 % inspection decided here).</summary>
    public static SamplingPlan PlanFor(char codeLetter, decimal aql, InspectionSeverity severity)
    {
        var row = SamplingTables.CodeLetters.IndexOf(char.ToUpperInvariant(codeLetter), StringComparison.Ordinal);
        if (row is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(codeLetter), codeLetter, "Sample size code letters run from A to R (I and O are not used).");
        }

        var column = Array.IndexOf(SamplingTables.AqlSeries, aql);
        if (column < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(aql), aql,
                "ISO 2859-1 tabulates only these AQLs: " + string.Join(", ", SamplingTables.AqlSeries.Select(a => a.ToString(CultureInfo.InvariantCulture))));
        }

        var letter = SamplingTables.CodeLetters[row];
        switch (severity)
        {
            case InspectionSeverity.Normal:
                return FollowArrows(SamplingTables.Normal, row, column, letter, aql, severity);
            case InspectionSeverity.Tightened:
                return FollowArrows(SamplingTables.Tightened, row, column, letter, aql, severity);
            case InspectionSeverity.Reduced:
                var (n, ac, re) = SamplingTables.Reduced[row, column];
                return new SamplingPlan(letter, ReducedPlanLetter(row, n), n, ac, re, false, severity, aql);
            default:
                throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown inspection severity.");
        }
    }

    public static LotDecision Decide(SamplingPlan plan, int nonconforming)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentOutOfRangeException.ThrowIfNegative(nonconforming);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nonconforming, plan.SampleSize);
        if (nonconforming <= plan.Acceptance) return LotDecision.Accept;
        return nonconforming >= plan.Rejection ? LotDecision.Reject : LotDecision.AcceptAndReinstateNormal;
    }

    private static SamplingPlan FollowArrows(SamplingTables.Cell[,] table, int row, int column, char letter, decimal aql, InspectionSeverity severity)
    {
        var cell = table[row, column];
        var planRow = cell.Arrow switch
        {
            SamplingTables.Arrow.None => row,
            // An arrow that would leave the table points the other way in the printed standard.
            SamplingTables.Arrow.Down => FirstPlan(table, row, column, +1) ?? FirstPlan(table, row, column, -1),
            _ => FirstPlan(table, row, column, -1) ?? FirstPlan(table, row, column, +1),
        } ?? throw new InvalidOperationException($"No plan in AQL column {aql}: the table is malformed.");
        var plan = table[planRow, column];
        return new SamplingPlan(letter, SamplingTables.CodeLetters[planRow], SamplingTables.SampleSizes[planRow], plan.Ac, plan.Re, false, severity, aql);
    }

    private static int? FirstPlan(SamplingTables.Cell[,] table, int row, int column, int step)
    {
        for (var r = row + step; r >= 0 && r < table.GetLength(0); r += step)
        {
            if (table[r, column].Arrow == SamplingTables.Arrow.None) return r;
        }

        return null;
    }

    private static char ReducedPlanLetter(int row, int sampleSize)
    {
        if (ReducedSampleSizes[row] == sampleSize) return SamplingTables.CodeLetters[row];
        var index = sampleSize > ReducedSampleSizes[row]
            ? Array.FindIndex(ReducedSampleSizes, row, n => n == sampleSize)
            : Array.FindLastIndex(ReducedSampleSizes, row, n => n == sampleSize);
        return index < 0 ? SamplingTables.CodeLetters[row] : SamplingTables.CodeLetters[index];
    }
}
