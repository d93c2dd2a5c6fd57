using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// A schedule as a disjunctive graph: each operation's machine and the order of the operations on every machine. Job
/// arcs (with transport time between factories) and machine arcs fix the semi-active schedule: heads (earliest starts),
/// tails (longest path from an operation's start to the end, its own occupancy included) and the makespan follow in
/// O(n) by one topological pass. Used by <see cref="TabuSearch"/>; only valid for problems without calendars and frozen
/// operations, where a schedule is fully described by machines and sequences.
/// </summary>
internal sealed class DisjunctiveGraph
{
    private readonly SchedulingProblem _problem;
    private readonly int[] _predOffset;
    private readonly int[] _preds;
    private readonly int[] _succOffset;
    private readonly int[] _succs;
    private readonly long[] _release;
    private readonly int[] _factoryOf;
    private readonly int[] _indegree;
    private readonly long[] _baseHead;
    private readonly long[] _baseTail;
    private readonly int[] _position;
    private readonly long[] _prefixEnd;
    private int _headsDirtyFrom;
    private int _tailsDirtyTo;

    public DisjunctiveGraph(SchedulingProblem problem, OperationIndex index)
    {
        _problem = problem;
        Index = index;
        var n = index.Count;
        N = n;
        var preds = new List<int>[n];
        var succs = new List<int>[n];
        for (var f = 0; f < n; f++)
        {
            preds[f] = [];
            succs[f] = [];
        }

        AltMachine = new int[n][];
        AltOccupancy = new long[n][];
        _release = new long[n];
        for (var f = 0; f < n; f++)
        {
            var job = problem.Jobs[index.Job[f]];
            var op = job.Operations[index.Op[f]];
            _release[f] = job.Release;
            AltMachine[f] = op.Alternatives.Select(a => a.Machine).ToArray();
            AltOccupancy[f] = op.Alternatives.Select(a => a.Occupancy).ToArray();
            foreach (var p in op.Predecessors)
            {
                var from = index.Flat(index.Job[f], p);
                preds[f].Add(from);
                succs[from].Add(f);
            }
        }

        (_predOffset, _preds) = Compress(preds);
        (_succOffset, _succs) = Compress(succs);
        _factoryOf = problem.Machines.Select(m => m.Factory).ToArray();
        _indegree = new int[n];
        MachineOf = new int[n];
        Occupancy = new long[n];
        PrevOnMachine = new int[n];
        NextOnMachine = new int[n];
        Sequences = problem.Machines.Select(_ => new List<int>()).ToArray();
        Head = new long[n];
        Tail = new long[n];
        Order = new int[n];
        _baseHead = new long[n];
        _baseTail = new long[n];
        _position = new int[n];
        _prefixEnd = new long[n];
    }

    public OperationIndex Index { get; }

    public int N { get; }

    public int[][] AltMachine { get; }

    public long[][] AltOccupancy { get; }

    public int[] MachineOf { get; }

    public long[] Occupancy { get; }

    public int[] PrevOnMachine { get; }

    public int[] NextOnMachine { get; }

    public List<int>[] Sequences { get; }

    /// <summary>Results of the last <see cref="Evaluate"/>: heads, tails, and the topological order.</summary>
    public long[] Head { get; }

    public long[] Tail { get; }

    public int[] Order { get; }

    public long Makespan { get; private set; }

    /// <summary>Whether the tabu search can represent the problem: pure makespan, no calendars, nothing frozen.</summary>
    public static bool Applies(SchedulingProblem problem) =>
        problem.Objective.IsPureMakespan && !problem.Objective.Lexicographic
        && problem.Machines.All(m => m.Unavailable.Count == 0)
        && problem.Jobs.All(j => j.Operations.All(o => o.Frozen is null));

    public ReadOnlySpan<int> PredecessorsOf(int f) => _preds.AsSpan(_predOffset[f], _predOffset[f + 1] - _predOffset[f]);

    public ReadOnlySpan<int> SuccessorsOf(int f) => _succs.AsSpan(_succOffset[f], _succOffset[f + 1] - _succOffset[f]);

    public long Release(int f) => _release[f];

    public long Transport(int fromMachine, int toMachine) =>
        _problem.HasTransport ? _problem.FactoryTransportTime(_factoryOf[fromMachine], _factoryOf[toMachine]) : 0;

    /// <summary>Loads machines and machine orders from a schedule (ordered by start, then end, then job order).</summary>
    public bool Load(Schedule schedule)
    {
        foreach (var sequence in Sequences)
        {
            sequence.Clear();
        }

        for (var f = 0; f < N; f++)
        {
            var a = schedule[Index.Job[f], Index.Op[f]];
            var alt = Array.IndexOf(AltMachine[f], a.Machine);
            if (alt < 0)
            {
                return false;
            }

            MachineOf[f] = a.Machine;
            Occupancy[f] = AltOccupancy[f][alt];
            Sequences[a.Machine].Add(f);
        }

        foreach (var sequence in Sequences)
        {
            sequence.Sort(Index.ByPlacement(schedule));
        }

        RelinkAll();
        return Evaluate(-1);
    }

    public void CopyFrom(DisjunctiveGraph other)
    {
        Array.Copy(other.MachineOf, MachineOf, N);
        Array.Copy(other.Occupancy, Occupancy, N);
        for (var m = 0; m < Sequences.Length; m++)
        {
            Sequences[m].Clear();
            Sequences[m].AddRange(other.Sequences[m]);
        }

        RelinkAll();
        Evaluate(-1);
    }

    /// <summary>Moves operation <paramref name="f"/> to alternative <paramref name="alt"/>, at position <paramref name="position"/> of that machine's sequence without f.</summary>
    public void Move(int f, int alt, int position)
    {
        var from = MachineOf[f];
        Sequences[from].Remove(f);
        var to = AltMachine[f][alt];
        Sequences[to].Insert(position, f);
        MachineOf[f] = to;
        Occupancy[f] = AltOccupancy[f][alt];
        Relink(from);
        Relink(to);
    }

    /// <summary>
    /// Heads, tails and makespan of the graph without operation <paramref name="excluded"/> (−1: the whole graph); its
    /// machine neighbours are linked directly and its job arcs dropped. Returns false when the graph has a cycle.
    /// </summary>
    public bool Evaluate(int excluded)
    {
        var count = 0;
        var queueEnd = 0;
        for (var f = 0; f < N; f++)
        {
            if (f == excluded)
            {
                continue;
            }

            var degree = MachinePrev(f, excluded) >= 0 ? 1 : 0;
            foreach (var p in PredecessorsOf(f))
            {
                degree += p == excluded ? 0 : 1;
            }

            _indegree[f] = degree;
            if (degree == 0)
            {
                Order[queueEnd++] = f;
            }

            count++;
        }

        var makespan = 0L;
        for (var i = 0; i < queueEnd; i++)
        {
            var f = Order[i];
            var head = HeadOf(f, excluded);
            Head[f] = head;
            makespan = Math.Max(makespan, head + Occupancy[f]);
            foreach (var s in SuccessorsOf(f))
            {
                if (s != excluded && --_indegree[s] == 0)
                {
                    Order[queueEnd++] = s;
                }
            }

            var next = MachineNext(f, excluded);
            if (next >= 0 && --_indegree[next] == 0)
            {
                Order[queueEnd++] = next;
            }
        }

        if (queueEnd < count)
        {
            return false;
        }

        for (var i = queueEnd - 1; i >= 0; i--)
        {
            var f = Order[i];
            Tail[f] = TailOf(f, excluded);
        }

        Makespan = makespan;
        return true;
    }

    /// <summary>
    /// Takes the last whole-graph <see cref="Evaluate"/> (−1) as the base for <see cref="EvaluateWithout"/>: its heads,
    /// tails and topological order. Leaving an operation out keeps that order topological (its machine neighbours were
    /// already ordered through it), so only the heads after it and the tails before it can change.
    /// </summary>
    public void BeginExclusions()
    {
        Array.Copy(Head, _baseHead, N);
        Array.Copy(Tail, _baseTail, N);
        var end = 0L;
        for (var i = 0; i < N; i++)
        {
            var f = Order[i];
            _position[f] = i;
            end = Math.Max(end, Head[f] + Occupancy[f]);
            _prefixEnd[i] = end;
        }

        _headsDirtyFrom = N;
        _tailsDirtyTo = -1;
    }

    /// <summary>
    /// The same heads, tails and makespan as <see cref="Evaluate"/> with <paramref name="excluded"/>, without its
    /// topological sort and touching each operation once (a head after it or a tail before it), from the base of
    /// <see cref="BeginExclusions"/> (the graph must not have changed since). The tabu
    /// neighbourhood needs one such evaluation per critical operation per iteration.
    /// </summary>
    public void EvaluateWithout(int excluded)
    {
        var p = _position[excluded];
        // Heads before p and tails after p must be the base ones; earlier exclusions may have changed some of them.
        if (_headsDirtyFrom < p)
        {
            for (var i = _headsDirtyFrom; i < p; i++)
            {
                Head[Order[i]] = _baseHead[Order[i]];
            }
        }

        if (_tailsDirtyTo > p)
        {
            for (var i = p + 1; i <= _tailsDirtyTo; i++)
            {
                Tail[Order[i]] = _baseTail[Order[i]];
            }
        }

        Head[excluded] = _baseHead[excluded];
        Tail[excluded] = _baseTail[excluded];
        var makespan = p > 0 ? _prefixEnd[p - 1] : 0L;
        for (var i = p + 1; i < N; i++)
        {
            var f = Order[i];
            var head = HeadOf(f, excluded);
            Head[f] = head;
            makespan = Math.Max(makespan, head + Occupancy[f]);
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var f = Order[i];
            Tail[f] = TailOf(f, excluded);
        }

        _headsDirtyFrom = p + 1;
        _tailsDirtyTo = p - 1;
        Makespan = makespan;
    }

    /// <summary>
    /// Stamps every operation from which one of <paramref name="seeds"/> can be reached (forward = false) or which can
    /// be reached from one of them (forward = true), seeds included, in the graph without <paramref name="excluded"/>.
    /// </summary>
    public void Mark(int excluded, ReadOnlySpan<int> seeds, bool forward, int[] stamps, int stamp, Stack<int> work)
    {
        work.Clear();
        foreach (var seed in seeds)
        {
            if (stamps[seed] != stamp)
            {
                stamps[seed] = stamp;
                work.Push(seed);
            }
        }

        while (work.Count > 0)
        {
            var f = work.Pop();
            var neighbours = forward ? SuccessorsOf(f) : PredecessorsOf(f);
            foreach (var x in neighbours)
            {
                if (x != excluded && stamps[x] != stamp)
                {
                    stamps[x] = stamp;
                    work.Push(x);
                }
            }

            var onMachine = forward ? MachineNext(f, excluded) : MachinePrev(f, excluded);
            if (onMachine >= 0 && stamps[onMachine] != stamp)
            {
                stamps[onMachine] = stamp;
                work.Push(onMachine);
            }
        }
    }

    public Schedule ToSchedule()
    {
        var byJob = _problem.Jobs.Select(j => new Assignment[j.Operations.Count]).ToArray();
        for (var f = 0; f < N; f++)
        {
            byJob[Index.Job[f]][Index.Op[f]] = new Assignment(Index.Job[f], Index.Op[f], MachineOf[f], Head[f], Head[f] + Occupancy[f]);
        }

        return new Schedule(byJob);
    }

    /// <summary>Earliest start of <paramref name="f"/> from its predecessors' current heads, without <paramref name="excluded"/>.</summary>
    private long HeadOf(int f, int excluded)
    {
        var head = _release[f];
        var machine = MachineOf[f];
        foreach (var p in PredecessorsOf(f))
        {
            if (p != excluded)
            {
                head = Math.Max(head, Head[p] + Occupancy[p] + Transport(MachineOf[p], machine));
            }
        }

        var prev = MachinePrev(f, excluded);
        return prev >= 0 ? Math.Max(head, Head[prev] + Occupancy[prev]) : head;
    }

    /// <summary>Tail of <paramref name="f"/> (its occupancy included) from its successors' current tails, without <paramref name="excluded"/>.</summary>
    private long TailOf(int f, int excluded)
    {
        var machine = MachineOf[f];
        var rest = 0L;
        foreach (var s in SuccessorsOf(f))
        {
            if (s != excluded)
            {
                rest = Math.Max(rest, Transport(machine, MachineOf[s]) + Tail[s]);
            }
        }

        var next = MachineNext(f, excluded);
        return Occupancy[f] + (next >= 0 ? Math.Max(rest, Tail[next]) : rest);
    }

    private int MachinePrev(int f, int excluded)
    {
        var p = PrevOnMachine[f];
        return p == excluded && p >= 0 ? PrevOnMachine[p] : p;
    }

    private int MachineNext(int f, int excluded)
    {
        var s = NextOnMachine[f];
        return s == excluded && s >= 0 ? NextOnMachine[s] : s;
    }

    private void RelinkAll()
    {
        for (var m = 0; m < Sequences.Length; m++)
        {
            Relink(m);
        }
    }

    private void Relink(int machine)
    {
        var sequence = Sequences[machine];
        for (var i = 0; i < sequence.Count; i++)
        {
            PrevOnMachine[sequence[i]] = i == 0 ? -1 : sequence[i - 1];
            NextOnMachine[sequence[i]] = i == sequence.Count - 1 ? -1 : sequence[i + 1];
        }
    }

    private static (int[] Offset, int[] Items) Compress(List<int>[] lists)
    {
        var offset = new int[lists.Length + 1];
        for (var i = 0; i < lists.Length; i++)
        {
            offset[i + 1] = offset[i] + lists[i].Count;
        }

        var items = new int[offset[^1]];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i].CopyTo(items, offset[i]);
        }

        return (offset, items);
    }
}
