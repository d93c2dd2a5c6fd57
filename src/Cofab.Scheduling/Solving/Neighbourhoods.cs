using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// Chooses which operations an LNS step re-optimises. Three shapes, taken in turn: whole random jobs, a window of
/// operations consecutive in time, and everything on a few random machines. The rest keeps its machine and order.
/// </summary>
internal sealed class Neighbourhoods(SchedulingProblem problem, OperationIndex index, Random random)
{
    public const int Kinds = 3;

    public bool[] Choose(int kind, Schedule incumbent, int size) => kind switch
    {
        0 => RandomJobs(size),
        1 => TimeWindow(incumbent, size),
        _ => RandomMachines(incumbent, size),
    };

    public static string Name(int kind) => kind switch { 0 => "jobs", 1 => "window", _ => "machines" };

    private bool[] RandomJobs(int size)
    {
        var relaxed = new bool[index.Count];
        var count = 0;
        foreach (var j in Shuffled(problem.Jobs.Count))
        {
            foreach (var f in index.OfJob(j))
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
