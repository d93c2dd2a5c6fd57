using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// Neighbourhoods for problems too large for one model, all local in time so that the sub-model stays small:
/// whole late jobs (or random jobs when tardiness is not in the objective), the operations nearest in time on the
/// machines of one factory, and the operations nearest in time on the machines that can run one given operation.
/// </summary>
internal sealed class LargeNeighbourhoods(SchedulingProblem problem, OperationIndex index, Random random)
{
    public const int Kinds = 3;

    public static string Name(int kind) => kind switch { 0 => "late jobs", 1 => "factory window", _ => "machine group window" };

    public bool[] Choose(int kind, Schedule incumbent, List<Assignment>[] byMachine, int size) => kind switch
    {
        0 => Jobs(incumbent, size),
        1 => Nearest(incumbent, byMachine, size, f => problem.Machines.Select((m, i) => (m, i)).Where(x => x.m.Factory == problem.Machines[incumbent[index.Job[f], index.Op[f]].Machine].Factory).Select(x => x.i)),
        _ => Nearest(incumbent, byMachine, size, f => problem.Jobs[index.Job[f]].Operations[index.Op[f]].Alternatives.Select(a => a.Machine)),
    };

    private bool[] Jobs(Schedule incumbent, int size)
    {
        var late = Enumerable.Range(0, problem.Jobs.Count)
            .Where(j => problem.Jobs[j].Due is { } due && incumbent.CompletionOf(j) > due)
            .ToArray();
        var pool = late.Length > 0 && problem.Objective.Terms.Any(t => t.Kind == ObjectiveKind.WeightedTardiness)
            ? late
            : Enumerable.Range(0, problem.Jobs.Count).ToArray();
        random.Shuffle(pool);
        return index.RelaxWholeJobs(pool, size);
    }

    private bool[] Nearest(Schedule incumbent, List<Assignment>[] byMachine, int size, Func<int, IEnumerable<int>> machinesAround)
    {
        var centre = random.Next(index.Count);
        var at = incumbent[index.Job[centre], index.Op[centre]].Start;
        var relaxed = new bool[index.Count];
        foreach (var a in machinesAround(centre).Distinct().SelectMany(m => byMachine[m]).OrderBy(a => Math.Abs(a.Start - at)).Take(size))
        {
            relaxed[index.Flat(a.Job, a.Operation)] = true;
        }

        relaxed[centre] = true;
        return relaxed;
    }
}
