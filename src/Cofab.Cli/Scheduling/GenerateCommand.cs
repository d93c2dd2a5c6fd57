using System.CommandLine;
using Cofab.Scheduling.Generation;
using Cofab.Scheduling.Parsing;

namespace Cofab.Cli.Scheduling;

/// <summary><c>cofab bench generate</c>: writes a deterministic multi-factory instance in the JSON problem format.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var factories = new Option<int>("--factories") { Description = "Number of factories", DefaultValueFactory = _ => 50 };
        var machines = new Option<int>("--machines") { Description = "Number of machines", DefaultValueFactory = _ => 500 };
        var jobs = new Option<int>("--jobs") { Description = "Number of jobs", DefaultValueFactory = _ => 2000 };
        var ops = new Option<int>("--ops") { Description = "Operations per job", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same file)", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo?>("--out") { Description = "Output file (default: gen-F…-M…-J…-K…-s….json in the current folder)" };
        var command = new Command("generate", "Generate a multi-factory scheduling instance (JSON)") { factories, machines, jobs, ops, seed, output };
        command.SetAction(parse =>
        {
            var settings = new GeneratorSettings(parse.GetValue(factories), parse.GetValue(machines), parse.GetValue(jobs), parse.GetValue(ops), parse.GetValue(seed));
            if (settings.Factories < 1 || settings.Machines < settings.Factories || settings.Jobs < 1 || settings.OperationsPerJob < 1)
            {
                Console.Error.WriteLine("need factories ≥ 1, machines ≥ factories, jobs ≥ 1, ops ≥ 1");
                return 2;
            }

            var problem = InstanceGenerator.Generate(settings);
            var path = parse.GetValue(output)?.FullName ?? Path.Combine(Environment.CurrentDirectory, problem.Name + ".json");
            File.WriteAllText(path, JsonProblemFormat.Write(problem));
            Console.WriteLine($"{path}: {problem.Jobs.Count} jobs, {problem.OperationCount} operations, {problem.Machines.Count} machines, {problem.Factories.Count} factories");
            return 0;
        });
        return command;
    }
}
