using Cofab.Core.Quotes;

namespace Cofab.Tests.Quotes;

public sealed class WorkOrderTransitionsTests
{
    [Fact]
    public void The_happy_path_runs_from_released_to_received()
    {
        WorkOrderStatus[] path =
        [
            WorkOrderStatus.Released, WorkOrderStatus.Accepted, WorkOrderStatus.InProgress, WorkOrderStatus.Done,
            WorkOrderStatus.Inspected, WorkOrderStatus.Shipped, WorkOrderStatus.Received,
        ];
        for (var i = 0; i + 1 < path.Length; i++)
        {
            Assert.Null(WorkOrderTransitions.Check(path[i], path[i + 1]));
        }
    }

    [Fact]
    public void Rework_sends_a_done_lot_back_into_progress()
    {
        Assert.True(WorkOrderTransitions.IsAllowed(WorkOrderStatus.Done, WorkOrderStatus.InProgress));
    }

    [Theory]
    [InlineData(WorkOrderStatus.InProgress, WorkOrderStatus.Shipped, "passed inspection")]
    [InlineData(WorkOrderStatus.Released, WorkOrderStatus.InProgress, "accept it first")]
    [InlineData(WorkOrderStatus.Declined, WorkOrderStatus.Accepted, "another provider")]
    [InlineData(WorkOrderStatus.Received, WorkOrderStatus.Shipped, "nothing more can change")]
    [InlineData(WorkOrderStatus.Accepted, WorkOrderStatus.Inspected, "reports it done")]
    [InlineData(WorkOrderStatus.Done, WorkOrderStatus.Done, "already done")]
    public void Skipping_a_step_is_refused_with_a_reason(WorkOrderStatus from, WorkOrderStatus to, string reason)
    {
        Assert.Contains(reason, WorkOrderTransitions.Check(from, to), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_state_has_a_rule()
    {
        foreach (var from in Enum.GetValues<WorkOrderStatus>())
        {
            foreach (var to in Enum.GetValues<WorkOrderStatus>())
            {
                Assert.Equal(WorkOrderTransitions.IsAllowed(from, to), WorkOrderTransitions.Check(from, to) is null);
            }
        }
    }
}
