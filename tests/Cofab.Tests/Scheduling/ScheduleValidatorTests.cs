using Cofab.Scheduling.Model;
using Cofab.Scheduling.Validation;
using Xunit;
using static Cofab.Tests.Scheduling.TestProblems;

namespace Cofab.Tests.Scheduling;

public class ScheduleValidatorTests
{
    // Job 1: op 1 on machine 0 (A) for 5, then op 2 on machine 1 (B) for 4 or machine 2 (A) for 6.
    // Job 2: one op on machine 0 for 3, released at 2.
    private static readonly SchedulingProblem Problem = TwoFactories(
    [
        Chain("J1", [On(0, 5)], [On(1, 4), On(2, 6)]),
        Chain("J2", [On(0, 3)]) with { Release = 2 },
    ]);

    private static Assignment[][] ValidAssignments() =>
    [
        [new(0, 0, 0, 0, 5), new(0, 1, 1, 15, 19)],
        [new(1, 0, 0, 5, 8)],
    ];

    private static ValidationReport Check(Action<Assignment[][]> change, SchedulingProblem? problem = null)
    {
        var a = ValidAssignments();
        change(a);
        return ScheduleValidator.Validate(problem ?? Problem, new Schedule(a));
    }

    [Fact]
    public void Validator_accepts_a_correct_schedule() =>
        Assert.True(Check(_ => { }).IsValid, Check(_ => { }).ToString());

    [Fact]
    public void Validator_rejects_a_successor_that_starts_before_its_predecessor_ends() =>
        Assert.True(Check(a => a[0][1] = new(0, 1, 2, 3, 9)).Has(ViolationKind.Precedence));

    [Fact]
    public void Validator_rejects_a_successor_that_ignores_transport_time()
    {
        // Machine 1 is in factory B: the part needs 10 units on the road after op 1 ends at 5.
        var report = Check(a => a[0][1] = new(0, 1, 1, 12, 16));
        Assert.True(report.Has(ViolationKind.Transport));
        Assert.False(report.Has(ViolationKind.Precedence));
    }

    [Fact]
    public void Validator_rejects_overlap_on_a_machine() =>
        Assert.True(Check(a => a[1][0] = new(1, 0, 0, 3, 6)).Has(ViolationKind.Overlap));

    [Fact]
    public void Validator_rejects_a_machine_that_is_not_an_alternative() =>
        Assert.True(Check(a => a[1][0] = new(1, 0, 2, 5, 8)).Has(ViolationKind.IneligibleMachine));

    [Fact]
    public void Validator_rejects_a_wrong_duration() =>
        Assert.True(Check(a => a[0][1] = new(0, 1, 1, 15, 20)).Has(ViolationKind.WrongDuration));

    [Fact]
    public void Validator_rejects_a_start_before_release() =>
        Assert.True(Check(a => { a[1][0] = new(1, 0, 0, 1, 4); a[0][0] = new(0, 0, 0, 4, 9); a[0][1] = new(0, 1, 1, 19, 23); }).Has(ViolationKind.Release));

    [Fact]
    public void Validator_rejects_work_during_unavailable_time()
    {
        var machines = new[] { new Machine(1, "A-1", 0) { Unavailable = [new TimeWindow(6, 9)] }, new Machine(2, "B-2", 1), new Machine(3, "A-3", 0) };
        var problem = TwoFactories(Problem.Jobs, machines: machines);
        Assert.True(Check(_ => { }, problem).Has(ViolationKind.Calendar));
    }

    [Fact]
    public void Validator_rejects_a_moved_frozen_operation()
    {
        var frozenJob = Problem.Jobs[1] with { Operations = [Problem.Jobs[1].Operations[0] with { Frozen = new FrozenPlacement(0, 10) }] };
        var problem = TwoFactories([Problem.Jobs[0], frozenJob]);
        Assert.True(Check(_ => { }, problem).Has(ViolationKind.Frozen));
    }

    [Fact]
    public void Validator_reports_a_missing_operation_instead_of_crashing()
    {
        var report = ScheduleValidator.Validate(Problem, new Schedule([[new(0, 0, 0, 0, 5)], [new(1, 0, 0, 5, 8)]]));
        Assert.True(report.Has(ViolationKind.Shape));
    }

    [Fact]
    public void Validator_lets_zero_length_operations_sit_anywhere()
    {
        var problem = SingleFactory([Chain("J1", [On(0, 10)]), Chain("J2", [On(0, 0)])], [new Machine(1, "M1", 0) { Unavailable = [new TimeWindow(20, 30)] }]);
        var report = ScheduleValidator.Validate(problem, new Schedule([[new(0, 0, 0, 0, 10)], [new(1, 0, 0, 25, 25)]]));
        Assert.True(report.IsValid, report.ToString());
    }
}
