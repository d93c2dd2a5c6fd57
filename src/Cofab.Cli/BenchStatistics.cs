namespace Cofab.Cli;

/// <summary>Figures the hidden benchmark commands print.</summary>
internal static class BenchStatistics
{
    /// <summary>The nearest-rank percentile (p from 0 to 1) of a non-empty sample.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }
}
