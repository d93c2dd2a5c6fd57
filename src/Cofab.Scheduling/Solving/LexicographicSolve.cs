using System.Diagnostics;
using Cofab.Scheduling.Model;
using Google.OrTools.Sat;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// Lexicographic objectives: one full-model phase per term in priority order, each capped so that earlier terms keep
/// the best value found for them, and warm-started with the best schedule so far. The time is split evenly.
/// </summary>
internal sealed class LexicographicSolve(SchedulingProblem problem, SolverOptions options, OperationIndex index, Stopwatch clock, CancellationToken ct)
{
    public ScheduleResult Run(Schedule? start)
    {
        var best = start;
        var caps = new Dictionary<ObjectiveKind, long>();
        var terms = problem.Objective.Terms;
        var allOptimal = true;
        long firstBound = 0;
        for (var k = 0; k < terms.Count; k++)
        {
            var limit = (options.TimeLimit - clock.Elapsed) / (terms.Count - k);
            var scope = new ModelScope { Horizon = Bounds.GenerousHorizon(problem), Incumbent = best, SingleTerm = terms[k].Kind, TermCaps = new Dictionary<ObjectiveKind, long>(caps) };
            var outcome = CpSatRun.Solve(new CpSatModel(problem, index, scope), limit, options.Workers, options.Seed, ct);
            if (outcome.Status == CpSolverStatus.Infeasible && best is null)
            {
                return new ScheduleResult(SolveStatus.Infeasible, null) { Elapsed = clock.Elapsed, Message = "CP-SAT proved that no schedule satisfies the constraints" };
            }

            if (outcome.Best is not null && (best is null || ObjectiveEvaluator.Compare(problem, outcome.Best, best) <= 0))
            {
                best = outcome.Best;
            }

            allOptimal &= outcome.Status == CpSolverStatus.Optimal;
            if (k == 0 && !double.IsNaN(outcome.Bound))
            {
                firstBound = (long)Math.Ceiling(outcome.Bound - 1e-6);
            }

            if (best is null)
            {
                break;
            }

            caps[terms[k].Kind] = ObjectiveEvaluator.TermValue(problem, best, terms[k].Kind);
            options.OnProgress?.Invoke(new SolverProgress(clock.Elapsed, caps[terms[0].Kind], firstBound, $"lexicographic term {k + 1}"));
        }

        if (best is null)
        {
            return new ScheduleResult(SolveStatus.Unknown, null) { Elapsed = clock.Elapsed, Message = "no schedule found within the time limit" };
        }

        var objective = ObjectiveEvaluator.Value(problem, best);
        return new ScheduleResult(allOptimal ? SolveStatus.Optimal : SolveStatus.Feasible, best)
        {
            Objective = objective,
            LowerBound = allOptimal ? objective : Math.Min(firstBound, objective),
            TermValues = ObjectiveEvaluator.TermValues(problem, best),
            Penalties = ObjectiveEvaluator.Penalties(problem, best),
            Elapsed = clock.Elapsed,
        };
    }
}
