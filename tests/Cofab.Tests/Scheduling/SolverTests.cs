using Cofab.Scheduling.Model;
using Cofab.Scheduling.Parsing;
using Cofab.Scheduling.Solving;
using Xunit;
using static Cofab.Tests.Scheduling.TestProblems;

namespace Cofab.Tests.Scheduling;

public class SolverTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Solver_proves_ft06_optimal_at_55()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("jssp/ft06.jss")).Value!;
        var result = Scheduler.Solve(problem, Quick(20), Ct);
        AssertValid(problem, result);
        Assert.Equal(SolveStatus.Optimal, result.Status);
        Assert.Equal(55, result.Makespan);
        Assert.Equal(55, result.LowerBound);
        Assert.Equal(0, result.Gap);
    }

    [Fact]
    public void Solver_finds_the_kacem1_optimum_of_11()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("fjsp/kacem/kacem1.fjs")).Value!;
        var result = Scheduler.Solve(problem, Quick(10), Ct);
        AssertValid(problem, result);
        Assert.Equal(11, result.Makespan);
        Assert.Equal(SolveStatus.Optimal, result.Status);
    }

    [Fact]
    public void Solver_stays_in_the_factory_when_transport_costs_more_time_than_it_saves()
    {
        // Op 2 on B takes 5 but needs 10 of transport: 5 + 10 + 5 = 20; staying on machine 3 in A gives 5 + 12 = 17.
        var problem = TwoFactories([Chain("J1", [On(0, 5)], [On(1, 5), On(2, 12)])]);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal(17, result.Makespan);
        Assert.Equal(2, result.Schedule![0, 1].Machine);
    }

    [Fact]
    public void Solver_waits_for_transport_when_the_next_step_is_in_another_factory()
    {
        var problem = TwoFactories([Chain("J1", [On(0, 5)], [On(1, 5)])]);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal(15, result.Schedule![0, 1].Start);
        Assert.Equal(20, result.Makespan);
    }

    [Fact]
    public void Solver_moves_work_around_machine_calendars()
    {
        // Machine 1 is off during [0,10) and [15,100): a 6-long op fits nowhere before 100 there, so machine 2 (20 long) wins.
        var machines = new[]
        {
            new Machine(1, "M1", 0) { Unavailable = [new TimeWindow(0, 10), new TimeWindow(15, 100)] },
            new Machine(2, "M2", 0),
        };
        var problem = SingleFactory([Chain("J1", [On(0, 6), On(1, 20)]), Chain("J2", [On(0, 4)])], machines);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal(1, result.Schedule![0, 0].Machine);
        Assert.Equal(10, result.Schedule[1, 0].Start);
        Assert.Equal(20, result.Makespan);
    }

    [Fact]
    public void Solver_joins_assembly_branches_after_both_finish()
    {
        var job = new Job("Kit",
        [
            new Operation("left", [On(0, 3)], []),
            new Operation("right", [On(1, 4)], []),
            new Operation("assemble", [On(0, 2)], [0, 1]),
        ]);
        var problem = SingleFactory([job], [new Machine(1, "M1", 0), new Machine(2, "M2", 0)]);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal(4, result.Schedule![0, 2].Start);
        Assert.Equal(6, result.Makespan);
    }

    [Fact]
    public void Solver_accepts_zero_length_operations()
    {
        var problem = SingleFactory([Chain("J1", [On(0, 3)], [On(0, 0)], [On(0, 2)])], [new Machine(1, "M1", 0)]);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal(5, result.Makespan);
    }

    [Fact]
    public void Solver_minimises_weighted_tardiness_and_names_the_late_job()
    {
        // One machine: the short heavy job first costs 2 × 1; the other order costs 10 × 5.
        var problem = SingleFactory(
            [Chain("Long", [On(0, 10)]) with { Due = 10, Weight = 1 }, Chain("Rush", [On(0, 2)]) with { Due = 2, Weight = 5 }],
            [new Machine(1, "M1", 0)],
            new ObjectiveSpec([new ObjectiveTerm(ObjectiveKind.WeightedTardiness)]));
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal(2, result.Objective);
        var penalty = Assert.Single(result.Penalties);
        Assert.Equal("Long late by 2 (weight 1)", penalty.Name);
    }

    [Fact]
    public void Solver_minimises_cost_including_transport()
    {
        // Op 2 costs 8 × 1 on machine 2 (factory B) plus 100 transport, or 6 × 3 = 18 on machine 3 in factory A.
        var machines = new[] { new Machine(1, "A-1", 0, 1), new Machine(2, "B-2", 1, 1), new Machine(3, "A-3", 0, 3) };
        var problem = TwoFactories([Chain("J1", [On(0, 5)], [On(1, 8), On(2, 6)])], new ObjectiveSpec([new ObjectiveTerm(ObjectiveKind.Cost)]), machines);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal(5 + 18, result.Objective);
        Assert.Equal(2, result.Schedule![0, 1].Machine);
    }

    [Fact]
    public void Lexicographic_objective_keeps_the_best_makespan_and_then_saves_cost()
    {
        // Both alternatives of op 1 take 4; machine 1 costs 5 per unit, machine 2 costs 1.
        var machines = new[] { new Machine(1, "M1", 0, 5), new Machine(2, "M2", 0, 1) };
        var objective = new ObjectiveSpec([new ObjectiveTerm(ObjectiveKind.Makespan), new ObjectiveTerm(ObjectiveKind.Cost)], Lexicographic: true);
        var problem = SingleFactory([Chain("J1", [On(0, 4), On(1, 4)]), Chain("J2", [On(0, 4)])], machines, objective);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal([4L, 4 + 20], result.TermValues);
    }

    [Fact]
    public void Colliding_frozen_operations_are_reported_infeasible_not_thrown()
    {
        var a = new Operation("a", [On(0, 5)], []) { Frozen = new FrozenPlacement(0, 0) };
        var b = new Operation("b", [On(0, 5)], []) { Frozen = new FrozenPlacement(0, 3) };
        var problem = SingleFactory([new Job("J1", [a]), new Job("J2", [b])], [new Machine(1, "M1", 0)]);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
        Assert.Null(result.Schedule);
        Assert.NotNull(result.Message);
    }

    [Fact]
    public void Frozen_operation_that_its_predecessor_cannot_precede_is_infeasible()
    {
        var job = new Job("J1", [new Operation("first", [On(0, 5)], []), new Operation("second", [On(0, 2)], [0]) { Frozen = new FrozenPlacement(0, 1) }]);
        var result = Scheduler.Solve(SingleFactory([job], [new Machine(1, "M1", 0)]), Quick(), Ct);
        Assert.Equal(SolveStatus.Infeasible, result.Status);
    }

    [Fact]
    public void Frozen_operations_keep_their_machine_and_start()
    {
        var job = new Job("J1", [new Operation("started", [On(0, 5), On(1, 1)], []) { Frozen = new FrozenPlacement(0, 2) }, new Operation("next", [On(1, 3)], [0])]);
        var problem = SingleFactory([job, Chain("J2", [On(0, 4), On(1, 9)])], [new Machine(1, "M1", 0), new Machine(2, "M2", 0)]);
        var result = Scheduler.Solve(problem, Quick(), Ct);
        AssertValid(problem, result);
        Assert.Equal((0, 2L), (result.Schedule![0, 0].Machine, result.Schedule[0, 0].Start));
    }

    [Fact]
    public void Cancellation_returns_the_best_schedule_found_so_far()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("fjsp/brandimarte/Mk06.fjs")).Value!;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var reported = new List<SolverProgress>();
        var options = Quick(120) with
        {
            // Cancel as soon as CP-SAT itself reports a schedule, so the running search has to be stopped.
            OnProgress = p =>
            {
                lock (reported)
                {
                    reported.Add(p);
                }

                if (p.Phase != "constructive")
                {
                    cts.Cancel();
                }
            },
        };
        var result = Scheduler.Solve(problem, options, cts.Token);
        AssertValid(problem, result);
        Assert.Equal(SolveStatus.Feasible, result.Status);
        Assert.True(result.Elapsed < TimeSpan.FromSeconds(60), $"the solve ran {result.Elapsed} after cancellation");
        Assert.Equal(reported.Min(p => p.Objective), result.Makespan);
    }

    [Fact]
    public void Cancelled_before_it_starts_still_returns_the_constructive_schedule()
    {
        var problem = ProblemLoader.Load(SharedBenchmarks.File("fjsp/kacem/kacem4.fjs")).Value!;
        var result = Scheduler.Solve(problem, Quick(60), new CancellationToken(canceled: true));
        AssertValid(problem, result);
        Assert.Equal(SolveStatus.Feasible, result.Status);
    }

    [Fact]
    public void Local_lns_on_a_multi_factory_instance_stays_valid_and_never_worse_than_the_constructive_schedule()
    {
        var problem = Cofab.Scheduling.Generation.InstanceGenerator.Generate(new(3, 8, 12, 4, Seed: 7));
        var constructive = Cofab.Scheduling.Heuristics.ConstructiveScheduler.Build(problem)!;
        var options = Quick(4) with { FullModelOperationLimit = 10 };
        var result = Scheduler.Solve(problem, options, Ct);
        AssertValid(problem, result);
        Assert.True(result.Objective <= ObjectiveEvaluator.Value(problem, constructive));
    }

    [Fact]
    public void Lns_phase_on_a_flexible_job_shop_returns_a_valid_schedule_no_worse_than_its_start()
    {
        // Nearly all the time goes to LNS (all four neighbourhood shapes run), with a short first and final full model.
        var problem = ProblemLoader.Load(SharedBenchmarks.File("fjsp/brandimarte/Mk06.fjs")).Value!;
        var firstReported = long.MaxValue;
        var options = Quick(4) with
        {
            FirstFullPhaseShare = 0.05,
            FinalFullPhaseShare = 0.05,
            LnsStepLimit = TimeSpan.FromSeconds(0.2),
            OnProgress = p => firstReported = Math.Min(firstReported, p.Objective),
        };
        var result = Scheduler.Solve(problem, options, Ct);
        AssertValid(problem, result);
        Assert.True(result.Makespan <= firstReported);
        Assert.True(result.Makespan >= 57, "Mk06's optimum is 57: anything lower means a broken model");
    }
}
