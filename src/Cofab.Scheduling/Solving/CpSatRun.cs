using System.Globalization;
using Cofab.Scheduling.Model;
using Google.OrTools.Sat;

namespace Cofab.Scheduling.Solving;

/// <summary>One CP-SAT solve of a built model: parameters, cancellation, and a callback per improving solution.</summary>
internal static class CpSatRun
{
    public sealed record Outcome(CpSolverStatus Status, Schedule? Best, double Objective, double Bound);

    /// <summary>Extra CP-SAT parameters for experiments (e.g. "log_search_progress:true"), from COFAB_CPSAT_PARAMS.</summary>
    private static readonly string ExtraParameters = Environment.GetEnvironmentVariable("COFAB_CPSAT_PARAMS") ?? "";

    /// <summary>
    /// CP-SAT's generic interleaved workers (feasibility pump, RINS/RENS, constraint-graph and random-constraint LNS,
    /// violation local search) left out, so that on 2 workers the interleaved worker spends its time on the
    /// scheduling neighbourhoods (intervals, precedences, resource and time windows) and variable-graph LNS.
    /// </summary>
    public const string SchedulingFocus =
        "ignore_subsolvers:\"feasibility_pump\" ignore_subsolvers:\"rins/rens\" ignore_subsolvers:\"graph_cst_lns\" " +
        "ignore_subsolvers:\"graph_dec_lns\" ignore_subsolvers:\"rnd_cst_lns\" ignore_subsolvers:\"ls\"";

    public static Outcome Solve(CpSatModel model, TimeSpan limit, int workers, int seed, CancellationToken ct, Action<Schedule, double, double>? onSolution = null, string parameters = "") =>
        Solve(model.Model, model.Extract, limit, workers, seed, ct, onSolution, parameters);

    public static Outcome Solve(
        CpModel model,
        Func<Func<IntVar, long>, Func<ILiteral, bool>, Schedule> extract,
        TimeSpan limit,
        int workers,
        int seed,
        CancellationToken ct,
        Action<Schedule, double, double>? onSolution = null,
        string parameters = "")
    {
        using var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{Math.Max(0.01, limit.TotalSeconds):0.###} num_workers:{Math.Max(1, workers)} random_seed:{seed} {parameters} {ExtraParameters}"),
        };
        var recorder = new Recorder(extract, onSolution);
        using var registration = ct.Register(solver.StopSearch);
        var status = ct.IsCancellationRequested ? CpSolverStatus.Unknown : solver.Solve(model, recorder);
        var hasSolution = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var best = hasSolution ? extract(solver.Value, solver.BooleanValue) : recorder.Best;
        var bound = hasSolution || status == CpSolverStatus.Unknown ? solver.BestObjectiveBound : double.NaN;
        return new Outcome(status, best, hasSolution ? solver.ObjectiveValue : double.NaN, bound);
    }

    private sealed class Recorder(Func<Func<IntVar, long>, Func<ILiteral, bool>, Schedule> extract, Action<Schedule, double, double>? onSolution) : CpSolverSolutionCallback
    {
        public Schedule? Best { get; private set; }

        public override void OnSolutionCallback()
        {
            Best = extract(Value, BooleanValue);
            onSolution?.Invoke(Best, ObjectiveValue(), BestObjectiveBound());
        }
    }
}
