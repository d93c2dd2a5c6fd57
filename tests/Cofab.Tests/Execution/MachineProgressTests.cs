using Cofab.Core.Execution;
using Cofab.Core.Quotes;

namespace Cofab.Tests.Execution;

public sealed class MachineProgressTests
{
    private static readonly DateTimeOffset Day = new(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(8));
    private static readonly Guid Mill = Guid.NewGuid();
    private static readonly TimeSpan Slack = TimeSpan.FromHours(1);

    private static WorkOrder Work(WorkOrderStatus status, params WorkOrderOperation[] operations) =>
        new() { Id = Guid.NewGuid(), Status = status, Operations = [.. operations] };

    private static WorkOrderOperation Op(Guid resource, int startHour, int hours, int quantity = 50, int done = 0, bool finished = false) => new(
        new ScheduledOperation(Guid.NewGuid(), "Cover", 10, "machining.milling.3axis", quantity, resource, "VMC 850", Guid.NewGuid(),
            Day.AddHours(startHour), Day.AddHours(startHour + hours), 100m),
        Guid.NewGuid(), QuantityDone: done, FinishedAt: finished ? Day : null);

    [Fact]
    public void New_parts_count_for_the_open_operation_on_that_machine_within_its_window_and_slack()
    {
        var elsewhere = Op(Guid.NewGuid(), 0, 8);
        var here = Op(Mill, 2, 4);
        var work = Work(WorkOrderStatus.InProgress, elsewhere, here);

        var attribution = MachineProgress.Attribute([work], Mill, 3, Day.AddHours(6.5), Slack);

        Assert.Same(work, attribution!.WorkOrder);
        Assert.Equal(1, attribution.OperationIndex);
        Assert.Equal(3, attribution.Pieces);
        Assert.Null(MachineProgress.Attribute([work], Mill, 3, Day.AddHours(7.5), Slack));
        Assert.Null(MachineProgress.Attribute([work], Mill, 0, Day.AddHours(3), Slack));
    }

    [Fact]
    public void Work_orders_not_in_progress_and_finished_or_full_operations_get_nothing()
    {
        Assert.Null(MachineProgress.Attribute([Work(WorkOrderStatus.Accepted, Op(Mill, 0, 8))], Mill, 1, Day.AddHours(1), Slack));
        Assert.Null(MachineProgress.Attribute([Work(WorkOrderStatus.InProgress, Op(Mill, 0, 8, finished: true))], Mill, 1, Day.AddHours(1), Slack));
        Assert.Null(MachineProgress.Attribute([Work(WorkOrderStatus.InProgress, Op(Mill, 0, 8, quantity: 10, done: 10))], Mill, 1, Day.AddHours(1), Slack));
    }

    [Fact]
    public void The_earliest_planned_operation_takes_the_pieces_up_to_what_it_still_needs()
    {
        var later = Work(WorkOrderStatus.InProgress, Op(Mill, 3, 4));
        var earlier = Work(WorkOrderStatus.InProgress, Op(Mill, 0, 4, quantity: 10, done: 8));

        var attribution = MachineProgress.Attribute([later, earlier], Mill, 5, Day.AddHours(3.5), Slack);

        Assert.Same(earlier, attribution!.WorkOrder);
        Assert.Equal(2, attribution.Pieces);
    }

    [Fact]
    public void An_operation_planned_at_that_moment_wins_over_one_only_within_the_slack()
    {
        var before = Work(WorkOrderStatus.InProgress, Op(Mill, 0, 2));
        var now = Work(WorkOrderStatus.InProgress, Op(Mill, 3, 2));

        Assert.Same(now, MachineProgress.Attribute([before, now], Mill, 1, Day.AddHours(3.5), Slack)!.WorkOrder);
        Assert.Same(before, MachineProgress.Attribute([before, now], Mill, 1, Day.AddHours(2.5), Slack)!.WorkOrder);
    }
}
