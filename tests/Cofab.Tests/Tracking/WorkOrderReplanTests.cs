using Cofab.Core.Quotes;
using Cofab.Core.Tracking;

namespace Cofab.Tests.Tracking;

public sealed class WorkOrderReplanTests
{
    private static readonly DateTimeOffset Monday8 = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Housing = Guid.NewGuid();

    [Fact]
    public void Moved_operations_take_their_new_times_finished_ones_keep_theirs_and_the_work_order_spans_them_again()
    {
        var work = Work(Op(10, 0, 4, finished: true), Op(20, 4, 6), Op(30, 6, 9));

        var moved = WorkOrderReplan.Apply(work, [Move(work, 20, 7, 9), Move(work, 30, 9, 12)]);

        Assert.Equal([20, 30], moved.Select(m => m.After.Operation.Step));
        Assert.Equal(Monday8.AddHours(4), moved[0].Before.Operation.Start);
        Assert.Equal((Monday8, Monday8.AddHours(4)), (work.Operations[0].Operation.Start, work.Operations[0].Operation.End));
        Assert.Equal((Monday8.AddHours(7), Monday8.AddHours(9)), (work.Operations[1].Operation.Start, work.Operations[1].Operation.End));
        Assert.Equal((Monday8, Monday8.AddHours(12)), (work.Start, work.End));
        // Everything but the times stays: the booking, the progress, the machine.
        Assert.Equal(moved[0].Before.BookingId, moved[0].After.BookingId);
        Assert.Equal(moved[0].Before.Operation.ResourceId, moved[0].After.Operation.ResourceId);
    }

    [Fact]
    public void A_finished_unknown_repeated_backwards_or_foreign_move_is_refused_and_nothing_moves()
    {
        var work = Work(Op(10, 0, 4, finished: true), Op(20, 4, 6));
        var before = work.Operations.ToList();

        Assert.Contains("already finished", WorkOrderReplan.Check(work, [Move(work, 10, 5, 6)]), StringComparison.Ordinal);
        Assert.Contains("no operation 40", WorkOrderReplan.Check(work, [Move(work, 40, 5, 6)]), StringComparison.Ordinal);
        Assert.Contains("twice", WorkOrderReplan.Check(work, [Move(work, 20, 5, 6), Move(work, 20, 6, 7)]), StringComparison.Ordinal);
        Assert.Contains("end before it starts", WorkOrderReplan.Check(work, [Move(work, 20, 6, 6)]), StringComparison.Ordinal);
        Assert.Contains("belongs to work order", WorkOrderReplan.Check(work, [Move(work, 20, 6, 7) with { WorkOrderId = Guid.NewGuid() }]), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WorkOrderReplan.Apply(work, [Move(work, 10, 5, 6)]));
        Assert.Equal(before, work.Operations);
    }

    private static OperationMove Move(WorkOrder work, int step, int startHour, int endHour) =>
        new(work.Id, Housing, step, Monday8.AddHours(startHour), Monday8.AddHours(endHour));

    private static WorkOrder Work(params WorkOrderOperation[] operations) => new()
    {
        Id = Guid.NewGuid(), OrderId = Guid.NewGuid(), Status = WorkOrderStatus.InProgress, Operations = [.. operations],
        Start = operations.Min(o => o.Operation.Start), End = operations.Max(o => o.Operation.End),
    };

    private static WorkOrderOperation Op(int step, int startHour, int endHour, bool finished = false) =>
        new(new ScheduledOperation(Housing, "Pump housing", step, "machining.milling.5axis", 60, Guid.NewGuid(), "5-axis mill",
                Guid.NewGuid(), Monday8.AddHours(startHour), Monday8.AddHours(endHour), 1000m),
            Guid.NewGuid(), QuantityDone: finished ? 60 : 10, FinishedAt: finished ? Monday8.AddHours(endHour) : null);
}
