using Cofab.Core.Orders;
using Xunit;

namespace Cofab.Tests.Orders;

public sealed class OrderTransitionsTests
{
    [Theory]
    [InlineData(OrderStatus.Draft, OrderStatus.Submitted)]
    [InlineData(OrderStatus.Draft, OrderStatus.Withdrawn)]
    [InlineData(OrderStatus.Submitted, OrderStatus.Withdrawn)]
    [InlineData(OrderStatus.Submitted, OrderStatus.Quoted)]
    [InlineData(OrderStatus.Submitted, OrderStatus.Accepted)]
    [InlineData(OrderStatus.Quoted, OrderStatus.Accepted)]
    [InlineData(OrderStatus.Accepted, OrderStatus.InProduction)]
    [InlineData(OrderStatus.InProduction, OrderStatus.Completed)]
    public void The_life_cycle_moves_forward(OrderStatus from, OrderStatus to)
    {
        Assert.Null(OrderTransitions.Check(from, to));
    }

    [Theory]
    [InlineData(OrderStatus.Withdrawn, OrderStatus.Submitted, "withdrawn")]
    [InlineData(OrderStatus.Submitted, OrderStatus.Submitted, "already submitted")]
    [InlineData(OrderStatus.Accepted, OrderStatus.Withdrawn, "only a draft or a submitted order")]
    [InlineData(OrderStatus.Quoted, OrderStatus.Draft, "cannot become draft")]
    [InlineData(OrderStatus.Draft, OrderStatus.Accepted, "cannot become accepted")]
    [InlineData(OrderStatus.Completed, OrderStatus.Withdrawn, "completed")]
    public void Other_moves_are_refused_with_a_reason(OrderStatus from, OrderStatus to, string expected)
    {
        Assert.Contains(expected, OrderTransitions.Check(from, to), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_status_except_the_ends_has_a_way_forward_and_nothing_returns_to_draft()
    {
        foreach (var from in Enum.GetValues<OrderStatus>())
        {
            var next = Enum.GetValues<OrderStatus>().Where(to => OrderTransitions.IsAllowed(from, to)).ToList();
            Assert.Equal(from is OrderStatus.Completed or OrderStatus.Withdrawn, next.Count == 0);
            Assert.DoesNotContain(OrderStatus.Draft, next);
        }

        Assert.True(OrderTransitions.IsEditable(OrderStatus.Draft));
        Assert.False(OrderTransitions.IsEditable(OrderStatus.Submitted));
    }
}
