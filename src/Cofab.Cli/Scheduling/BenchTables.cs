using System.Globalization;
using System.Text;

namespace Cofab.Cli.Scheduling;

/// <summary>Formats benchmark rows as a Markdown table (with a summary) and as CSV.</summary>
internal static class BenchTables
{
    public static string Markdown(IReadOnlyList<BenchRow> rows, bool baseline, string header)
    {
        var md = new StringBuilder();
        md.AppendLine(header).AppendLine();
        md.Append("| instance | size (j×m) | ops | BKS UB | BKS LB | ours | gap % | our LB | status | time to best (s) | valid |");
        md.AppendLine(baseline ? " baseline | baseline gap % | ours/baseline |" : "");
        md.Append("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---|");
        md.AppendLine(baseline ? "---:|---:|---:|" : "");
        foreach (var r in rows)
        {
            md.Append(Inv($"| {r.Instance} | {r.Jobs}×{r.Machines} | {r.Operations} | {BenchRow.L(r.BestUpper)} | {BenchRow.L(r.BestLower)} | {BenchRow.L(r.Ours)} | {BenchRow.F(r.GapPercent)} | {r.OurLowerBound} | {r.Status} | {r.TimeToBest:0.0} | {(r.Error ?? (r.Valid ? "yes" : "NO"))} |"));
            md.AppendLine(baseline ? Inv($" {BenchRow.L(r.Baseline)}{(r.Baseline is null || r.BaselineValid ? "" : " (invalid)")} | {BenchRow.F(r.BaselineGapPercent)} | {BenchRow.F(r.Ratio, "0.000")} |") : "");
        }

        md.AppendLine().AppendLine(Summary(rows, baseline));
        return md.ToString();
    }

    public static string Summary(IReadOnlyList<BenchRow> rows, bool baseline)
    {
        var gaps = rows.Where(r => r.GapPercent is not null).Select(r => r.GapPercent!.Value).ToList();
        var text = new StringBuilder();
        text.Append(Inv($"**Summary:** {rows.Count} instances, {rows.Count(r => r.Valid)} valid schedules, {rows.Count(r => r.Status == "optimal")} proven optimal"));
        if (gaps.Count > 0)
        {
            text.Append(Inv($"; gap to best-known: mean {gaps.Average():0.00} %, max {gaps.Max():0.00} %"));
        }

        if (baseline)
        {
            var compared = rows.Where(r => r.Ours is not null && r.Baseline is not null).ToList();
            var baseGaps = rows.Where(r => r.BaselineGapPercent is not null).Select(r => r.BaselineGapPercent!.Value).ToList();
            text.Append(Inv($"; vs baseline: better {compared.Count(r => r.Ours < r.Baseline)}, equal {compared.Count(r => r.Ours == r.Baseline)}, worse {compared.Count(r => r.Ours > r.Baseline)}"));
            if (baseGaps.Count > 0)
            {
                text.Append(Inv($"; baseline mean gap {baseGaps.Average():0.00} %"));
            }
        }

        return text.Append('.').ToString();
    }

    public static string Csv(IReadOnlyList<BenchRow> rows)
    {
        var csv = new StringBuilder("instance,jobs,machines,ops,bks_ub,bks_lb,ours,gap_pct,our_lb,status,time_to_best_s,valid,baseline,baseline_gap_pct,ratio\n");
        foreach (var r in rows)
        {
            csv.AppendLine(Inv($"{r.Instance},{r.Jobs},{r.Machines},{r.Operations},{Empty(r.BestUpper)},{Empty(r.BestLower)},{Empty(r.Ours)},{E(r.GapPercent, "0.000")},{r.OurLowerBound},{r.Status},{r.TimeToBest:0.00},{(r.Valid ? "yes" : "no")},{Empty(r.Baseline)},{E(r.BaselineGapPercent, "0.000")},{E(r.Ratio, "0.0000")}"));
        }

        return csv.ToString();
    }

    private static string Empty(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string E(double? v, string format) => v?.ToString(format, CultureInfo.InvariantCulture) ?? "";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
