using Cofab.Scheduling.Model;
using Cofab.Scheduling.Solving;
using Cofab.Scheduling.Validation;
using Xunit;

namespace Cofab.Tests.Scheduling;

/// <summary>Tiny hand-made problems whose optimum can be worked out on paper.</summary>
internal static class TestProblems
{
    public static SolverOptions Quick(int seconds = 5) => new() { TimeLimit = TimeSpan.FromSeconds(seconds), Workers = 2, Seed = 1 };

    /// <summary>Two factories, 10 time units apart (transport cost 100): machine 1 in A, 2 in B, 3 in A.</summary>
    public static SchedulingProblem TwoFactories(IReadOnlyList<Job> jobs, ObjectiveSpec? objective = null, IReadOnlyList<Machine>? machines = null) =>
        new("two-factories",
            [new Factory("A", "Factory A"), new Factory("B", "Factory B")],
            machines ?? [new Machine(1, "A-1", 0, 1), new Machine(2, "B-2", 1, 1), new Machine(3, "A-3", 0, 1)],
            jobs,
            objective,
            new long[,] { { 0, 10 }, { 10, 0 } },
            new long[,] { { 0, 100 }, { 100, 0 } });

    public static SchedulingProblem SingleFactory(IReadOnlyList<Job> jobs, IReadOnlyList<Machine> machines, ObjectiveSpec? objective = null) =>
        new("single", [new Factory("A", "Factory A")], machines, jobs, objective);

    public static Operation Op(string name, params Alternative[] alternatives) => new(name, alternatives, []);

    /// <summary>A chain job: each operation after the previous one.</summary>
    public static Job Chain(string name, params Alternative[][] ops) =>
        new(name, ops.Select((alts, i) => new Operation($"{name}.{i + 1}", alts, i == 0 ? [] : [i - 1])).ToList());

    public static Alternative On(int machine, long duration, long setup = 0) => new(machine, duration, setup);

    public static void AssertValid(SchedulingProblem problem, ScheduleResult result)
    {
        Assert.NotNull(result.Schedule);
        var report = ScheduleValidator.Validate(problem, result.Schedule);
        Assert.True(report.IsValid, report.ToString());
    }
}
