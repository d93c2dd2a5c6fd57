using Cofab.Scheduling.Model;
using Cofab.Scheduling.Parsing;
using Xunit;

namespace Cofab.Tests.Scheduling;

public class ParserTests
{
    [Fact]
    public void Fjs_reads_one_based_machines_and_ignores_the_third_header_token()
    {
        var result = BenchmarkFileParser.ParseFjs("2 3 1.50\n2 2 1 5 3 4 1 2 7\n1 1 3 9\n", "tiny");
        Assert.True(result.Success, result.Error);
        var p = result.Value!;
        Assert.Equal(3, p.Machines.Count);
        Assert.Equal([1, 2, 3], p.Machines.Select(m => m.Number));
        var first = p.Jobs[0].Operations[0].Alternatives;
        Assert.Equal([(0, 5L), (2, 4L)], first.Select(a => (a.Machine, a.Duration)));
        Assert.Equal([0], p.Jobs[0].Operations[1].Predecessors);
        Assert.Equal(2, p.Jobs[1].Operations[0].Alternatives[0].Machine);
    }

    [Fact]
    public void Jss_reads_zero_based_machines_in_processing_order()
    {
        var result = BenchmarkFileParser.ParseJss("2 2\n1 3 0 4\n0 2 1 5\n", "tiny");
        Assert.True(result.Success, result.Error);
        var p = result.Value!;
        Assert.Equal([0, 1], p.Machines.Select(m => m.Number));
        Assert.Equal(1, p.Jobs[0].Operations[0].Alternatives.Single().Machine);
        Assert.Equal(3, p.Jobs[0].Operations[0].Alternatives.Single().Duration);
    }

    [Fact]
    public void Shared_ft06_and_kacem1_parse_with_their_published_sizes()
    {
        var ft06 = ProblemLoader.Load(SharedBenchmarks.File("jssp/ft06.jss"));
        Assert.True(ft06.Success, ft06.Error);
        Assert.Equal((6, 6, 36), (ft06.Value!.Jobs.Count, ft06.Value.Machines.Count, ft06.Value.OperationCount));
        var kacem = ProblemLoader.Load(SharedBenchmarks.File("fjsp/kacem/kacem1.fjs"));
        Assert.True(kacem.Success, kacem.Error);
        Assert.Equal((4, 5, 12), (kacem.Value!.Jobs.Count, kacem.Value.Machines.Count, kacem.Value.OperationCount));
    }

    [Theory]
    [InlineData("2 3\n1 1 1 5\n1 1 x 4\n", 3, "'x'")]
    [InlineData("2 3\n1 1 4 5\n1 1 1 4\n", 2, "machine 4")]
    [InlineData("two 3\n1 1 1 5\n", 1, "number of jobs")]
    [InlineData("2 3\n1 1 1 5\n", 3, "announces 2 jobs")]
    [InlineData("1 3\n1 2 1 5 2\n", 2, "line ended")]
    [InlineData("1 3\n1 1 1 5 9\n", 2, "unexpected tokens")]
    public void Malformed_fjs_gives_an_error_naming_the_line(string text, int line, string hint)
    {
        var result = BenchmarkFileParser.ParseFjs(text, "bad");
        Assert.False(result.Success);
        Assert.Equal(line, result.Line);
        Assert.Contains($"line {line}", result.Error, StringComparison.Ordinal);
        Assert.Contains(hint, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_jss_gives_an_error_naming_the_line()
    {
        var result = BenchmarkFileParser.ParseJss("2 2\n0 3 1 4\n0 3 1\n", "bad");
        Assert.False(result.Success);
        Assert.Equal(3, result.Line);
    }

    [Fact]
    public void Json_reads_factories_transport_calendars_dags_and_frozen_operations()
    {
        const string json = """
            {
              "name": "demo",
              "factories": [{"id": "NB", "name": "Ningbo"}, {"id": "HZ", "name": "Hangzhou"}],
              "transport": {"time": [[0, 90], [90, 0]], "cost": [[0, 40], [40, 0]]},
              "machines": [
                {"id": 7, "factory": "NB", "costPerTimeUnit": 2, "unavailable": [{"start": 100, "end": 200}]},
                {"id": 9, "factory": "HZ"}
              ],
              "jobs": [{
                "name": "housing", "release": 5, "due": 500, "weight": 3,
                "operations": [
                  {"alternatives": [{"machine": 7, "duration": 30, "setup": 5}], "frozen": {"machine": 7, "start": 5}},
                  {"alternatives": [{"machine": 9, "duration": 20}], "predecessors": []},
                  {"alternatives": [{"machine": 7, "duration": 10}, {"machine": 9, "duration": 12}], "predecessors": [1, 2]}
                ]
              }],
              "objective": {"terms": [{"kind": "weightedTardiness", "weight": 10}, {"kind": "cost"}]}
            }
            """;
        var result = JsonProblemFormat.Parse(json, "fallback");
        Assert.True(result.Success, result.Error);
        var p = result.Value!;
        Assert.Equal("demo", p.Name);
        Assert.Equal(90, p.TransportTime(0, 1));
        Assert.Equal(40, p.TransportCost(1, 0));
        Assert.Equal(new TimeWindow(100, 200), p.Machines[0].Unavailable.Single());
        var ops = p.Jobs[0].Operations;
        Assert.Equal(new FrozenPlacement(0, 5), ops[0].Frozen);
        Assert.Empty(ops[1].Predecessors);
        Assert.Equal([0, 1], ops[2].Predecessors);
        Assert.Equal(35, ops[0].Alternatives[0].Occupancy);
        Assert.Equal([ObjectiveKind.WeightedTardiness, ObjectiveKind.Cost], p.Objective.Terms.Select(t => t.Kind));
    }

    [Fact]
    public void Json_syntax_error_names_the_line()
    {
        var result = JsonProblemFormat.Parse("{\n  \"machines\": [\n    {\"id\": 1},\n    {\"id\": }\n  ]\n}", "bad");
        Assert.False(result.Success);
        Assert.Equal(4, result.Line);
        Assert.StartsWith("line 4", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_unknown_machine_is_reported_with_its_path()
    {
        var result = JsonProblemFormat.Parse("""{"machines": [{"id": 1}], "jobs": [{"operations": [{"alternatives": [{"machine": 2, "duration": 3}]}]}]}""", "bad");
        Assert.False(result.Success);
        Assert.Contains("jobs[0].operations[0]: unknown machine 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_rejects_cyclic_predecessors()
    {
        var result = JsonProblemFormat.Parse("""{"machines": [{"id": 1}], "jobs": [{"operations": [{"alternatives": [{"machine": 1, "duration": 3}], "predecessors": [2]}, {"alternatives": [{"machine": 1, "duration": 3}]}]}]}""", "bad");
        Assert.False(result.Success);
        Assert.Contains("cycle", result.Error, StringComparison.Ordinal);
    }
}
