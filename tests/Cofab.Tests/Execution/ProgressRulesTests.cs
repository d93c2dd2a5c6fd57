using Cofab.Core.Execution;
using Cofab.Core.Quotes;

namespace Cofab.Tests.Execution;

public sealed class ProgressRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 8, 0, 0, TimeSpan.FromHours(8));

    private static WorkOrderOperation Operation(int quantity = 60, int done = 0, int scrapped = 0, DateTimeOffset? finished = null) => new(
        new ScheduledOperation(Guid.NewGuid(), "Pump housing", 10, "machining.milling.5axis", quantity, Guid.NewGuid(), "DMU 50", Guid.NewGuid(),
            Monday, Monday.AddHours(6), 1200m),
        Guid.NewGuid(), QuantityDone: done, QuantityScrapped: scrapped, StartedAt: done + scrapped > 0 ? Monday : null, FinishedAt: finished);

    [Fact]
    public void A_report_adds_to_the_running_totals_and_the_first_one_starts_the_operation()
    {
        var outcome = ProgressRules.Apply(Operation(), 20, 2, finished: false, Monday.AddHours(1));

        Assert.Equal(20, outcome.Operation!.QuantityDone);
        Assert.Equal(2, outcome.Operation.QuantityScrapped);
        Assert.Equal(Monday.AddHours(1), outcome.Operation.StartedAt);
        Assert.Null(outcome.Operation.FinishedAt);

        var second = ProgressRules.Apply(outcome.Operation, 38, 0, finished: true, Monday.AddHours(5));
        Assert.Equal(58, second.Operation!.QuantityDone);
        Assert.Equal(Monday.AddHours(1), second.Operation.StartedAt);
        Assert.Equal(Monday.AddHours(5), second.Operation.FinishedAt);
    }

    [Theory]
    [InlineData(59, 2, "scrapQuantity")]
    [InlineData(61, 0, "goodQuantity")]
    [InlineData(-1, 0, "goodQuantity")]
    [InlineData(0, -1, "scrapQuantity")]
    [InlineData(0, 0, "goodQuantity")]
    public void Reports_that_would_exceed_the_quantity_or_say_nothing_name_the_field(int good, int scrap, string field)
    {
        var outcome = ProgressRules.Apply(Operation(), good, scrap, finished: false, Monday);

        Assert.Null(outcome.Operation);
        Assert.False(outcome.IsConflict);
        Assert.Equal(field, outcome.Field);
    }

    [Fact]
    public void The_limit_counts_what_was_reported_before_and_says_how_many_more_fit()
    {
        var outcome = ProgressRules.Apply(Operation(done: 50, scrapped: 5), 5, 1, finished: false, Monday);

        Assert.Equal("scrapQuantity", outcome.Field);
        Assert.Contains("at most 5 more", outcome.Message, StringComparison.Ordinal);
        Assert.NotNull(ProgressRules.Apply(Operation(done: 50, scrapped: 5), 5, 0, finished: true, Monday).Operation);
    }

    [Fact]
    public void Huge_increments_do_not_overflow_past_the_limit()
    {
        Assert.Equal("scrapQuantity", ProgressRules.Apply(Operation(done: 1), 1, int.MaxValue, finished: false, Monday).Field);
    }

    [Fact]
    public void A_finished_operation_takes_no_more_reports_and_is_not_listed_as_open()
    {
        var closed = Operation(done: 60, finished: Monday);
        var outcome = ProgressRules.Apply(closed, 0, 0, finished: true, Monday.AddHours(1));

        Assert.True(outcome.IsConflict);
        Assert.Null(ProgressRules.OpenOperations([closed]));
        Assert.Equal("#1 Pump housing step 10 (machining.milling.5axis)", ProgressRules.OpenOperations([closed, Operation()]));
    }
}
