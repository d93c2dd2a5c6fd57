using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// Chooses which operations an LNS step re-optimises. Four shapes, taken in turn: whole random jobs, a window of
/// operations consecutive in time, everything on a few random machines, and a critical path with its machine
/// neighbours (only moving critical operations can shorten the makespan). The rest keeps its machine and order.
/// </summary>
internal sealed class Neighbourhoods(SchedulingProblem problem, OperationIndex index, Random random)
{
    public const int Kinds = 4;

    public bool[] Choose(int kind, Schedule incumbent, int size) => kind switch
    {
        0 => RandomJobs(size),
        1 => TimeWindow(incumbent, size),
        2 => RandomMachines(incumbent, size),
        _ => CriticalPath(incumbent, size),
    };

    public static string Name(int kind) => kind switch { 0 => "jobs", 1 => "window", 2 => "machines", _ => "critical" };

    /// <summary>
    /// Walks back from an operation that ends last, each time to a random predecessor that ends exactly when the current
    /// operation could start (its job predecessor plus transport, or the previous operation on its machine), then adds
    /// machine neighbours of random path operations until the size is reached.
    /// </summary>
    private bool[] CriticalPath(Schedule incumbent, int size)
    {
        var previousOnMachine = new int[index.Count];
        var nextOnMachine = new int[index.Count];
        Array.Fill(previousOnMachine, -1);
        Array.Fill(nextOnMachine, -1);
        foreach (var machine in Enumerable.Range(0, index.Count).GroupBy(f => At(incumbent, f).Machine))
        {
            var ordered = machine.OrderBy(f => At(incumbent, f).Start).ThenBy(f => At(incumbent, f).End).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                previousOnMachine[ordered[i]] = ordered[i - 1];
                nextOnMachine[ordered[i - 1]] = ordered[i];
            }
        }

        var makespan = incumbent.Makespan;
        var ends = Enumerable.Range(0, index.Count).Where(f => At(incumbent, f).End == makespan).ToArray();
        var current = ends[random.Next(ends.Length)];
        var path = new List<int>();
        while (current >= 0)
        {
            path.Add(current);
            var start = At(incumbent, current).Start;
            var tight = problem.Jobs[index.Job[current]].Operations[index.Op[current]].Predecessors
                .Select(p => index.Flat(index.Job[current], p))
                .Where(p => At(incumbent, p).End + problem.TransportTime(At(incumbent, p).Machine, At(incumbent, current).Machine) == start)
                .ToList();
            if (previousOnMachine[current] is var m and >= 0 && At(incumbent, m).End == start)
            {
                tight.Add(m);
            }

            current = tight.Count == 0 ? -1 : tight[random.Next(tight.Count)];
        }

        var relaxed = new bool[index.Count];
        var count = 0;
        foreach (var f in path)
        {
            count += relaxed[f] ? 0 : 1;
            relaxed[f] = true;
        }

        for (var attempts = 0; count < size && attempts < 4 * size; attempts++)
        {
            var f = path[random.Next(path.Count)];
            var neighbour = random.Next(2) == 0 ? previousOnMachine[f] : nextOnMachine[f];
            var pick = neighbour >= 0 && !relaxed[neighbour] ? neighbour : random.Next(index.Count);
            if (!relaxed[pick])
            {
                relaxed[pick] = true;
                count++;
            }
        }

        return relaxed;
    }

    private Assignment At(Schedule s, int f) => s[index.Job[f], index.Op[f]];

    private bool[] RandomJobs(int size) => index.RelaxWholeJobs(Shuffled(problem.Jobs.Count), size);

    private bool[] TimeWindow(Schedule incumbent, int size)
    {
        var byStart = Enumerable.Range(0, index.Count)
            .OrderBy(f => incumbent[index.Job[f], index.Op[f]].Start)
            .ToArray();
        var relaxed = new bool[index.Count];
        var first = random.Next(Math.Max(1, byStart.Length - size + 1));
        for (var i = first; i < Math.Min(byStart.Length, first + size); i++)
        {
            relaxed[byStart[i]] = true;
        }

        return relaxed;
    }

    private bool[] RandomMachines(Schedule incumbent, int size)
    {
        var onMachine = new List<int>[problem.Machines.Count];
        for (var m = 0; m < onMachine.Length; m++)
        {
            onMachine[m] = [];
        }

        for (var f = 0; f < index.Count; f++)
        {
            onMachine[incumbent[index.Job[f], index.Op[f]].Machine].Add(f);
        }

        var relaxed = new bool[index.Count];
        var count = 0;
        foreach (var m in Shuffled(onMachine.Length))
        {
            foreach (var f in onMachine[m])
            {
                relaxed[f] = true;
                count++;
            }

            if (count >= size)
            {
                break;
            }
        }

        return relaxed;
    }

    private int[] Shuffled(int n)
    {
        var items = Enumerable.Range(0, n).ToArray();
        random.Shuffle(items);
        return items;
    }
}
