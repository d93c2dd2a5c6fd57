namespace Cofab.Core.Matching;

/// <summary>The figures of one candidate that ranking weighs.</summary>
public sealed record CandidateFigures(Guid ResourceId, decimal? CostYuan, decimal? Minutes, double DistanceKm, bool Preferred, string? CreditGrade);

/// <summary>Weights of the ranking score; see <see cref="CandidateRanking"/>.</summary>
public sealed record RankingWeights(double Cost = 0.5, double Time = 0.25, double Distance = 0.25, double Credit = 0, double PreferenceBonus = 10)
{
    public static readonly RankingWeights Default = new();
}

/// <summary>
/// Orders candidates, best first, by a score from 0 to 100 (plus the preference bonus):
/// <code>
/// score = 100 × (wCost·(1 − n(cost)) + wTime·(1 − n(time)) + wDistance·(1 − n(distance)) + wCredit·credit) / (wCost + wTime + wDistance + wCredit)
///         + bonus if the resource lies in a preferred division
/// </code>
/// where n(x) = (x − min) / (max − min) over this search's candidates (0 when all are equal), an unknown cost or time
/// counts as the worst (n = 1), and credit is 1 for grade A down to 0 for D or none. Credit weighs 0 until the platform
/// grades members. Ties go to the cheaper, then the nearer, then the lower id, so the order is stable.
/// </summary>
public static class CandidateRanking
{
    public static IReadOnlyList<(CandidateFigures Figures, double Score)> Rank(IReadOnlyList<CandidateFigures> candidates, RankingWeights weights) =>
        Top(candidates, weights, candidates.Count).Select(t => (candidates[t.Index], t.Score)).ToList();

    /// <summary>
    /// The best <paramref name="count"/> candidates as indexes into <paramref name="candidates"/>, best first. Every
    /// candidate is scored (the normalisation needs them all) but only the best are sorted: a search of a broad process
    /// can have tens of thousands of candidates and shows twenty.
    /// </summary>
    public static IReadOnlyList<(int Index, double Score)> Top(IReadOnlyList<CandidateFigures> candidates, RankingWeights weights, int count)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(weights);
        if (candidates.Count == 0 || count <= 0) return [];
        var cost = Range(candidates, c => c.CostYuan is { } v ? (double)v : null);
        var time = Range(candidates, c => c.Minutes is { } v ? (double)v : null);
        var distance = Range(candidates, c => c.DistanceKm);
        var total = weights.Cost + weights.Time + weights.Distance + weights.Credit;
        var scores = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var sum = (weights.Cost * (1 - Normal(c.CostYuan is { } k ? (double)k : null, cost)))
                + (weights.Time * (1 - Normal(c.Minutes is { } m ? (double)m : null, time)))
                + (weights.Distance * (1 - Normal(c.DistanceKm, distance)))
                + (weights.Credit * CreditGrades.Score(c.CreditGrade));
            scores[i] = Math.Round((total > 0 ? 100 * sum / total : 0) + (c.Preferred ? weights.PreferenceBonus : 0), 3);
        }

        // A heap of the best so far with the worst of them on top: each newcomer is compared with that one only.
        var order = Comparer<int>.Create((a, b) => Compare(candidates, scores, b, a));
        var best = new PriorityQueue<int, int>(order);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (best.Count < count) best.Enqueue(i, i);
            else if (Compare(candidates, scores, i, best.Peek()) < 0) best.DequeueEnqueue(i, i);
        }

        var result = new List<(int Index, double Score)>(best.Count);
        while (best.TryDequeue(out var index, out _)) result.Add((index, scores[index]));
        result.Reverse();
        return result;
    }

    /// <summary>Negative when candidate <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    private static int Compare(IReadOnlyList<CandidateFigures> candidates, double[] scores, int a, int b)
    {
        var byScore = scores[b].CompareTo(scores[a]);
        if (byScore != 0) return byScore;
        var (x, y) = (candidates[a], candidates[b]);
        var byCost = (x.CostYuan ?? decimal.MaxValue).CompareTo(y.CostYuan ?? decimal.MaxValue);
        if (byCost != 0) return byCost;
        var byDistance = x.DistanceKm.CompareTo(y.DistanceKm);
        return byDistance != 0 ? byDistance : x.ResourceId.CompareTo(y.ResourceId);
    }

    private static (double Min, double Max) Range(IReadOnlyList<CandidateFigures> candidates, Func<CandidateFigures, double?> value)
    {
        double min = double.MaxValue, max = double.MinValue;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (value(candidates[i]) is not { } v) continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, max);
    }

    private static double Normal(double? value, (double Min, double Max) range) =>
        value is not { } v ? 1 : range.Max > range.Min ? (v - range.Min) / (range.Max - range.Min) : 0;
}
