using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Solving;

/// <summary>The entry point: solve a problem within a time limit. Never throws for infeasible or unsolved problems.</summary>
public static class Scheduler
{
    public static ScheduleResult Solve(SchedulingProblem problem, SolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (problem.Jobs.SelectMany(j => j.Operations).FirstOrDefault(o => o.Alternatives.Count == 0) is { } orphan)
        {
            return new ScheduleResult(SolveStatus.Infeasible, null) { Message = $"{orphan.Name} has no machine that can run it" };
        }

        return new SchedulingEngine(problem, options ?? new SolverOptions(), cancellationToken).Run();
    }
}
