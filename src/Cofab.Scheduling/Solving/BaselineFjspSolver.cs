using System.Diagnostics;
using Cofab.Scheduling.Model;
using Google.OrTools.Sat;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// The textbook CP-SAT flexible job shop model (as in OR-Tools' flexible_job_shop_sat example), for comparison only:
/// a master interval with variable duration per operation, one optional interval per alternative tied to it, exactly
/// one alternative, precedence inside jobs, no-overlap per machine, makespan as the max of job ends. No hint, no LNS,
/// no calendars or transport (the benchmark sets have none).
/// </summary>
public static class BaselineFjspSolver
{
    public static ScheduleResult Solve(SchedulingProblem problem, TimeSpan timeLimit, int workers, int seed, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var model = new CpModel();
        var horizon = problem.Jobs.SelectMany(j => j.Operations).Sum(o => o.Alternatives.Max(a => a.Occupancy));
        var starts = new List<IntVar[]>();
        var choices = new List<List<(int Machine, long Duration, BoolVar Presence)>[]>();
        var intervalsPerMachine = problem.Machines.Select(_ => new List<IntervalVar>()).ToArray();
        var jobEnds = new List<LinearExpr>();
        foreach (var job in problem.Jobs)
        {
            var jobStarts = new IntVar[job.Operations.Count];
            var jobEndsOfOps = new IntVar[job.Operations.Count];
            var jobChoices = new List<(int, long, BoolVar)>[job.Operations.Count];
            for (var o = 0; o < job.Operations.Count; o++)
            {
                var op = job.Operations[o];
                var start = model.NewIntVar(0, horizon, "start");
                var duration = model.NewIntVar(op.Alternatives.Min(a => a.Occupancy), op.Alternatives.Max(a => a.Occupancy), "duration");
                var end = model.NewIntVar(0, horizon, "end");
                model.NewIntervalVar(start, duration, end, "interval");
                jobChoices[o] = [];
                foreach (var alt in op.Alternatives)
                {
                    var presence = model.NewBoolVar("presence");
                    var altStart = model.NewIntVar(0, horizon, "alt_start");
                    var altEnd = model.NewIntVar(0, horizon, "alt_end");
                    var interval = model.NewOptionalIntervalVar(altStart, alt.Occupancy, altEnd, presence, "alt_interval");
                    model.Add(start == altStart).OnlyEnforceIf(presence);
                    model.Add(duration == alt.Occupancy).OnlyEnforceIf(presence);
                    model.Add(end == altEnd).OnlyEnforceIf(presence);
                    intervalsPerMachine[alt.Machine].Add(interval);
                    jobChoices[o].Add((alt.Machine, alt.Occupancy, presence));
                }

                model.Add(LinearExpr.Sum(jobChoices[o].Select(c => c.Item3)) == 1);
                jobStarts[o] = start;
                jobEndsOfOps[o] = end;
            }

            for (var o = 0; o < job.Operations.Count; o++)
            {
                foreach (var p in job.Operations[o].Predecessors)
                {
                    model.Add(jobStarts[o] >= jobEndsOfOps[p]);
                }
            }

            jobEnds.AddRange(jobEndsOfOps);
            starts.Add(jobStarts);
            choices.Add(jobChoices);
        }

        foreach (var intervals in intervalsPerMachine.Where(i => i.Count > 1))
        {
            model.AddNoOverlap(intervals);
        }

        var makespan = model.NewIntVar(0, horizon, "makespan");
        model.AddMaxEquality(makespan, jobEnds);
        model.Minimize(makespan);

        using var solver = new CpSolver
        {
            StringParameters = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{timeLimit.TotalSeconds:0.###} num_workers:{workers} random_seed:{seed}"),
        };
        var recorder = new TimeToBest(clock);
        using var registration = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(model, recorder);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new ScheduleResult(status == CpSolverStatus.Infeasible ? SolveStatus.Infeasible : SolveStatus.Unknown, null) { Elapsed = clock.Elapsed };
        }

        var result = problem.Jobs.Select((job, j) => job.Operations.Select((_, o) =>
        {
            var chosen = choices[j][o].First(c => solver.BooleanValue(c.Presence));
            var s = solver.Value(starts[j][o]);
            return new Assignment(j, o, chosen.Machine, s, s + chosen.Duration);
        }).ToArray()).ToArray();
        var schedule = new Schedule(result);
        return new ScheduleResult(status == CpSolverStatus.Optimal ? SolveStatus.Optimal : SolveStatus.Feasible, schedule)
        {
            Objective = schedule.Makespan,
            LowerBound = (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6),
            TermValues = [schedule.Makespan],
            TimeToBest = recorder.Last,
            Elapsed = clock.Elapsed,
        };
    }

    private sealed class TimeToBest(Stopwatch clock) : CpSolverSolutionCallback
    {
        public TimeSpan Last { get; private set; }

        public override void OnSolutionCallback() => Last = clock.Elapsed;
    }
}
