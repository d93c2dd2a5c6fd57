using System.Globalization;

namespace Cofab.Cli.Scheduling;

/// <summary>One line of the benchmark table.</summary>
internal sealed record BenchRow(string Instance, int Jobs, int Machines, int Operations)
{
    public long? BestUpper { get; init; }
    public long? BestLower { get; init; }
    public long? Ours { get; init; }
    public long OurLowerBound { get; init; }
    public string Status { get; init; } = "";
    public double TimeToBest { get; init; }
    public bool Valid { get; init; }
    public long? Baseline { get; init; }
    public bool BaselineValid { get; init; }
    public string? Error { get; init; }

    public double? GapPercent => Ours is { } o && BestUpper is { } b && b > 0 ? 100.0 * (o - b) / b : null;

    public double? BaselineGapPercent => Baseline is { } o && BestUpper is { } b && b > 0 ? 100.0 * (o - b) / b : null;

    public double? Ratio => Ours is { } o && Baseline is { } b && b > 0 ? (double)o / b : null;

    public static string F(double? v, string format = "0.00") => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string L(long? v) => v is { } x ? x.ToString(CultureInfo.InvariantCulture) : "–";
}
