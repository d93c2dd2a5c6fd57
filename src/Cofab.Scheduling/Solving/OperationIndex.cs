using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>Numbers all operations 0..n-1 in job order, so that models and neighbourhoods can use flat arrays.</summary>
internal sealed class OperationIndex
{
    private readonly int[] _offset;

    public OperationIndex(SchedulingProblem problem)
    {
        _offset = new int[problem.Jobs.Count + 1];
        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            _offset[j + 1] = _offset[j] + problem.Jobs[j].Operations.Count;
        }

        Job = new int[Count];
        Op = new int[Count];
        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            for (var o = 0; o < problem.Jobs[j].Operations.Count; o++)
            {
                Job[_offset[j] + o] = j;
                Op[_offset[j] + o] = o;
            }
        }
    }

    public int Count => _offset[^1];

    public int[] Job { get; }

    public int[] Op { get; }

    public int Flat(int job, int op) => _offset[job] + op;

    /// <summary>Orders operations on one machine as a schedule places them: by start, then end, then operation order.</summary>
    public Comparison<int> ByPlacement(Schedule schedule) => (x, y) =>
    {
        var ax = schedule[Job[x], Op[x]];
        var ay = schedule[Job[y], Op[y]];
        var c = ax.Start.CompareTo(ay.Start);
        c = c != 0 ? c : ax.End.CompareTo(ay.End);
        return c != 0 ? c : x.CompareTo(y);
    };

    public IEnumerable<int> OfJob(int job) => Enumerable.Range(_offset[job], _offset[job + 1] - _offset[job]);

    /// <summary>Relaxes whole jobs, in the order given, until at least <paramref name="size"/> operations are free.</summary>
    public bool[] RelaxWholeJobs(IEnumerable<int> jobs, int size)
    {
        var relaxed = new bool[Count];
        var count = 0;
        foreach (var job in jobs)
        {
            foreach (var f in OfJob(job))
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
}
