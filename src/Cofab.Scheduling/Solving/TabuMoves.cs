namespace Cofab.Scheduling.Solving;

/// <summary>
/// The neighbourhood of <see cref="TabuSearch"/> on one thread's graph: for each operation of a critical path, the
/// graph without it gives heads and tails from which the longest path through the operation at any insertion
/// position follows in O(1); reachability marks (ancestors of its job predecessors, descendants of its job successors)
/// rule out exactly the positions that would close a cycle. Moving an inner operation of a critical block to another
/// place inside that block is skipped: it leaves the path as long (Nowicki–Smutnicki), and on a machine-bound path
/// such moves were so many that the search walked the makespan plateau for ever (ADR 0101, second amendment). The estimate's best few are then made,
/// measured exactly and undone, and the best by true makespan (then fewest critical operations) wins.
/// </summary>
internal sealed class TabuMoves
{
    /// <summary>
    /// How many of the estimate's best moves are measured exactly per iteration. Ten helped Mk06 while the search was
    /// slow; since interior moves are skipped, three reach the same Mk07 results (141–143) with about a third more
    /// iterations (ADR 0101, second amendment).
    /// </summary>
    private const int ExactlyMeasured = 3;

    /// <summary>Vacated places remembered per operation; an operation moves at most every few iterations, so a few suffice.</summary>
    private const int PlaceSlots = 8;


    private readonly DisjunctiveGraph _g;
    private readonly Random _random;
    private readonly int[] _stamps;
    private readonly Stack<int> _work = new();
    private readonly Scored[] _top = new Scored[ExactlyMeasured];
    private readonly long[] _restUntil;
    private readonly int[] _placeMachine;
    private readonly int[] _placeAfter;
    private readonly long[] _placeUntil;
    private readonly int[] _placeNext;
    private int _topCount;
    private int _stamp;

    public TabuMoves(DisjunctiveGraph graph, Random random)
    {
        _g = graph;
        _random = random;
        _stamps = new int[graph.N];
        _restUntil = new long[graph.N];
        _placeMachine = new int[graph.N * PlaceSlots];
        _placeAfter = new int[graph.N * PlaceSlots];
        _placeUntil = new long[graph.N * PlaceSlots];
        _placeNext = new int[graph.N];
    }

    public readonly record struct Move(int Op, int Alt, int Position);

    /// <summary>
    /// A candidate move, ranked by its makespan estimate, then the longest path through the moved operation, then
    /// reassignments before re-sequencing (on a machine-bound path only a reassignment can shorten it), then at random.
    /// </summary>
    private readonly record struct Scored(Move Move, long Through, bool SameMachine, int Tie, long Estimate)
    {
        public bool Precedes(in Scored other)
        {
            if (Estimate != other.Estimate)
            {
                return Estimate < other.Estimate;
            }

            if (Through != other.Through)
            {
                return Through < other.Through;
            }

            if (SameMachine != other.SameMachine)
            {
                return !SameMachine;
            }

            return Tie < other.Tie;
        }
    }

    public void MakeTabu(int op, int vacatedMachine, int vacatedAfter, long placeUntil, long operationUntil)
    {
        var slot = op * PlaceSlots + _placeNext[op];
        _placeNext[op] = (_placeNext[op] + 1) % PlaceSlots;
        _placeMachine[slot] = vacatedMachine;
        _placeAfter[slot] = vacatedAfter;
        _placeUntil[slot] = placeUntil;
        _restUntil[op] = operationUntil;
    }

    public void ClearTabu()
    {
        Array.Clear(_restUntil);
        Array.Clear(_placeUntil);
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
        _topCount = 0;
        Scan(path, (move, through, estimate, machine, after) =>
        {
            if (estimate < best || !IsTabu(move.Op, machine, after, iteration))
            {
                Offer(new Scored(move, through, machine == _g.MachineOf[move.Op], _random.Next(), estimate));
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

    private bool IsTabu(int v, int machine, int after, long iteration)
    {
        if (_restUntil[v] >= iteration)
        {
            return true;
        }

        for (var slot = v * PlaceSlots; slot < (v + 1) * PlaceSlots; slot++)
        {
            if (_placeUntil[slot] >= iteration && _placeMachine[slot] == machine && _placeAfter[slot] == after)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the best <see cref="ExactlyMeasured"/> candidates seen so far, in order.</summary>
    private void Offer(in Scored candidate)
    {
        if (_topCount == _top.Length && !candidate.Precedes(_top[^1]))
        {
            return;
        }

        var i = _topCount < _top.Length ? _topCount++ : _top.Length - 1;
        while (i > 0 && candidate.Precedes(_top[i - 1]))
        {
            _top[i] = _top[i - 1];
            i--;
        }

        _top[i] = candidate;
    }

    /// <summary>First and last operation (in time) of the critical block of path[j]: the run of path neighbours linked by machine arcs. The path runs backwards in time.</summary>
    private (int First, int Last) BlockOf(List<int> path, int j)
    {
        var last = j;
        while (last > 0 && _g.PrevOnMachine[path[last - 1]] == path[last])
        {
            last--;
        }

        var first = j;
        while (first < path.Count - 1 && _g.PrevOnMachine[path[first]] == path[first + 1])
        {
            first++;
        }

        return (path[first], path[last]);
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every acyclic insertion of every path operation other than its current place,
    /// with the longest path through the operation there and the estimate max(that, makespan without the operation).
    /// The graph's last evaluation must be of the whole graph, as it is after every move the search makes.
    /// </summary>
    private void Scan(List<int> path, Action<Move, long, long, int, int> visit)
    {
        var g = _g;
        g.BeginExclusions();
        for (var j = 0; j < path.Count; j++)
        {
            var v = path[j];
            var homeMachine = g.MachineOf[v];
            var homePrev = g.PrevOnMachine[v];
            var (blockFirst, blockLast) = BlockOf(path, j);
            g.EvaluateWithout(v);

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
                var beforeIndex = -1;
                var interior = k == homeMachine && blockFirst >= 0 && v != blockFirst && v != blockLast;
                var (firstIndex, lastIndex) = interior ? (sequence.IndexOf(blockFirst), sequence.IndexOf(blockLast)) : (-1, -1);
                for (var i = 0; i <= sequence.Count; i++)
                {
                    var after = i < sequence.Count ? sequence[i] : -1;
                    if (after == v)
                    {
                        continue;
                    }

                    // A cycle needs a path from `after` to a job predecessor of v, or from a job successor to `before`.
                    var acyclic = (after < 0 || _stamps[after] != _stamp) && (before < 0 || _stamps[before] != _stamp + 1);
                    // Nowicki–Smutnicki: an inner operation of a critical block moved inside the block leaves the path as long.
                    var useless = interior && beforeIndex >= firstIndex && beforeIndex <= lastIndex && after >= 0 && i >= firstIndex && i <= lastIndex;
                    if (acyclic && !useless && (k != homeMachine || before != homePrev))
                    {
                        var head = before >= 0 ? Math.Max(jobHead, g.Head[before] + g.Occupancy[before]) : jobHead;
                        var tail = after >= 0 ? Math.Max(jobTail, g.Tail[after]) : jobTail;
                        var through = head + g.AltOccupancy[v][alt] + tail;
                        visit(new Move(v, alt, position), through, Math.Max(through, without), k, before);
                    }

                    before = after;
                    beforeIndex = i;
                    position++;
                }
            }
        }
    }

    /// <summary>
    /// Measures the best few candidates (<see cref="Scored"/>) exactly and picks the lowest makespan, then the fewest
    /// critical operations.
    /// </summary>
    private Move ExactBest()
    {
        var g = _g;
        var chosen = new Move(-1, -1, -1);
        var chosenMakespan = long.MaxValue;
        var chosenCritical = int.MaxValue;
        for (var i = 0; i < _topCount; i++)
        {
            var move = _top[i].Move;
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
