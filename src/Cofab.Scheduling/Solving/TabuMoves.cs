namespace Cofab.Scheduling.Solving;

/// <summary>
/// The neighbourhood of <see cref="TabuSearch"/> on one thread's graph: for each operation of a critical path, the
/// graph without it gives heads and tails from which the longest path through the operation at any insertion
/// position follows in O(1); reachability marks (ancestors of its job predecessors, descendants of its job successors)
/// rule out exactly the positions that would close a cycle. The estimate's best few are then made, measured exactly
/// and undone, and the best by true makespan (then fewest critical operations) wins.
/// </summary>
internal sealed class TabuMoves
{
    /// <summary>How many of the estimate's best moves are measured exactly per iteration (Mk06: 58–59 → 57–58 with 10).</summary>
    private const int ExactlyMeasured = 10;

    private readonly DisjunctiveGraph _g;
    private readonly Random _random;
    private readonly int[] _stamps;
    private readonly Stack<int> _work = new();
    private readonly List<Scored> _pool = [];
    private readonly Dictionary<(int Op, int Machine, int After), long> _tabuUntil = [];
    private int _stamp;

    public TabuMoves(DisjunctiveGraph graph, Random random)
    {
        _g = graph;
        _random = random;
        _stamps = new int[graph.N];
    }

    public readonly record struct Move(int Op, int Alt, int Position);

    private readonly record struct Scored(Move Move, long Through, int Tie);

    public void MakeTabu(int op, int vacatedMachine, int vacatedAfter, long placeUntil, long operationUntil)
    {
        _tabuUntil[(op, vacatedMachine, vacatedAfter)] = placeUntil;
        _tabuUntil[(op, -1, -1)] = operationUntil; // machine −1: any move of the operation
    }

    public void ClearTabu() => _tabuUntil.Clear();

    /// <summary>Drops expired entries now and then so the table stays small.</summary>
    public void Forget(long iteration)
    {
        if ((iteration & 1023) == 0 && _tabuUntil.Count > 4 * _g.N)
        {
            foreach (var key in _tabuUntil.Where(kv => kv.Value < iteration).Select(kv => kv.Key).ToList())
            {
                _tabuUntil.Remove(key);
            }
        }
    }

    /// <summary>One critical path, walked back from a random last operation through random tight arcs (occupying operations only).</summary>
    public void CriticalPath(List<int> path)
    {
        path.Clear();
        var g = _g;
        var current = -1;
        var seen = 0;
        for (var f = 0; f < g.N; f++)
        {
            if (g.Head[f] + g.Occupancy[f] == g.Makespan && _random.Next(++seen) == 0)
            {
                current = f;
            }
        }

        while (current >= 0)
        {
            if (g.Occupancy[current] > 0)
            {
                path.Add(current);
            }

            var head = g.Head[current];
            var next = -1;
            var tight = 0;
            foreach (var u in g.PredecessorsOf(current))
            {
                if (g.Head[u] + g.Occupancy[u] + g.Transport(g.MachineOf[u], g.MachineOf[current]) == head && _random.Next(++tight) == 0)
                {
                    next = u;
                }
            }

            var prev = g.PrevOnMachine[current];
            if (prev >= 0 && g.Head[prev] + g.Occupancy[prev] == head && _random.Next(++tight) == 0)
            {
                next = prev;
            }

            current = next;
        }
    }

    /// <summary>
    /// The best admissible move, or Op −1 when every move is tabu. Heads and tails are left stale when a move is returned
    /// (the caller makes it and evaluates once); without a move they are restored.
    /// </summary>
    public Move Best(List<int> path, long iteration, long best)
    {
        _pool.Clear();
        Scan(path, (move, through, estimate, machine, after) =>
        {
            if (estimate < best || !IsTabu(move.Op, machine, after, iteration))
            {
                _pool.Add(new Scored(move, through, _random.Next()));
            }
        });
        var chosen = ExactBest();
        RestoreIfNone(chosen);
        return chosen;
    }

    /// <summary>A uniformly random feasible move (for restarts), or Op −1 when there is none; heads as for <see cref="Best"/>.</summary>
    public Move Random(List<int> path)
    {
        var chosen = new Move(-1, -1, -1);
        var seen = 0;
        Scan(path, (move, _, _, _, _) =>
        {
            if (_random.Next(++seen) == 0)
            {
                chosen = move;
            }
        });
        RestoreIfNone(chosen);
        return chosen;
    }

    private void RestoreIfNone(Move chosen)
    {
        if (chosen.Op < 0)
        {
            _g.Evaluate(-1);
        }
    }

    private bool IsTabu(int v, int machine, int after, long iteration) =>
        (_tabuUntil.TryGetValue((v, machine, after), out var place) && place >= iteration)
        || (_tabuUntil.TryGetValue((v, -1, -1), out var rest) && rest >= iteration);

    /// <summary>
    /// Calls <paramref name="visit"/> for every acyclic insertion of every path operation other than its current place,
    /// with the longest path through the operation there and the estimate max(that, makespan without the operation).
    /// </summary>
    private void Scan(List<int> path, Action<Move, long, long, int, int> visit)
    {
        var g = _g;
        foreach (var v in path)
        {
            var homeMachine = g.MachineOf[v];
            var homePrev = g.PrevOnMachine[v];
            if (!g.Evaluate(v))
            {
                continue;
            }

            var without = g.Makespan;
            _stamp += 2;
            g.Mark(v, g.PredecessorsOf(v), forward: false, _stamps, _stamp, _work);
            g.Mark(v, g.SuccessorsOf(v), forward: true, _stamps, _stamp + 1, _work);
            for (var alt = 0; alt < g.AltMachine[v].Length; alt++)
            {
                var k = g.AltMachine[v][alt];
                var jobHead = g.Release(v);
                foreach (var u in g.PredecessorsOf(v))
                {
                    jobHead = Math.Max(jobHead, g.Head[u] + g.Occupancy[u] + g.Transport(g.MachineOf[u], k));
                }

                var jobTail = 0L;
                foreach (var w in g.SuccessorsOf(v))
                {
                    jobTail = Math.Max(jobTail, g.Transport(k, g.MachineOf[w]) + g.Tail[w]);
                }

                var sequence = g.Sequences[k];
                var position = 0;
                var before = -1;
                for (var i = 0; i <= sequence.Count; i++)
                {
                    var after = i < sequence.Count ? sequence[i] : -1;
                    if (after == v)
                    {
                        continue;
                    }

                    // A cycle needs a path from `after` to a job predecessor of v, or from a job successor to `before`.
                    var acyclic = (after < 0 || _stamps[after] != _stamp) && (before < 0 || _stamps[before] != _stamp + 1);
                    if (acyclic && (k != homeMachine || before != homePrev))
                    {
                        var head = before >= 0 ? Math.Max(jobHead, g.Head[before] + g.Occupancy[before]) : jobHead;
                        var tail = after >= 0 ? Math.Max(jobTail, g.Tail[after]) : jobTail;
                        var through = head + g.AltOccupancy[v][alt] + tail;
                        visit(new Move(v, alt, position), through, Math.Max(through, without), k, before);
                    }

                    before = after;
                    position++;
                }
            }
        }
    }

    /// <summary>
    /// Ranks the pool by the longest path through the moved operation (Mastrolilli–Gambardella's estimate; it keeps
    /// moving on plateaus where the makespan bound alone is flat), measures the best few exactly, and picks the lowest
    /// makespan, then the fewest critical operations.
    /// </summary>
    private Move ExactBest()
    {
        var g = _g;
        _pool.Sort((a, b) => a.Through != b.Through ? a.Through.CompareTo(b.Through) : a.Tie.CompareTo(b.Tie));
        var chosen = new Move(-1, -1, -1);
        var chosenMakespan = long.MaxValue;
        var chosenCritical = int.MaxValue;
        for (var i = 0; i < Math.Min(ExactlyMeasured, _pool.Count); i++)
        {
            var move = _pool[i].Move;
            var v = move.Op;
            var homeAlt = Array.IndexOf(g.AltMachine[v], g.MachineOf[v]);
            var homePosition = g.Sequences[g.MachineOf[v]].IndexOf(v);
            g.Move(v, move.Alt, move.Position);
            var makespan = g.Evaluate(-1) ? g.Makespan : long.MaxValue;
            var critical = 0;
            if (makespan != long.MaxValue)
            {
                for (var f = 0; f < g.N; f++)
                {
                    critical += g.Head[f] + g.Tail[f] == makespan ? 1 : 0;
                }
            }

            g.Move(v, homeAlt, homePosition);
            if (makespan < chosenMakespan || (makespan == chosenMakespan && critical < chosenCritical))
            {
                chosen = move;
                chosenMakespan = makespan;
                chosenCritical = critical;
            }
        }

        return chosen;
    }
}
