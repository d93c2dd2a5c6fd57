using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// Tabu search for classical job shops with the N7 neighbourhood of Zhang, Li, Guan and Rao (2007): on one critical
/// path, an operation of a block moves to the block's front or back, and a block's first or last operation moves
/// inside it. Moves are ranked by the estimate of Balas and Vazacopoulos (1998), computed in O(block length) from heads
/// and tails, and only moves that provably keep the graph acyclic are considered. A move is tabu when it would restore
/// a machine order it reversed recently, unless it promises a new best (aspiration). After a long stall the search
/// ends, and path relinking (Peng, Lü and Cheng 2015) picks the next start: from one elite schedule a third to a half
/// of the way towards another. The elite pool keeps ten distinct schedules; a newcomer replaces the most similar elite
/// that is no better than it, so the pool keeps its spread.
/// </summary>
/// <remarks>
/// Settings measured on ta05 (20 s single-thread runs, machine loaded): with tenure 10 + n/m every seed and every
/// restart rule ended at 1233; tenure 4–7 + n/m reached 1228–1231; replacing the worst elite filled the pool with
/// copies of one valley (ten schedules of 1233), replacing the most similar kept 1228–1238 and found 1228 and 1224.
/// </remarks>
internal sealed class JobShopTabu
{
    /// <summary>Elite schedules kept for path relinking.</summary>
    private const int PoolSize = 10;

    /// <summary>Tabu tenure: this plus jobs per machine, plus a random half of that again.</summary>
    private const int TenureBase = 4;

    private static readonly bool Trace = Environment.GetEnvironmentVariable("COFAB_TABU_TRACE") == "1";

    private readonly SchedulingProblem _problem;
    private readonly OperationIndex _index;
    private readonly SchedulingEngine _engine;
    private readonly JobShopMoves _neighbourhood = new();
    private JobShopGraph? _runBest;
    private long _bestMakespan;

    public JobShopTabu(SchedulingProblem problem, OperationIndex index, SchedulingEngine engine)
    {
        _problem = problem;
        _index = index;
        _engine = engine;
    }

    /// <summary>Iterations without a new best of one tabu run before it ends and path relinking picks the next start.</summary>
    public int StallIterations { get; init; } = 10_000;

    public long Iterations { get; private set; }

    public long Relinks { get; private set; }

    public void Run(Schedule start, int seed, TimeSpan until, CancellationToken ct)
    {
        var random = new Random(seed);
        var current = new JobShopGraph(_problem, _index);
        if (!current.Load(start))
        {
            return;
        }

        _bestMakespan = current.Makespan;
        var forbiddenUntil = new int[current.N * current.N];
        var pool = new List<JobShopGraph>();
        bool Stop() => ct.IsCancellationRequested || _engine.Done() || _engine.Elapsed >= until;
        Improve(current, forbiddenUntil, random, Stop);
        AddToPool(pool, current);
        while (!Stop())
        {
            AdoptEngineBest(pool, current);
            if (pool.Count < PoolSize)
            {
                // Fill the pool with tabu-improved random schedules first; their spread is what relinking feeds on.
                current.Randomize(random);
            }
            else
            {
                var from = random.Next(pool.Count);
                var to = (from + 1 + random.Next(pool.Count - 1)) % pool.Count;
                current.CopyFrom(pool[from]);
                Relink(current, pool[to], random);
            }

            Improve(current, forbiddenUntil, random, Stop);
            AddToPool(pool, current);
        }

        if (Trace)
        {
            Console.Error.WriteLine($"jobshop tabu: {Iterations} iterations, {Relinks} relinks, best {_bestMakespan}, pool {string.Join(' ', pool.Select(p => p.Makespan).Order())}, {_engine.Elapsed.TotalSeconds:0.0}s");
        }
    }

    /// <summary>Tabu search from <paramref name="current"/> until it stalls; leaves the best schedule it saw in it.</summary>
    private void Improve(JobShopGraph current, int[] forbiddenUntil, Random random, Func<bool> stop)
    {
        var best = _runBest ??= new JobShopGraph(_problem, _index);
        best.CopyFrom(current);
        Array.Clear(forbiddenUntil);
        var jobs = Math.Max(1, _problem.Jobs.Count);
        var machines = Math.Max(1, _problem.Machines.Count);
        var tenure = TenureBase + jobs / machines;
        var sinceBest = 0;
        var iteration = 0;
        while (sinceBest <= StallIterations && ((iteration & 255) != 0 || !stop()))
        {
            iteration++;
            Iterations++;
            _neighbourhood.Collect(current, random);
            if (_neighbourhood.Moves.Count == 0)
            {
                // No block of two or more on the path: the makespan is a job's own length, nothing can shorten it.
                break;
            }

            var move = Choose(current, forbiddenUntil, iteration, best.Makespan, random);
            if (!Apply(current, move))
            {
                sinceBest++;
                continue;
            }

            Forbid(current, move, forbiddenUntil, iteration + tenure + random.Next(tenure / 2 + 1));
            if (current.Makespan < best.Makespan)
            {
                best.CopyFrom(current);
                sinceBest = 0;
                if (current.Makespan < _bestMakespan)
                {
                    _bestMakespan = current.Makespan;
                    _engine.Offer(current.ToSchedule(), "tabu");
                }
            }
            else
            {
                sinceBest++;
            }
        }

        current.CopyFrom(best);
    }

    /// <summary>
    /// Walks from <paramref name="current"/> towards <paramref name="target"/> by swapping adjacent operations that the
    /// target orders the other way, and stops a third to a half of the way: a start that shares much of both elites.
    /// </summary>
    private void Relink(JobShopGraph current, JobShopGraph target, Random random)
    {
        Relinks++;
        var distance = current.Distance(target);
        var steps = (int)(distance * (0.3 + 0.2 * random.NextDouble()));
        var attempts = 0;
        for (var done = 0; done < steps && attempts < 4 * steps + 16; attempts++)
        {
            var machine = random.Next(current.Sequences.Length);
            var sequence = current.Sequences[machine];
            var count = 0;
            var chosen = -1;
            for (var i = 0; i + 1 < sequence.Length; i++)
            {
                if (target.Position[sequence[i]] > target.Position[sequence[i + 1]] && random.Next(++count) == 0)
                {
                    chosen = i;
                }
            }

            if (chosen < 0)
            {
                continue;
            }

            current.Shift(machine, chosen, chosen + 1);
            if (current.Evaluate())
            {
                done++;
            }
            else
            {
                current.Shift(machine, chosen + 1, chosen);
                current.Evaluate();
            }
        }
    }

    private void AdoptEngineBest(List<JobShopGraph> pool, JobShopGraph scratch)
    {
        if (_engine.Best is { } engineBest && _engine.BestValue < _bestMakespan && scratch.Load(engineBest))
        {
            _bestMakespan = scratch.Makespan;
            AddToPool(pool, scratch);
        }
    }

    /// <summary>Keeps the best distinct schedules: a newcomer replaces the worst elite when it is better and new.</summary>
    private void AddToPool(List<JobShopGraph> pool, JobShopGraph candidate)
    {
        if (pool.Any(p => p.Makespan == candidate.Makespan && p.Distance(candidate) == 0))
        {
            return;
        }

        if (pool.Count < PoolSize)
        {
            var copy = new JobShopGraph(_problem, _index);
            copy.CopyFrom(candidate);
            pool.Add(copy);
            return;
        }

        // Among the elites no better than the newcomer, it replaces the one most like it: the pool keeps its spread
        // instead of filling with near-copies of one valley.
        JobShopGraph? replaced = null;
        var closest = int.MaxValue;
        foreach (var elite in pool)
        {
            if (elite.Makespan < candidate.Makespan)
            {
                continue;
            }

            var distance = elite.Distance(candidate);
            if (distance < closest)
            {
                closest = distance;
                replaced = elite;
            }
        }

        replaced?.CopyFrom(candidate);
    }

    private static bool Apply(JobShopGraph graph, Move move)
    {
        graph.Shift(move.Machine, move.From, move.To);
        if (graph.Evaluate())
        {
            return true;
        }

        // The feasibility test rules cycles out; with zero-length operations it can be fooled, so undo and go on.
        graph.Shift(move.Machine, move.To, move.From);
        graph.Evaluate();
        return false;
    }

    private Move Choose(JobShopGraph graph, int[] forbiddenUntil, int iteration, long bestMakespan, Random random)
    {
        var chosen = -1;
        var chosenEstimate = long.MaxValue;
        var ties = 0;
        for (var i = 0; i < _neighbourhood.Moves.Count; i++)
        {
            var move = _neighbourhood.Moves[i];
            if (move.Estimate >= bestMakespan && IsTabu(graph, move, forbiddenUntil, iteration))
            {
                continue;
            }

            if (move.Estimate < chosenEstimate)
            {
                chosen = i;
                chosenEstimate = move.Estimate;
                ties = 1;
            }
            else if (move.Estimate == chosenEstimate && random.Next(++ties) == 0)
            {
                chosen = i;
            }
        }

        // Every move tabu and none good enough to aspire: take any, which also breaks the deadlock.
        return chosen >= 0 ? _neighbourhood.Moves[chosen] : _neighbourhood.Moves[random.Next(_neighbourhood.Moves.Count)];
    }

    /// <summary>A move is tabu when it would put back an order "x before y" that a recent move reversed.</summary>
    private static bool IsTabu(JobShopGraph graph, Move move, int[] forbiddenUntil, int iteration)
    {
        var sequence = graph.Sequences[move.Machine];
        var n = graph.N;
        var moved = sequence[move.From];
        if (move.From < move.To)
        {
            for (var i = move.From + 1; i <= move.To; i++)
            {
                if (forbiddenUntil[sequence[i] * n + moved] > iteration)
                {
                    return true;
                }
            }
        }
        else
        {
            for (var i = move.To; i < move.From; i++)
            {
                if (forbiddenUntil[moved * n + sequence[i]] > iteration)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>After the move (already applied), forbids restoring the orders it reversed.</summary>
    private static void Forbid(JobShopGraph graph, Move move, int[] forbiddenUntil, int until)
    {
        var sequence = graph.Sequences[move.Machine];
        var n = graph.N;
        var moved = sequence[move.To];
        if (move.From < move.To)
        {
            // The operation now sits after sequence[From..To-1]; it used to precede them.
            for (var i = move.From; i < move.To; i++)
            {
                forbiddenUntil[moved * n + sequence[i]] = until;
            }
        }
        else
        {
            for (var i = move.To + 1; i <= move.From; i++)
            {
                forbiddenUntil[sequence[i] * n + moved] = until;
            }
        }
    }

}
