using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// Tabu search on the disjunctive graph in the style of Mastrolilli and Gambardella (2000). A move takes one operation
/// of a critical path out of the graph and re-inserts it at any position on any of its machines (<see cref="TabuMoves"/>).
/// The best admissible move is made even when it is worse; the place an operation leaves is tabu for a while, and so is
/// the operation itself, unless a move beats the best makespan (aspiration). After a long stall the thread restarts
/// from the best schedule found by any thread or by the search running alongside, shaken by a few random moves.
/// One thread per worker, each with its own seed.
/// </summary>
/// <remarks>
/// Settings measured on Brandimarte Mk06/Mk07 (2 cores, 25–30 s runs, several seeds): tenures below ~5 let the search
/// cycle on makespan plateaus (Mk07 stayed at 147 for 20,000 iterations); restarting every ~3,000 iterations instead
/// of ~30,000 cut Mk06 from 57–58 to 59–61.
/// </remarks>
internal sealed class TabuSearch
{
    /// <summary>Iterations (per operation) without a new best of the thread before it restarts.</summary>
    private const int StallIterationsPerOperation = 200;

    /// <summary>Iterations a vacated place stays tabu: this plus a random share up to the critical path's length.</summary>
    private const int PlaceTenure = 10;

    /// <summary>Iterations a moved operation rests: this plus a random share up to the same again.</summary>
    private const int OperationTenure = 8;

    private static readonly bool Trace = Environment.GetEnvironmentVariable("COFAB_TABU_TRACE") == "1";

    private readonly SchedulingProblem _problem;
    private readonly OperationIndex _index;
    private readonly SchedulingEngine _engine;
    private readonly Lock _gate = new();
    private DisjunctiveGraph? _shared;
    private long _sharedMakespan = long.MaxValue;

    public TabuSearch(SchedulingProblem problem, OperationIndex index, SchedulingEngine engine)
    {
        _problem = problem;
        _index = index;
        _engine = engine;
    }

    /// <summary>
    /// Searches on <paramref name="threads"/> threads until <paramref name="until"/>; <paramref name="alongside"/> (another
    /// search sharing the engine's best schedule) runs on the calling thread meanwhile.
    /// </summary>
    public void Run(Schedule start, int threads, int seed, TimeSpan until, CancellationToken ct, Action? alongside = null)
    {
        var first = new DisjunctiveGraph(_problem, _index);
        if (!first.Load(start))
        {
            alongside?.Invoke();
            return;
        }

        _shared = first;
        _sharedMakespan = first.Makespan;
        var workers = Enumerable.Range(0, Math.Max(1, threads))
            .Select(t => new Thread(() => Search(seed + 7919 * t, until, ct)) { IsBackground = true, Name = $"tabu-{t}" })
            .ToList();
        workers.ForEach(w => w.Start());
        alongside?.Invoke();
        workers.ForEach(w => w.Join());
    }

    private void Search(int seed, TimeSpan until, CancellationToken ct)
    {
        var random = new Random(seed);
        var current = new DisjunctiveGraph(_problem, _index);
        lock (_gate)
        {
            current.CopyFrom(_shared!);
        }

        var n = current.N;
        var moves = new TabuMoves(current, random);
        var path = new List<int>(n);
        var best = current.Makespan;
        var sinceImprovement = 0L;
        var stallLimit = StallIterationsPerOperation * (long)Math.Max(100, n);
        long iteration = 0;
        while (!ct.IsCancellationRequested && !_engine.Done() && _engine.Elapsed < until)
        {
            iteration++;
            moves.CriticalPath(path);
            var move = moves.Best(path, iteration, best);
            if (move.Op < 0)
            {
                moves.ClearTabu();
                continue;
            }

            var op = move.Op;
            var vacated = (current.MachineOf[op], current.PrevOnMachine[op]);
            current.Move(op, move.Alt, move.Position);
            if (!current.Evaluate(-1))
            {
                // Reachability marks make every considered insertion acyclic, so this is a bug: recover, don't stop.
                best = Restart(current, moves, 0);
                continue;
            }

            moves.MakeTabu(op, vacated.Item1, vacated.Item2,
                iteration + PlaceTenure + random.Next(path.Count + 1),
                iteration + OperationTenure + random.Next(OperationTenure + 1));
            if (current.Makespan < best)
            {
                best = current.Makespan;
                sinceImprovement = 0;
                Publish(current);
            }
            else if (++sinceImprovement > stallLimit)
            {
                sinceImprovement = 0;
                best = Restart(current, moves, 2 + random.Next(4));
            }

            if (Trace && iteration % 5000 == 0)
            {
                Console.Error.WriteLine($"tabu seed={seed} it={iteration} current={current.Makespan} best={best} path={path.Count} t={_engine.Elapsed.TotalSeconds:0.0}");
            }

        }
    }

    private void Publish(DisjunctiveGraph graph)
    {
        lock (_gate)
        {
            if (graph.Makespan >= _sharedMakespan)
            {
                return;
            }

            _sharedMakespan = graph.Makespan;
            var copy = new DisjunctiveGraph(_problem, _index);
            copy.CopyFrom(graph);
            _shared = copy;
            _engine.Offer(graph.ToSchedule(), "tabu");
        }
    }

    /// <summary>Continues from the best schedule of any thread (or of the search alongside), shaken by a few random moves.</summary>
    private long Restart(DisjunctiveGraph current, TabuMoves moves, int kicks)
    {
        long best;
        lock (_gate)
        {
            if (_engine.Best is { } engineBest && _engine.BestValue < _sharedMakespan)
            {
                var adopted = new DisjunctiveGraph(_problem, _index);
                if (adopted.Load(engineBest))
                {
                    _shared = adopted;
                    _sharedMakespan = adopted.Makespan;
                }
            }

            current.CopyFrom(_shared!);
            best = _sharedMakespan;
        }

        moves.ClearTabu();
        var path = new List<int>();
        for (var k = 0; k < kicks; k++)
        {
            moves.CriticalPath(path);
            var move = moves.Random(path);
            if (move.Op < 0)
            {
                break;
            }

            current.Move(move.Op, move.Alt, move.Position);
            if (!current.Evaluate(-1))
            {
                lock (_gate)
                {
                    current.CopyFrom(_shared!);
                }

                break;
            }
        }

        return best;
    }
}
