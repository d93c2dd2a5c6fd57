using System.CommandLine;
using System.Globalization;
using Cofab.Scheduling.Benchmarks;
using Cofab.Scheduling.Model;
using Cofab.Scheduling.Parsing;
using Cofab.Scheduling.Solving;
using Cofab.Scheduling.Validation;

namespace Cofab.Cli.Scheduling;

/// <summary>
/// <c>cofab bench scheduling --set DIR</c>: solves every .fjs/.jss file of a folder, validates every schedule, compares
/// with the best-known bounds of the nearest bks.csv and, with --baseline, with the textbook CP-SAT model given the same
/// time and workers. Prints a Markdown table and writes it as .md and .csv.
/// </summary>
internal static class BenchSchedulingCommand
{
    public static Command Create()
    {
        var set = new Option<DirectoryInfo>("--set") { Description = "Folder with .fjs/.jss instances", Required = true };
        var timeLimit = new Option<double>("--time-limit") { Description = "Seconds per instance", DefaultValueFactory = _ => 60 };
        var workers = new Option<int>("--workers") { Description = "CP-SAT worker threads", DefaultValueFactory = _ => 2 };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 1 };
        var baseline = new Option<bool>("--baseline") { Description = "Also run the textbook CP-SAT model with the same time and workers" };
        var only = new Option<string?>("--only") { Description = "Comma-separated instance names to run (default: all)" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Folder for the .md and .csv tables (default: current folder)" };
        var tune = new Option<string?>("--tune") { Description = "Strategy knobs for experiments (see cofab schedule --help)" };
        var command = new Command("scheduling", "Run a benchmark set and print a results table") { set, timeLimit, workers, seed, baseline, only, output, tune };
        command.SetAction((parse, ct) => Task.FromResult(Run(
            parse.GetRequiredValue(set), parse.GetValue(timeLimit), parse.GetValue(workers), parse.GetValue(seed), parse.GetValue(baseline),
            parse.GetValue(only), parse.GetValue(output), parse.GetValue(tune), ct)));
        return command;
    }

    private static int Run(DirectoryInfo set, double seconds, int workers, int seed, bool baseline, string? only, DirectoryInfo? output, string? tune, CancellationToken ct)
    {
        if (!set.Exists)
        {
            Console.Error.WriteLine($"no such folder: {set.FullName}");
            return 2;
        }

        var names = only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = set.EnumerateFiles("*.*", SearchOption.AllDirectories)
            .Where(f => f.Extension is ".fjs" or ".jss")
            .Where(f => names is null || names.Contains(Path.GetFileNameWithoutExtension(f.Name)))
            .OrderBy(f => f.FullName, StringComparer.Ordinal)
            .ToList();
        var bks = BestKnownTable.FindFor(set.FullName);
        var options = TuningOptions.Apply(new SolverOptions { TimeLimit = TimeSpan.FromSeconds(seconds), Workers = workers, Seed = seed }, tune, out var tuneError);
        if (tuneError is not null)
        {
            Console.Error.WriteLine(tuneError);
            return 2;
        }

        var rows = new List<BenchRow>();
        foreach (var file in files)
        {
            if (ct.IsCancellationRequested)
            {
                break;
            }

            var row = RunOne(file, bks, options, baseline, ct);
            rows.Add(row);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{row.Instance,-10} ours {BenchRow.L(row.Ours),6} (bks {BenchRow.L(row.BestUpper)}, gap {BenchRow.F(row.GapPercent)} %, lb {row.OurLowerBound}, {row.Status}, best at {row.TimeToBest:0.0}s, valid {row.Valid})");
            Console.WriteLine(baseline ? $"{line}  baseline {BenchRow.L(row.Baseline)}" : line);
        }

        var header = string.Create(CultureInfo.InvariantCulture,
            $"### {set.Name}: {seconds:0.#} s per instance, {workers} workers, seed {seed}{(baseline ? ", baseline = textbook CP-SAT model, same time and workers" : "")}");
        var markdown = BenchTables.Markdown(rows, baseline, header);
        Console.WriteLine();
        Console.WriteLine(markdown);
        var folder = output?.FullName ?? Environment.CurrentDirectory;
        Directory.CreateDirectory(folder);
        var stem = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{set.Name}-{seconds:0.#}s"));
        File.WriteAllText(stem + ".md", markdown);
        File.WriteAllText(stem + ".csv", BenchTables.Csv(rows));
        Console.WriteLine($"written {stem}.md and {stem}.csv");
        return rows.All(r => r.Valid && (!baseline || r.Baseline is null || r.BaselineValid)) ? 0 : 1;
    }

    private static BenchRow RunOne(FileInfo file, BestKnownTable? bks, SolverOptions options, bool baseline, CancellationToken ct)
    {
        var name = Path.GetFileNameWithoutExtension(file.Name);
        var parsed = ProblemLoader.Load(file.FullName);
        if (!parsed.Success)
        {
            return new BenchRow(name, 0, 0, 0) { Error = parsed.Error, Status = "parse error" };
        }

        var problem = parsed.Value!;
        var known = bks?.For(file.FullName);
        var result = Scheduler.Solve(problem, options, ct);
        var valid = result.Schedule is not null && ScheduleValidator.Validate(problem, result.Schedule).IsValid;
        var row = new BenchRow(name, problem.Jobs.Count, problem.Machines.Count, problem.OperationCount)
        {
            BestUpper = known?.UpperBound,
            BestLower = known?.LowerBound,
            // An invalid schedule does not count: it is reported, not scored.
            Ours = valid ? result.Makespan : null,
            OurLowerBound = result.LowerBound,
            Status = result.Status.ToString().ToLowerInvariant(),
            TimeToBest = result.TimeToBest.TotalSeconds,
            Valid = valid,
        };
        if (baseline && !ct.IsCancellationRequested)
        {
            var b = BaselineFjspSolver.Solve(problem, options.TimeLimit, options.Workers, options.Seed, ct);
            var baselineValid = b.Schedule is not null && ScheduleValidator.Validate(problem, b.Schedule).IsValid;
            row = row with { Baseline = baselineValid ? b.Makespan : null, BaselineValid = baselineValid };
        }

        if (known is not null && row.Ours is { } ours && ours < known.LowerBound)
        {
            Console.Error.WriteLine($"{name}: makespan {ours} is below the best-known lower bound {known.LowerBound}: a bug somewhere");
        }

        return row;
    }
}
