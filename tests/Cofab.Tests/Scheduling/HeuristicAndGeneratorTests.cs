using Cofab.Scheduling.Generation;
using Cofab.Scheduling.Heuristics;
using Cofab.Scheduling.Model;
using Cofab.Scheduling.Output;
using Cofab.Scheduling.Parsing;
using Cofab.Scheduling.Validation;
using Xunit;

namespace Cofab.Tests.Scheduling;

public class HeuristicAndGeneratorTests
{
    [Theory]
    [InlineData("fjsp/kacem/kacem1.fjs")]
    [InlineData("fjsp/kacem/kacem4.fjs")]
    [InlineData("jssp/ft06.jss")]
    [InlineData("fjsp/brandimarte/Mk01.fjs")]
    public void Constructive_schedule_is_valid_on_benchmarks(string file)
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File(file)).Value!;
        var schedule = ConstructiveScheduler.Build(problem, runs: 3);
        Assert.NotNull(schedule);
        var report = ScheduleValidator.Validate(problem, schedule);
        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void Constructive_schedule_is_valid_with_transport_calendars_and_assemblies()
    {
        var problem = InstanceGenerator.Generate(new GeneratorSettings(5, 20, 60, 6, Seed: 3));
        Assert.True(problem.HasTransport);
        Assert.Contains(problem.Machines, m => m.Unavailable.Count > 1);
        Assert.Contains(problem.Jobs, j => j.Operations.Any(o => o.Predecessors.Count == 2));
        var schedule = ConstructiveScheduler.Build(problem)!;
        var report = ScheduleValidator.Validate(problem, schedule);
        Assert.True(report.IsValid, report.ToString());
    }

    [Fact]
    public void Generator_is_deterministic_for_a_seed_and_differs_across_seeds()
    {
        var a = JsonProblemFormat.Write(InstanceGenerator.Generate(new GeneratorSettings(4, 12, 30, 5, Seed: 11)));
        var b = JsonProblemFormat.Write(InstanceGenerator.Generate(new GeneratorSettings(4, 12, 30, 5, Seed: 11)));
        var c = JsonProblemFormat.Write(InstanceGenerator.Generate(new GeneratorSettings(4, 12, 30, 5, Seed: 12)));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Json_format_round_trips_a_generated_instance()
    {
        var original = InstanceGenerator.Generate(new GeneratorSettings(3, 9, 10, 4, Seed: 5));
        var text = JsonProblemFormat.Write(original);
        var parsed = JsonProblemFormat.Parse(text, "x");
        Assert.True(parsed.Success, parsed.Error);
        Assert.Equal(text, JsonProblemFormat.Write(parsed.Value!));
    }

    [Fact]
    public void Schedule_json_numbers_jobs_and_ops_from_one_and_machines_as_the_file_does()
    {
        // .jss machines are 0-based in the file: machine 0 must stay 0 in the output.
        var problem = BenchmarkFileParser.ParseJss("1 2\n1 3 0 4\n", "tiny").Value!;
        var schedule = new Schedule([[new Assignment(0, 0, 1, 0, 3), new Assignment(0, 1, 0, 3, 7)]]);
        var json = ScheduleJsonWriter.Write(problem, new ScheduleResult(SolveStatus.Optimal, schedule) { Objective = 7, LowerBound = 7 });
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(7, root.GetProperty("makespan").GetInt64());
        Assert.Equal(7, root.GetProperty("lowerBound").GetInt64());
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        var ops = root.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal((1, 1, 1, 0L, 3L), (ops[0].GetProperty("job").GetInt32(), ops[0].GetProperty("op").GetInt32(), ops[0].GetProperty("machine").GetInt32(), ops[0].GetProperty("start").GetInt64(), ops[0].GetProperty("end").GetInt64()));
        Assert.Equal((1, 2, 0), (ops[1].GetProperty("job").GetInt32(), ops[1].GetProperty("op").GetInt32(), ops[1].GetProperty("machine").GetInt32()));
    }

    [Fact]
    public void Gantt_draws_one_row_per_machine_under_its_factory()
    {
        var problem = InstanceGenerator.Generate(new GeneratorSettings(2, 4, 3, 2, Seed: 1));
        var schedule = ConstructiveScheduler.Build(problem)!;
        var svg = GanttSvg.Render(problem, schedule);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.All(problem.Machines, m => Assert.Contains($">{m.Name}</text>", svg, StringComparison.Ordinal));
        Assert.Contains(">Factory 1</text>", svg, StringComparison.Ordinal);
        Assert.Equal(problem.OperationCount, svg.Split("<title>J", StringSplitOptions.None).Length - 1);
    }
}
