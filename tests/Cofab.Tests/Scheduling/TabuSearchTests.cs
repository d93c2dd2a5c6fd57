using Cofab.Scheduling.Generation;
using Cofab.Scheduling.Heuristics;
using Cofab.Scheduling.Model;
using Cofab.Scheduling.Parsing;
using Cofab.Scheduling.Solving;
using static Cofab.Tests.Scheduling.TestProblems;

namespace Cofab.Tests.Scheduling;

public class TabuSearchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Tabu search alone, from the constructive schedule: no CP-SAT before or after it, no LNS beside it.</summary>
    private static SolverOptions TabuOnly(int seconds) => Quick(seconds) with
    {
        TabuFirstPhaseShare = 0,
        TabuFinalPhaseShare = 0,
        TabuWithLns = false,
        TabuForJobShop = true,
    };

    [Fact]
    public void Graph_heads_include_transport_between_factories()
    {
        var problem = TwoFactories([Chain("J1", [On(0, 5)], [On(1, 5)])]);
        var graph = new DisjunctiveGraph(problem, new OperationIndex(problem));
        var schedule = new Schedule([[new Assignment(0, 0, 0, 0, 5), new Assignment(0, 1, 1, 40, 45)]]);

        Assert.True(graph.Load(schedule));

        Assert.Equal(15, graph.Head[1]);
        Assert.Equal(20, graph.Makespan);
        Assert.Equal(20, graph.Tail[0]);
    }

    [Fact]
    public void Graph_reports_a_cycle_between_job_order_and_machine_order()
    {
        // J1: a on M1 then b on M2; J2: c on M2 then d on M1. Putting d before a on M1 and b before c on M2 is a cycle.
        var problem = SingleFactory(
            [Chain("J1", [On(0, 3)], [On(1, 3)]), Chain("J2", [On(1, 3)], [On(0, 3)])],
            [new Machine(1, "M1", 0), new Machine(2, "M2", 0)]);
        var graph = new DisjunctiveGraph(problem, new OperationIndex(problem));
        Assert.True(graph.Load(ConstructiveScheduler.Build(problem)!));
        var a = 0;
        var b = 1;

        graph.Move(a, 0, graph.Sequences[0].Count - 1);
        graph.Move(b, 0, 0);

        Assert.False(graph.Evaluate(-1));
    }

    [Fact]
    public void Tabu_search_improves_on_the_constructive_schedule_of_a_brandimarte_instance()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("fjsp/brandimarte/Mk01.fjs")).Value!;
        var constructive = ConstructiveScheduler.Build(problem, 8, 1)!;

        var phases = new List<string>();

        var result = Scheduler.Solve(problem, TabuOnly(3) with { OnProgress = p => phases.Add(p.Phase) }, Ct);

        AssertValid(problem, result);
        Assert.Contains("tabu", phases);
        Assert.True(result.Makespan < constructive.Makespan, $"tabu {result.Makespan} vs constructive {constructive.Makespan}");
    }

    [Fact]
    public void Tabu_search_keeps_transport_times_and_assembly_joins_on_a_multi_factory_instance()
    {
        var generated = InstanceGenerator.Generate(new GeneratorSettings(Factories: 4, Machines: 16, Jobs: 12, OperationsPerJob: 5, Seed: 3));
        var problem = WithoutCalendars(generated);
        Assert.True(DisjunctiveGraph.Applies(problem));
        Assert.True(problem.HasTransport);
        Assert.Contains(problem.Jobs.SelectMany(j => j.Operations), o => o.Predecessors.Count > 1);

        var result = Scheduler.Solve(problem, TabuOnly(3), Ct);

        AssertValid(problem, result);
    }

    [Fact]
    public void Tabu_search_is_not_used_where_calendars_make_the_graph_wrong()
    {
        var generated = InstanceGenerator.Generate(new GeneratorSettings(Factories: 2, Machines: 6, Jobs: 4, OperationsPerJob: 3, Seed: 1));

        Assert.False(DisjunctiveGraph.Applies(generated));
    }

    private static SchedulingProblem WithoutCalendars(SchedulingProblem p)
    {
        var f = p.Factories.Count;
        var time = new long[f, f];
        var cost = new long[f, f];
        for (var a = 0; a < f; a++)
        {
            for (var b = 0; b < f; b++)
            {
                time[a, b] = p.FactoryTransportTime(a, b);
                cost[a, b] = p.FactoryTransportCost(a, b);
            }
        }

        var machines = p.Machines.Select(m => m with { Unavailable = [] }).ToList();
        var jobs = p.Jobs.Select(j => j with { Due = null }).ToList();
        return new SchedulingProblem(p.Name, p.Factories, machines, jobs, ObjectiveSpec.Makespan, time, cost);
    }
}
