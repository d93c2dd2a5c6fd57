using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// A classical job shop schedule as flat arrays: every operation has one machine, every job is a chain. Machine
/// sequences fix the semi-active schedule; heads (earliest starts), tails (longest path after an operation's end) and
/// the makespan follow from one topological pass. Kept apart from <see cref="DisjunctiveGraph"/> because the job shop
/// tabu search evaluates hundreds of thousands of moves a second and needs O(1) access without machine choices.
/// </summary>
internal sealed class JobShopGraph
{
    private readonly SchedulingProblem _problem;
    private readonly OperationIndex _index;
    private readonly int[] _queue;
    private readonly int[] _indegree;

    public JobShopGraph(SchedulingProblem problem, OperationIndex index)
    {
        _problem = problem;
        _index = index;
        N = index.Count;
        Machine = new int[N];
        Duration = new long[N];
        JobPrev = new int[N];
        JobNext = new int[N];
        JobArc = new long[N];
        Release = new long[N];
        Array.Fill(JobPrev, -1);
        Array.Fill(JobNext, -1);
        for (var f = 0; f < N; f++)
        {
            var job = problem.Jobs[index.Job[f]];
            var op = job.Operations[index.Op[f]];
            Machine[f] = op.Alternatives[0].Machine;
            Duration[f] = op.Alternatives[0].Occupancy;
            Release[f] = job.Release;
            foreach (var p in op.Predecessors)
            {
                var from = index.Flat(index.Job[f], p);
                JobPrev[f] = from;
                JobNext[from] = f;
            }
        }

        var factories = problem.Machines.Select(m => m.Factory).ToArray();
        for (var f = 0; f < N; f++)
        {
            if (JobNext[f] >= 0 && problem.HasTransport)
            {
                JobArc[f] = problem.FactoryTransportTime(factories[Machine[f]], factories[Machine[JobNext[f]]]);
            }
        }

        Sequences = new int[problem.Machines.Count][];
        var counts = new int[problem.Machines.Count];
        foreach (var m in Machine)
        {
            counts[m]++;
        }

        for (var m = 0; m < Sequences.Length; m++)
        {
            Sequences[m] = new int[counts[m]];
        }

        Position = new int[N];
        Head = new long[N];
        Tail = new long[N];
        Order = new int[N];
        _queue = new int[N];
        _indegree = new int[N];
    }

    public int N { get; }

    public int[] Machine { get; }

    /// <summary>Machine occupancy (setup + processing).</summary>
    public long[] Duration { get; }

    public int[] JobPrev { get; }

    public int[] JobNext { get; }

    /// <summary>Transport time on the arc from an operation to its job successor.</summary>
    public long[] JobArc { get; }

    public long[] Release { get; }

    public int[][] Sequences { get; }

    /// <summary>Index of each operation in its machine's sequence.</summary>
    public int[] Position { get; }

    public long[] Head { get; }

    /// <summary>Longest path from the end of an operation to the end of the schedule.</summary>
    public long[] Tail { get; }

    public int[] Order { get; }

    public long Makespan { get; private set; }

    /// <summary>Classical job shops: one machine per operation, chains, makespan, no calendars, nothing frozen.</summary>
    public static bool Applies(SchedulingProblem problem) =>
        DisjunctiveGraph.Applies(problem)
        && problem.Jobs.All(j => j.Operations.All(o => o.Alternatives.Count == 1 && o.Predecessors.Count <= 1)
            && j.Operations.SelectMany(o => o.Predecessors).GroupBy(p => p).All(g => g.Count() == 1));

    public int PrevOnMachine(int f) => Position[f] == 0 ? -1 : Sequences[Machine[f]][Position[f] - 1];

    public int NextOnMachine(int f)
    {
        var sequence = Sequences[Machine[f]];
        return Position[f] == sequence.Length - 1 ? -1 : sequence[Position[f] + 1];
    }

    /// <summary>Earliest start an operation's job allows: its release, or its job predecessor's end plus transport.</summary>
    public long JobReady(int f) => JobPrev[f] < 0 ? Release[f] : Head[JobPrev[f]] + Duration[JobPrev[f]] + JobArc[JobPrev[f]];

    /// <summary>Time the job needs after an operation's end: the rest of its chain as the tails say.</summary>
    public long JobAfter(int f) => JobNext[f] < 0 ? 0 : JobArc[f] + Duration[JobNext[f]] + Tail[JobNext[f]];

    /// <summary>Machine orders from a schedule (by start, then end, then operation order).</summary>
    public bool Load(Schedule schedule)
    {
        var lists = Sequences.Select(_ => new List<int>()).ToArray();
        for (var f = 0; f < N; f++)
        {
            var a = schedule[_index.Job[f], _index.Op[f]];
            if (a.Machine != Machine[f])
            {
                return false;
            }

            lists[a.Machine].Add(f);
        }

        for (var m = 0; m < lists.Length; m++)
        {
            lists[m].Sort(_index.ByPlacement(schedule));
            lists[m].CopyTo(Sequences[m]);
        }

        Reindex();
        return Evaluate();
    }

    public void CopyFrom(JobShopGraph other)
    {
        for (var m = 0; m < Sequences.Length; m++)
        {
            Array.Copy(other.Sequences[m], Sequences[m], Sequences[m].Length);
        }

        Array.Copy(other.Position, Position, N);
        Array.Copy(other.Head, Head, N);
        Array.Copy(other.Tail, Tail, N);
        Array.Copy(other.Order, Order, N);
        Makespan = other.Makespan;
    }

    /// <summary>Moves the operation at index <paramref name="from"/> of a machine's sequence to index <paramref name="to"/>.</summary>
    public void Shift(int machine, int from, int to)
    {
        var sequence = Sequences[machine];
        var f = sequence[from];
        if (from < to)
        {
            Array.Copy(sequence, from + 1, sequence, from, to - from);
        }
        else
        {
            Array.Copy(sequence, to, sequence, to + 1, from - to);
        }

        sequence[to] = f;
        for (var i = Math.Min(from, to); i <= Math.Max(from, to); i++)
        {
            Position[sequence[i]] = i;
        }
    }

    /// <summary>Heads, tails and makespan by one topological pass; false when the machine orders close a cycle.</summary>
    public bool Evaluate()
    {
        var size = 0;
        for (var f = 0; f < N; f++)
        {
            _indegree[f] = (JobPrev[f] >= 0 ? 1 : 0) + (Position[f] > 0 ? 1 : 0);
            if (_indegree[f] == 0)
            {
                _queue[size++] = f;
            }
        }

        var read = 0;
        long makespan = 0;
        while (read < size)
        {
            var f = _queue[read];
            Order[read++] = f;
            var machinePrev = PrevOnMachine(f);
            var head = JobReady(f);
            if (machinePrev >= 0)
            {
                head = Math.Max(head, Head[machinePrev] + Duration[machinePrev]);
            }

            Head[f] = head;
            makespan = Math.Max(makespan, head + Duration[f]);
            var next = JobNext[f];
            if (next >= 0 && --_indegree[next] == 0)
            {
                _queue[size++] = next;
            }

            next = NextOnMachine(f);
            if (next >= 0 && --_indegree[next] == 0)
            {
                _queue[size++] = next;
            }
        }

        if (read < N)
        {
            return false;
        }

        for (var i = N - 1; i >= 0; i--)
        {
            var f = Order[i];
            var tail = JobAfter(f);
            var machineNext = NextOnMachine(f);
            if (machineNext >= 0)
            {
                tail = Math.Max(tail, Duration[machineNext] + Tail[machineNext]);
            }

            Tail[f] = tail;
        }

        Makespan = makespan;
        return true;
    }

    /// <summary>
    /// A random active-order schedule: repeatedly one job chosen at random schedules its next operation at the end of
    /// its machine's sequence. Every machine order then follows one global order of the jobs' chains, so it is acyclic.
    /// </summary>
    public void Randomize(Random random)
    {
        var ready = new List<int>();
        var filled = new int[Sequences.Length];
        for (var f = 0; f < N; f++)
        {
            if (JobPrev[f] < 0)
            {
                ready.Add(f);
            }
        }

        while (ready.Count > 0)
        {
            var pick = random.Next(ready.Count);
            var f = ready[pick];
            var m = Machine[f];
            Position[f] = filled[m];
            Sequences[m][filled[m]++] = f;
            if (JobNext[f] >= 0)
            {
                ready[pick] = JobNext[f];
            }
            else
            {
                ready[pick] = ready[^1];
                ready.RemoveAt(ready.Count - 1);
            }
        }

        Evaluate();
    }

    /// <summary>Pairs of operations that this schedule and <paramref name="other"/> order differently on a machine.</summary>
    public int Distance(JobShopGraph other)
    {
        var distance = 0;
        foreach (var sequence in Sequences)
        {
            for (var i = 0; i < sequence.Length; i++)
            {
                for (var j = i + 1; j < sequence.Length; j++)
                {
                    if (other.Position[sequence[i]] > other.Position[sequence[j]])
                    {
                        distance++;
                    }
                }
            }
        }

        return distance;
    }

    public Schedule ToSchedule()
    {
        var byJob = _problem.Jobs.Select(j => new Assignment[j.Operations.Count]).ToArray();
        for (var f = 0; f < N; f++)
        {
            byJob[_index.Job[f]][_index.Op[f]] = new Assignment(_index.Job[f], _index.Op[f], Machine[f], Head[f], Head[f] + Duration[f]);
        }

        return new Schedule(byJob);
    }

    private void Reindex()
    {
        foreach (var sequence in Sequences)
        {
            for (var i = 0; i < sequence.Length; i++)
            {
                Position[sequence[i]] = i;
            }
        }
    }
}
