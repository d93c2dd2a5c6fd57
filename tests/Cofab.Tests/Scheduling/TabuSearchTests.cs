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

    [Theory]
    [InlineData("fjsp/brandimarte/Mk07.fjs")]
    [InlineData("fjsp/brandimarte/Mk02.fjs")]
    public void Leaving_out_an_operation_incrementally_gives_the_heads_and_tails_of_a_full_evaluation(string file)
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File(file)).Value!;
        var incremental = new DisjunctiveGraph(problem, new OperationIndex(problem));
        var full = new DisjunctiveGraph(problem, new OperationIndex(problem));
        Assert.True(incremental.Load(ConstructiveScheduler.Build(problem, 1, 1)!));
        var random = new Random(5);
        var mismatches = new List<string>();
        for (var round = 0; round < 20; round++)
        {
            full.CopyFrom(incremental);
            incremental.BeginExclusions();
            // Exclusions in random order, so the restore of earlier exclusions' changes is exercised both ways.
            foreach (var v in Enumerable.Range(0, incremental.N).OrderBy(_ => random.Next()).Take(40))
            {
                incremental.EvaluateWithout(v);
                Assert.True(full.Evaluate(v));
                if (incremental.Makespan != full.Makespan)
                {
                    mismatches.Add($"round {round}, without {v}: makespan {incremental.Makespan} vs {full.Makespan}");
                }

                for (var f = 0; f < incremental.N; f++)
                {
                    if (f != v && (incremental.Head[f] != full.Head[f] || incremental.Tail[f] != full.Tail[f]))
                    {
                        mismatches.Add($"round {round}, without {v}: operation {f} head/tail {incremental.Head[f]}/{incremental.Tail[f]} vs {full.Head[f]}/{full.Tail[f]}");
                    }
                }
            }

            MoveSomewhereAcyclic(incremental, random);
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Moving_an_inner_operation_of_a_critical_block_inside_the_block_never_shortens_the_schedule()
    {
        // The tabu neighbourhood skips these moves; this checks the reason on real schedules.
        var problem = ProblemLoader.Load(SharedBenchmarks.File("fjsp/brandimarte/Mk07.fjs")).Value!;
        var graph = new DisjunctiveGraph(problem, new OperationIndex(problem));
        Assert.True(graph.Load(ConstructiveScheduler.Build(problem, 1, 1)!));
        var random = new Random(3);
        var moves = new TabuMoves(graph, random);
        var path = new List<int>();
        var tried = 0;
        for (var round = 0; round < 30; round++)
        {
            moves.CriticalPath(path);
            var makespan = graph.Makespan;
            foreach (var block in Blocks(graph, path).Where(b => b.Count >= 3))
            {
                var machine = graph.MachineOf[block[0]];
                foreach (var v in block.Skip(1).SkipLast(1))
                {
                    var home = graph.Sequences[machine].IndexOf(v);
                    var others = block.Where(o => o != v).ToList();
                    for (var k = 0; k < others.Count - 1; k++)
                    {
                        // Between others[k] and others[k + 1]: position in the sequence without v.
                        var position = graph.Sequences[machine].IndexOf(others[k + 1]) - (graph.Sequences[machine].IndexOf(others[k + 1]) > home ? 1 : 0);
                        var altOfV = Array.IndexOf(graph.AltMachine[v], machine);
                        graph.Move(v, altOfV, position);
                        var acyclic = graph.Evaluate(-1);
                        Assert.True(!acyclic || graph.Makespan >= makespan, $"moving {v} inside its block shortened {makespan} to {graph.Makespan}");
                        tried += acyclic ? 1 : 0;
                        graph.Move(v, altOfV, home);
                        Assert.True(graph.Evaluate(-1));
                    }
                }
            }

            MoveSomewhereAcyclic(graph, random);
        }

        Assert.True(tried > 100, $"only {tried} inner moves were tried");
    }

    /// <summary>Runs of a critical path (which lists operations backwards in time) linked by machine arcs, in time order.</summary>
    private static List<List<int>> Blocks(DisjunctiveGraph graph, List<int> path)
    {
        var blocks = new List<List<int>>();
        var forward = Enumerable.Reverse(path).ToList();
        foreach (var f in forward)
        {
            if (blocks.Count > 0 && graph.PrevOnMachine[f] == blocks[^1][^1])
            {
                blocks[^1].Add(f);
            }
            else
            {
                blocks.Add([f]);
            }
        }

        return blocks;
    }

    private static void MoveSomewhereAcyclic(DisjunctiveGraph graph, Random random)
    {
        while (true)
        {
            var f = random.Next(graph.N);
            var (machine, position) = (graph.MachineOf[f], graph.Sequences[graph.MachineOf[f]].IndexOf(f));
            var alt = random.Next(graph.AltMachine[f].Length);
            graph.Move(f, alt, random.Next(graph.Sequences[graph.AltMachine[f][alt]].Count + (graph.AltMachine[f][alt] == machine ? 0 : 1)));
            if (graph.Evaluate(-1))
            {
                return;
            }

            graph.Move(f, Array.IndexOf(graph.AltMachine[f], machine), position);
            Assert.True(graph.Evaluate(-1));
        }
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
