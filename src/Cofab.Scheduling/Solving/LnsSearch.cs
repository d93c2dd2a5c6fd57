using Cofab.Scheduling.Model;
using Google.OrTools.Sat;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// Large-neighbourhood search: free a neighbourhood of operations (any machine, any time), keep the machine and the
/// machine order of all others (they may still shift in time), and let CP-SAT re-optimise with the incumbent as hint.
/// The neighbourhood grows when CP-SAT closes it within its short time limit and shrinks when it does not.
/// </summary>
internal sealed class LnsSearch(SchedulingProblem problem, OperationIndex index, SolverOptions options, SchedulingEngine engine, CancellationToken ct)
{
    public void Run(TimeSpan until)
    {
        if (index.Count > options.FullModelOperationLimit)
        {
            RunLocal(until);
            return;
        }

        var random = new Random(options.Seed);
        var neighbourhoods = new Neighbourhoods(problem, index, random);
        var n = index.Count;
        var large = n > options.FullModelOperationLimit;
        double size = Math.Min(n, Math.Max(8, large ? 400 : n / 4));
        var stepLimit = options.LnsStepLimit ?? TimeSpan.FromSeconds(large ? 5 : Math.Clamp(n / 150.0, 0.5, 3));
        var makespanOnly = problem.Objective.IsPureMakespan;
        for (var iteration = 0; !engine.Done() && engine.Elapsed < until; iteration++)
        {
            var incumbent = engine.Best!;
            var kind = iteration % Neighbourhoods.Kinds;
            var relaxed = neighbourhoods.Choose(kind, incumbent, (int)size);
            var freedom = Freedom(relaxed, incumbent, large);
            var caps = new Dictionary<ObjectiveKind, long>();
            if (makespanOnly)
            {
                caps[ObjectiveKind.Makespan] = engine.BestValue;
            }

            var scope = new ModelScope
            {
                Horizon = engine.Horizon(),
                Freedom = freedom,
                Incumbent = incumbent,
                TermCaps = caps,
                TieBreakOnCompletionTimes = makespanOnly && options.LnsTieBreak,
            };
            var model = new CpSatModel(problem, index, scope);
            var limit = Min(stepLimit, until - engine.Elapsed);
            if (limit <= TimeSpan.Zero)
            {
                break;
            }

            var outcome = CpSatRun.Solve(model, limit, options.LnsWorkers ?? options.Workers, options.Seed + iteration, ct);
            if (outcome.Best is not null)
            {
                engine.Offer(outcome.Best, $"lns {Neighbourhoods.Name(kind)} {(int)size}");
            }

            if (Trace)
            {
                Console.Error.WriteLine($"lns it={iteration} kind={Neighbourhoods.Name(kind)} size={(int)size} status={outcome.Status} obj={outcome.Objective} best={engine.BestValue} t={engine.Elapsed.TotalSeconds:0.00}");
            }

            // Closed quickly: room for a bigger neighbourhood. Timed out: make it easier.
            size = outcome.Status == CpSolverStatus.Optimal ? Math.Min(n, size * 1.15) : Math.Max(4, size * 0.9);
        }
    }

    /// <summary>
    /// LNS for problems too large for one model: sub-models hold only the free operations, near their current times,
    /// with everything else fixed exactly (see <see cref="LocalSubModel"/>).
    /// </summary>
    private void RunLocal(TimeSpan until)
    {
        var random = new Random(options.Seed);
        var neighbourhoods = new LargeNeighbourhoods(problem, index, random);
        var reach = 10 * (long)Math.Ceiling(problem.Jobs.SelectMany(j => j.Operations).Average(o => o.Alternatives.Average(a => a.Occupancy)));
        double size = 200;
        var stepLimit = options.LnsStepLimit ?? TimeSpan.FromSeconds(1);
        for (var iteration = 0; !engine.Done() && engine.Elapsed < until; iteration++)
        {
            var incumbent = engine.Best!;
            var byMachine = problem.Machines.Select(_ => new List<Assignment>()).ToArray();
            foreach (var a in incumbent.All)
            {
                byMachine[a.Machine].Add(a);
            }

            var kind = iteration % LargeNeighbourhoods.Kinds;
            var relaxed = neighbourhoods.Choose(kind, incumbent, byMachine, (int)size);
            var model = new LocalSubModel(problem, index, incumbent, relaxed, reach, byMachine);
            var limit = Min(stepLimit, until - engine.Elapsed);
            if (model.IsEmpty || limit <= TimeSpan.Zero)
            {
                continue;
            }

            var outcome = CpSatRun.Solve(model.Model, model.Extract, limit, options.LnsWorkers ?? options.Workers, options.Seed + iteration, ct);
            if (outcome.Best is not null)
            {
                engine.Offer(outcome.Best, $"lns {LargeNeighbourhoods.Name(kind)} {(int)size}");
            }

            if (Trace)
            {
                Console.Error.WriteLine($"lns-local it={iteration} kind={LargeNeighbourhoods.Name(kind)} size={(int)size} status={outcome.Status} best={engine.BestValue} t={engine.Elapsed.TotalSeconds:0.00}");
            }

            size = outcome.Status == CpSolverStatus.Optimal ? Math.Min(1200, size * 1.1) : Math.Max(20, size * 0.9);
        }
    }

    /// <summary>
    /// On very large problems the operations that end before the neighbourhood starts keep their exact time as well,
    /// so CP-SAT presolve removes them and the sub-model stays small.
    /// </summary>
    private OperationFreedom[] Freedom(bool[] relaxed, Schedule incumbent, bool large)
    {
        var freedom = new OperationFreedom[index.Count];
        var earliest = long.MaxValue;
        for (var f = 0; f < index.Count; f++)
        {
            if (relaxed[f])
            {
                earliest = Math.Min(earliest, incumbent[index.Job[f], index.Op[f]].Start);
            }
        }

        for (var f = 0; f < index.Count; f++)
        {
            freedom[f] = relaxed[f] ? OperationFreedom.Free
                : large && incumbent[index.Job[f], index.Op[f]].End <= earliest ? OperationFreedom.KeepTime
                : OperationFreedom.KeepMachineAndOrder;
        }

        return freedom;
    }

    private static readonly bool Trace = Environment.GetEnvironmentVariable("COFAB_LNS_TRACE") == "1";

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
