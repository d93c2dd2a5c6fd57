using Cofab.Scheduling.Heuristics;
using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>Cheap bounds computed from the data alone, used before (or without) any CP-SAT bound.</summary>
internal static class Bounds
{
    /// <summary>Makespan lower bound: the longest job path with the shortest alternatives, and the load of single-machine operations.</summary>
    public static long MakespanLowerBound(SchedulingProblem problem)
    {
        long bound = 0;
        foreach (var job in problem.Jobs)
        {
            if (job.Operations.Count > 0)
            {
                bound = Math.Max(bound, job.Release + ConstructiveScheduler.Tails(job).Max());
            }
        }

        var load = new long[problem.Machines.Count];
        foreach (var op in problem.Jobs.SelectMany(j => j.Operations).Where(o => o.Alternatives.Count == 1))
        {
            load[op.Alternatives[0].Machine] += op.Alternatives[0].Occupancy;
        }

        return Math.Max(bound, load.DefaultIfEmpty(0).Max());
    }

    /// <summary>
    /// A time by which any sensible schedule ends: everything one after another after the last release, calendar block
    /// and frozen start, plus the largest transport for every precedence arc.
    /// </summary>
    public static long GenerousHorizon(SchedulingProblem problem)
    {
        long maxTransport = 0;
        for (var a = 0; a < problem.Factories.Count; a++)
        {
            for (var b = 0; b < problem.Factories.Count; b++)
            {
                maxTransport = Math.Max(maxTransport, problem.FactoryTransportTime(a, b));
            }
        }

        var ops = problem.Jobs.SelectMany(j => j.Operations).ToList();
        var work = ops.Sum(o => o.Alternatives.Max(a => a.Occupancy) + maxTransport);
        var lastFixed = problem.Jobs.Select(j => j.Release)
            .Concat(problem.Machines.SelectMany(m => m.Unavailable).Select(w => w.End))
            .Concat(ops.Where(o => o.Frozen is not null).Select(o => o.Frozen!.Start))
            .DefaultIfEmpty(0).Max();
        // After lastFixed no calendar block, release or frozen start remains, so a serial schedule fits in `work`.
        return lastFixed + work + 1;
    }
}
