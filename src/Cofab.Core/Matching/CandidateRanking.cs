using System.Buffers;
using System.Runtime.InteropServices;

namespace Cofab.Core.Matching;

/// <summary>The figures of one candidate that ranking weighs (a value: a broad search holds tens of thousands).</summary>
public readonly record struct CandidateFigures(Guid ResourceId, decimal? CostYuan, decimal? Minutes, double DistanceKm, bool Preferred, string? CreditGrade);

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

    /// <inheritdoc cref="Top(ReadOnlySpan{CandidateFigures}, RankingWeights, int)"/>
    public static IReadOnlyList<(int Index, double Score)> Top(IReadOnlyList<CandidateFigures> candidates, RankingWeights weights, int count)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ReadOnlySpan<CandidateFigures> span = candidates switch
        {
            CandidateFigures[] array => array,
            List<CandidateFigures> list => CollectionsMarshal.AsSpan(list),
            _ => candidates.ToArray(),
        };
        return Top(span, weights, count);
    }

    /// <summary>
    /// The best <paramref name="count"/> candidates as indexes into <paramref name="candidates"/>, best first. Every
    /// candidate is scored (the normalisation needs them all) but only the best are sorted: a search of a broad process
    /// can have tens of thousands of candidates and shows twenty.
    /// </summary>
    public static IReadOnlyList<(int Index, double Score)> Top(ReadOnlySpan<CandidateFigures> candidates, RankingWeights weights, int count)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var n = candidates.Length;
        if (n == 0 || count <= 0) return [];
        // The figures as doubles once (NaN for unknown): a decimal conversion per candidate per use would cost more than the scoring.
        var pool = ArrayPool<double>.Shared;
        var costs = pool.Rent(n);
        var times = pool.Rent(n);
        var scores = pool.Rent(n);
        try
        {
            for (var i = 0; i < n; i++)
            {
                costs[i] = candidates[i].CostYuan is { } k ? (double)k : double.NaN;
                times[i] = candidates[i].Minutes is { } m ? (double)m : double.NaN;
            }

            var cost = Range(costs.AsSpan(0, n));
            var time = Range(times.AsSpan(0, n));
            var distance = DistanceRange(candidates);
            var total = weights.Cost + weights.Time + weights.Distance + weights.Credit;
            for (var i = 0; i < n; i++)
            {
                var c = candidates[i];
                var sum = (weights.Cost * (1 - Normal(costs[i], cost)))
                    + (weights.Time * (1 - Normal(times[i], time)))
                    + (weights.Distance * (1 - Known(c.DistanceKm, distance)))
                    + (weights.Credit * CreditGrades.Score(c.CreditGrade));
                scores[i] = Math.Round((total > 0 ? 100 * sum / total : 0) + (c.Preferred ? weights.PreferenceBonus : 0), 3);
            }

            return Best(candidates, scores, Math.Min(count, n));
        }
        finally
        {
            pool.Return(costs);
            pool.Return(times);
            pool.Return(scores);
        }
    }

    /// <summary>A heap of the best so far with the worst of them on top: each newcomer is compared with that one only.</summary>
    private static List<(int Index, double Score)> Best(ReadOnlySpan<CandidateFigures> candidates, double[] scores, int count)
    {
        var heap = new int[count];
        var size = 0;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (size < count)
            {
                // Sift up: a parent ranks after its children.
                var at = size++;
                while (at > 0 && Compare(candidates, scores, heap[(at - 1) / 2], i) < 0)
                {
                    heap[at] = heap[(at - 1) / 2];
                    at = (at - 1) / 2;
                }

                heap[at] = i;
            }
            else if (Compare(candidates, scores, i, heap[0]) < 0)
            {
                SiftDown(candidates, scores, heap, size, i);
            }
        }

        var result = new List<(int Index, double Score)>(size);
        while (size > 0)
        {
            var worst = heap[0];
            result.Add((worst, scores[worst]));
            size--;
            if (size > 0) SiftDown(candidates, scores, heap, size, heap[size]);
        }

        result.Reverse();
        return result;
    }

    /// <summary>Puts <paramref name="item"/> at the root of the heap's first <paramref name="size"/> places and sinks it.</summary>
    private static void SiftDown(ReadOnlySpan<CandidateFigures> candidates, double[] scores, int[] heap, int size, int item)
    {
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= size) break;
            if (child + 1 < size && Compare(candidates, scores, heap[child + 1], heap[child]) > 0) child++;
            if (Compare(candidates, scores, heap[child], item) <= 0) break;
            heap[at] = heap[child];
            at = child;
        }

        heap[at] = item;
    }

    /// <summary>Negative when candidate <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    private static int Compare(ReadOnlySpan<CandidateFigures> candidates, double[] scores, int a, int b)
    {
        var byScore = scores[b].CompareTo(scores[a]);
        if (byScore != 0) return byScore;
        ref readonly var x = ref candidates[a];
        ref readonly var y = ref candidates[b];
        var byCost = (x.CostYuan ?? decimal.MaxValue).CompareTo(y.CostYuan ?? decimal.MaxValue);
        if (byCost != 0) return byCost;
        var byDistance = x.DistanceKm.CompareTo(y.DistanceKm);
        return byDistance != 0 ? byDistance : x.ResourceId.CompareTo(y.ResourceId);
    }

    private static (double Min, double Max) Range(ReadOnlySpan<double> values)
    {
        double min = double.MaxValue, max = double.MinValue;
        foreach (var v in values)
        {
            if (double.IsNaN(v)) continue;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, max);
    }

    private static (double Min, double Max) DistanceRange(ReadOnlySpan<CandidateFigures> candidates)
    {
        double min = double.MaxValue, max = double.MinValue;
        foreach (ref readonly var c in candidates)
        {
            min = Math.Min(min, c.DistanceKm);
            max = Math.Max(max, c.DistanceKm);
        }

        return (min, max);
    }

    private static double Normal(double value, (double Min, double Max) range) => double.IsNaN(value) ? 1 : Known(value, range);

    private static double Known(double value, (double Min, double Max) range) =>
        range.Max > range.Min ? (value - range.Min) / (range.Max - range.Min) : 0;
}
