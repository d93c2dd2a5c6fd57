using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// Tabu search for classical job shops with the N7 neighbourhood of Zhang, Li, Guan and Rao (2007): on one critical
/// path, an operation of a block moves to the block's front or back, and a block's first or last operation moves
/// inside it. Moves are ranked by the estimate of Balas and Vazacopoulos (1998), computed in O(block length) from heads
/// and tails, and only moves that provably keep the graph acyclic are considered. A move is tabu when it would restore
/// a machine order it reversed recently, unless it promises a new best (aspiration). After a long stall the search
/// restarts from the best schedule (its own or the engine's), shaken by a few random moves.
/// </summary>
internal sealed class JobShopTabu
{
    private static readonly bool Trace = Environment.GetEnvironmentVariable("COFAB_TABU_TRACE") == "1";
    private static readonly int PoolSize = int.TryParse(Environment.GetEnvironmentVariable("JSS_POOL"), out var k) ? k : 10;
    private static readonly int StallDefault = int.TryParse(Environment.GetEnvironmentVariable("JSS_STALL"), out var s) ? s : 10_000;
    private static readonly int TenureBase = int.TryParse(Environment.GetEnvironmentVariable("JSS_TENURE"), out var t) ? t : 4;
    private static readonly bool ReplaceEqual = Environment.GetEnvironmentVariable("JSS_EQ") != "0";

    private readonly SchedulingProblem _problem;
    private readonly OperationIndex _index;
    private readonly SchedulingEngine _engine;
    private readonly List<Move> _moves = new(64);
    private readonly List<int> _path = new(256);
    private long[] _scratch = new long[64];
    private long _bestMakespan;

    public JobShopTabu(SchedulingProblem problem, OperationIndex index, SchedulingEngine engine)
    {
        _problem = problem;
        _index = index;
        _engine = engine;
    }

    /// <summary>Iterations without a new best before a restart from the best schedule.</summary>
    public int StallIterations { get; init; } = StallDefault;

    public long Iterations { get; private set; }

    public long Restarts { get; private set; }

    private readonly record struct Move(int Machine, int From, int To, long Estimate);

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
        while (!Stop() && pool.Count < PoolSize)
        {
            current.Randomize(random);
            Improve(current, forbiddenUntil, random, Stop);
            AddToPool(pool, current);
        }

        while (!Stop())
        {
            AdoptEngineBest(pool, current);
            var from = pool[random.Next(pool.Count)];
            var to = pool[random.Next(pool.Count)];
            if (ReferenceEquals(from, to))
            {
                continue;
            }

            current.CopyFrom(from);
            Relink(current, to, random);
            Improve(current, forbiddenUntil, random, Stop);
            AddToPool(pool, current);
        }

        if (Trace)
        {
            Console.Error.WriteLine($"jobshop tabu: {Iterations} iterations, {Restarts} relinks, best {_bestMakespan}, pool {string.Join(' ', pool.Select(p => p.Makespan).Order())}, {_engine.Elapsed.TotalSeconds:0.0}s");
        }
    }

    /// <summary>Tabu search from <paramref name="current"/> until it stalls; leaves the best schedule it saw in it.</summary>
    private void Improve(JobShopGraph current, int[] forbiddenUntil, Random random, Func<bool> stop)
    {
        var best = new JobShopGraph(_problem, _index);
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
            CriticalPath(current, random);
            CollectMoves(current);
            if (_moves.Count == 0)
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
        Restarts++;
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
            if (elite.Makespan < candidate.Makespan || (elite.Makespan == candidate.Makespan && !ReplaceEqual))
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
        for (var i = 0; i < _moves.Count; i++)
        {
            var move = _moves[i];
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
        return chosen >= 0 ? _moves[chosen] : _moves[random.Next(_moves.Count)];
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

    /// <summary>One critical path from the start of the schedule to its end, ties between arcs broken at random.</summary>
    private void CriticalPath(JobShopGraph graph, Random random)
    {
        _path.Clear();
        var n = graph.N;
        var offset = random.Next(n);
        var last = -1;
        for (var k = 0; k < n && last < 0; k++)
        {
            var f = (offset + k) % n;
            if (graph.Head[f] + graph.Duration[f] == graph.Makespan)
            {
                last = f;
            }
        }

        for (var f = last; f >= 0;)
        {
            _path.Add(f);
            var machinePrev = graph.PrevOnMachine(f);
            var viaMachine = machinePrev >= 0 && graph.Head[machinePrev] + graph.Duration[machinePrev] == graph.Head[f];
            var jobPrev = graph.JobPrev[f];
            var viaJob = jobPrev >= 0 && graph.Head[jobPrev] + graph.Duration[jobPrev] + graph.JobArc[jobPrev] == graph.Head[f];
            f = viaMachine && viaJob ? (random.Next(2) == 0 ? machinePrev : jobPrev)
                : viaMachine ? machinePrev
                : viaJob ? jobPrev
                : -1;
        }

        _path.Reverse();
    }

    /// <summary>The N7 moves of every block (maximal run of the path on one machine) of two or more operations.</summary>
    private void CollectMoves(JobShopGraph graph)
    {
        _moves.Clear();
        var i = 0;
        while (i < _path.Count)
        {
            var j = i;
            while (j + 1 < _path.Count && graph.Machine[_path[j + 1]] == graph.Machine[_path[i]]
                && graph.Position[_path[j + 1]] == graph.Position[_path[j]] + 1)
            {
                j++;
            }

            if (j > i)
            {
                BlockMoves(graph, graph.Machine[_path[i]], graph.Position[_path[i]], graph.Position[_path[j]]);
            }

            i = j + 1;
        }
    }

    private void BlockMoves(JobShopGraph graph, int machine, int first, int last)
    {
        var length = last - first + 1;
        for (var p = first + 1; p <= last; p++)
        {
            TryEarlier(graph, machine, p, first);
        }

        for (var p = first; p < last; p++)
        {
            if (length > 2 || p != first)
            {
                TryLater(graph, machine, p, last);
            }
        }

        for (var p = first + 2; p < last; p++)
        {
            TryLater(graph, machine, first, p);
        }

        for (var p = first + 1; p < last - 1; p++)
        {
            TryEarlier(graph, machine, last, p);
        }
    }

    /// <summary>Moves sequence[from] to just after sequence[to] (from &lt; to), if that provably keeps the graph acyclic.</summary>
    private void TryLater(JobShopGraph graph, int machine, int from, int to)
    {
        var sequence = graph.Sequences[machine];
        var u = sequence[from];
        var v = sequence[to];
        var jobNext = graph.JobNext[u];
        if (jobNext >= 0 && graph.Duration[v] + graph.Tail[v] < graph.Duration[jobNext] + graph.Tail[jobNext])
        {
            return;
        }

        var r = Scratch(to - from);
        var end = from > 0 ? graph.Head[sequence[from - 1]] + graph.Duration[sequence[from - 1]] : 0;
        for (var p = from + 1; p <= to; p++)
        {
            var w = sequence[p];
            r[p - from - 1] = Math.Max(graph.JobReady(w), end);
            end = r[p - from - 1] + graph.Duration[w];
        }

        var headU = Math.Max(graph.JobReady(u), end);
        var after = to + 1 < sequence.Length ? graph.Duration[sequence[to + 1]] + graph.Tail[sequence[to + 1]] : 0;
        var tailU = Math.Max(graph.JobAfter(u), after);
        var estimate = headU + graph.Duration[u] + tailU;
        after = graph.Duration[u] + tailU;
        for (var p = to; p > from; p--)
        {
            var w = sequence[p];
            var tail = Math.Max(graph.JobAfter(w), after);
            estimate = Math.Max(estimate, r[p - from - 1] + graph.Duration[w] + tail);
            after = graph.Duration[w] + tail;
        }

        _moves.Add(new Move(machine, from, to, estimate));
    }

    /// <summary>Moves sequence[from] to just before sequence[to] (to &lt; from), if that provably keeps the graph acyclic.</summary>
    private void TryEarlier(JobShopGraph graph, int machine, int from, int to)
    {
        var sequence = graph.Sequences[machine];
        var v = sequence[from];
        var u = sequence[to];
        var jobPrev = graph.JobPrev[v];
        if (jobPrev >= 0 && graph.Head[u] + graph.Duration[u] < graph.Head[jobPrev] + graph.Duration[jobPrev])
        {
            return;
        }

        var r = Scratch(from - to);
        var end = to > 0 ? graph.Head[sequence[to - 1]] + graph.Duration[sequence[to - 1]] : 0;
        var headV = Math.Max(graph.JobReady(v), end);
        end = headV + graph.Duration[v];
        for (var p = to; p < from; p++)
        {
            var w = sequence[p];
            r[p - to] = Math.Max(graph.JobReady(w), end);
            end = r[p - to] + graph.Duration[w];
        }

        var after = from + 1 < sequence.Length ? graph.Duration[sequence[from + 1]] + graph.Tail[sequence[from + 1]] : 0;
        var estimate = 0L;
        for (var p = from - 1; p >= to; p--)
        {
            var w = sequence[p];
            var tail = Math.Max(graph.JobAfter(w), after);
            estimate = Math.Max(estimate, r[p - to] + graph.Duration[w] + tail);
            after = graph.Duration[w] + tail;
        }

        var tailV = Math.Max(graph.JobAfter(v), after);
        estimate = Math.Max(estimate, headV + graph.Duration[v] + tailV);
        _moves.Add(new Move(machine, from, to, estimate));
    }

    private long[] Scratch(int length)
    {
        if (_scratch.Length < length)
        {
            _scratch = new long[Math.Max(length, 2 * _scratch.Length)];
        }

        return _scratch;
    }
}
