using Cofab.Scheduling.Heuristics;
using Cofab.Scheduling.Parsing;
using Cofab.Scheduling.Solving;
using Cofab.Scheduling.Validation;
using static Cofab.Tests.Scheduling.TestProblems;

namespace Cofab.Tests.Scheduling;

public class JobShopTabuTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The job shop tabu search alone: no CP-SAT phase after it.</summary>
    private static SolverOptions TabuOnly(int seconds) => Quick(seconds) with { Workers = 1, JobShopTabuShare = 1 };

    [Fact]
    public void Job_shop_tabu_applies_only_to_single_machine_chains()
    {
        var jobShop = ProblemLoader.Load(SharedBenchmarks.File("jssp/ft06.jss")).Value!;
        var flexible = ProblemLoader.Load(SharedBenchmarks.File("fjsp/brandimarte/Mk01.fjs")).Value!;
        var assembly = SingleFactory(
            [new Cofab.Scheduling.Model.Job("A", [new("a", [On(0, 2)], []), new("b", [On(1, 2)], []), new("c", [On(0, 3)], [0, 1])])],
            [new(1, "M1", 0), new(2, "M2", 0)]);

        Assert.True(JobShopGraph.Applies(jobShop));
        Assert.False(JobShopGraph.Applies(flexible));
        Assert.False(JobShopGraph.Applies(assembly));
    }

    [Fact]
    public void Random_job_shop_schedules_are_acyclic_and_valid()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("jssp/ft10.jss")).Value!;
        var graph = new JobShopGraph(problem, new OperationIndex(problem));
        var random = new Random(5);
        var makespans = new HashSet<long>();

        for (var i = 0; i < 20; i++)
        {
            graph.Randomize(random);
            Assert.True(graph.Evaluate());
            Assert.True(ScheduleValidator.Validate(problem, graph.ToSchedule()).IsValid);
            makespans.Add(graph.Makespan);
        }

        Assert.True(makespans.Count > 1, "random schedules should differ");
    }

    [Fact]
    public void Distance_counts_machine_pairs_ordered_the_other_way()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("jssp/ft06.jss")).Value!;
        var index = new OperationIndex(problem);
        var a = new JobShopGraph(problem, index);
        Assert.True(a.Load(ConstructiveScheduler.Build(problem)!));
        var b = new JobShopGraph(problem, index);
        b.CopyFrom(a);
        Assert.Equal(0, a.Distance(b));

        var machine = Enumerable.Range(0, b.Sequences.Length).First(m => b.Sequences[m].Length >= 3);
        b.Shift(machine, 0, 2);

        // Moving the first of a machine's operations behind two others reverses exactly two pairs.
        Assert.Equal(2, a.Distance(b));
        Assert.Equal(2, b.Distance(a));
    }

    [Fact]
    public void Job_shop_tabu_finds_the_optimum_of_ft06_from_the_constructive_schedule()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("jssp/ft06.jss")).Value!;
        var constructive = ConstructiveScheduler.Build(problem, 8, 1)!;
        var phases = new List<string>();

        var result = Scheduler.Solve(problem, TabuOnly(5) with { OnProgress = p => phases.Add(p.Phase) }, Ct);

        AssertValid(problem, result);
        Assert.True(constructive.Makespan > 55, "the constructive schedule should leave the tabu search work to do");
        Assert.Contains("tabu", phases);
        Assert.Equal(55, result.Makespan);
    }

    [Fact]
    public void Job_shop_tabu_then_cp_sat_improves_ft10_and_stays_valid()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("jssp/ft10.jss")).Value!;
        var constructive = ConstructiveScheduler.Build(problem, 8, 1)!;

        var result = Scheduler.Solve(problem, Quick(3), Ct);

        AssertValid(problem, result);
        Assert.True(result.Makespan < constructive.Makespan, $"{result.Makespan} vs constructive {constructive.Makespan}");
        Assert.True(result.Makespan <= 1000, $"ft10 after 3 s: {result.Makespan} (optimum 930)");
    }
}
