namespace Cofab.Scheduling.Solving;

/// <summary>A move of the N7 neighbourhood: the operation at index From of a machine's sequence goes to index To.</summary>
internal readonly record struct Move(int Machine, int From, int To, long Estimate);

/// <summary>
/// The N7 neighbourhood of one critical path (Zhang, Li, Guan and Rao 2007) with the move estimates of Balas and
/// Vazacopoulos (1998): for every block (a maximal run of the path on one machine) of two or more operations, each
/// operation moves to the block's front or back, and the first and last operations move inside the block. A move is
/// offered only when the feasibility test of Balas and Vazacopoulos guarantees that the graph stays acyclic.
/// </summary>
internal sealed class JobShopMoves
{
    private readonly List<int> _path = new(256);
    private long[] _scratch = new long[64];

    public List<Move> Moves { get; } = new(64);

    /// <summary>The moves of one critical path, chosen with random tie-breaks between arcs.</summary>
    public void Collect(JobShopGraph graph, Random random)
    {
        CriticalPath(graph, random);
        CollectBlocks(graph);
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
    private void CollectBlocks(JobShopGraph graph)
    {
        Moves.Clear();
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

        Moves.Add(new Move(machine, from, to, estimate));
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
        Moves.Add(new Move(machine, from, to, estimate));
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
