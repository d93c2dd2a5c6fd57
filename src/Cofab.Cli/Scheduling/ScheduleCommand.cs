using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Cofab.Scheduling.Output;
using Cofab.Scheduling.Parsing;
using Cofab.Scheduling.Solving;
using Cofab.Scheduling.Validation;

namespace Cofab.Cli.Scheduling;

/// <summary><c>cofab schedule FILE</c>: solve one problem file (.fjs, .jss or .json) and report makespan, bound and gap.</summary>
internal static class ScheduleCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Problem file: .fjs, .jss or the JSON format of docs/scheduling.md" };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds to search", DefaultValueFactory = _ => 10 };
        var workers = new Option<int>("--workers") { Description = "CP-SAT worker threads", DefaultValueFactory = _ => 2 };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo?>("--out") { Description = "Write the schedule as JSON here" };
        var gantt = new Option<FileInfo?>("--gantt") { Description = "Write an SVG Gantt chart here" };
        var tune = new Option<string?>("--tune") { Description = "Strategy knobs for experiments, e.g. first=0.25,final=0.2,tiebreak=1,step=1.5,lns=1" };
        var command = new Command("schedule", "Solve a scheduling problem") { file, timeLimit, workers, seed, output, gantt, tune };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            parse.GetRequiredValue(file), parse.GetValue(timeLimit), parse.GetValue(workers), parse.GetValue(seed),
            parse.GetValue(output), parse.GetValue(gantt), parse.GetValue(tune), ct)));
        return command;
    }

    private static int Run(FileInfo file, double seconds, int workers, int seed, FileInfo? output, FileInfo? gantt, string? tune, CancellationToken ct)
    {
        var parsed = ProblemLoader.Load(file.FullName);
        if (!parsed.Success)
        {
            Console.Error.WriteLine($"{file.Name}: {parsed.Error}");
            return 2;
        }

        var problem = parsed.Value!;
        Console.WriteLine(Invariant($"{problem.Name}: {problem.Jobs.Count} jobs, {problem.OperationCount} operations, {problem.Machines.Count} machines in {problem.Factories.Count} factories"));
        var progress = new ProgressLine();
        var options = new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(seconds),
            Workers = workers,
            Seed = seed,
            OnProgress = progress.Report,
        };
        options = TuningOptions.Apply(options, tune, out var tuneError);
        if (tuneError is not null)
        {
            Console.Error.WriteLine(tuneError);
            return 2;
        }

        var result = Scheduler.Solve(problem, options, ct);
        progress.End();
        if (result.Schedule is null)
        {
            Console.WriteLine($"status {result.Status.ToString().ToLowerInvariant()}: {result.Message}");
            return result.Status == Cofab.Scheduling.Model.SolveStatus.Infeasible ? 3 : 4;
        }

        var report = ScheduleValidator.Validate(problem, result.Schedule);
        Console.WriteLine(Invariant($"status {result.Status.ToString().ToLowerInvariant()}  makespan {result.Makespan}  objective {result.Objective}  lower bound {result.LowerBound}  gap {100 * result.Gap:0.00}%  time to best {result.TimeToBest.TotalSeconds:0.0}s  total {result.Elapsed.TotalSeconds:0.0}s"));
        Console.WriteLine(Invariant($"validation: {report}  peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
        foreach (var penalty in result.Penalties.Where(p => p.Kind != Cofab.Scheduling.Model.ObjectiveKind.Makespan).Take(10))
        {
            Console.WriteLine(Invariant($"  {penalty.Name}: {penalty.Amount}"));
        }

        if (output is not null)
        {
            File.WriteAllText(output.FullName, ScheduleJsonWriter.Write(problem, result));
        }

        if (gantt is not null)
        {
            File.WriteAllText(gantt.FullName, GanttSvg.Render(problem, result.Schedule));
        }

        return report.IsValid ? 0 : 1;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
