using Cofab.Core.Quotes;
using Cofab.Core.Tracking;

namespace Cofab.Tests.Tracking;

public sealed class LateWorkDetectorTests
{
    private static readonly DateTimeOffset Monday8 = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(60);
    private static readonly Guid Housing = Guid.NewGuid();
    private static readonly Guid Cover = Guid.NewGuid();

    [Fact]
    public void An_open_operation_whose_planned_end_passed_is_late_by_the_time_since()
    {
        var work = Work(WorkOrderStatus.InProgress, Op(Housing, 10, 0, 4, finished: true), Op(Housing, 20, 4, 6));

        var late = LateWorkDetector.Detect([work], Monday8.AddHours(6).AddMinutes(45), Grace);

        var only = Assert.Single(late);
        Assert.Equal(LateWorkKind.OperationOverdue, only.Kind);
        Assert.Equal(20, only.Operation!.Operation.Step);
        Assert.Equal(TimeSpan.FromMinutes(45), only.LateBy);
        Assert.Equal(LateWorkDetector.KeyOf(only.Operation.Operation), only.OperationKey);
    }

    [Fact]
    public void Nothing_is_late_at_the_planned_end_itself_nor_once_finished_nor_outside_accepted_and_running_work()
    {
        var end = Monday8.AddHours(4);
        Assert.Empty(LateWorkDetector.Detect([Work(WorkOrderStatus.InProgress, Op(Housing, 10, 0, 4))], end, Grace));
        Assert.Empty(LateWorkDetector.Detect([Work(WorkOrderStatus.InProgress, Op(Housing, 10, 0, 4, finished: true))], end.AddDays(1), Grace));
        foreach (var status in new[] { WorkOrderStatus.Released, WorkOrderStatus.Declined, WorkOrderStatus.Done, WorkOrderStatus.Shipped })
            Assert.Empty(LateWorkDetector.Detect([Work(status, Op(Housing, 10, 0, 4))], end.AddDays(1), Grace));
    }

    [Fact]
    public void An_accepted_work_order_is_late_to_start_only_after_the_grace()
    {
        var work = Work(WorkOrderStatus.Accepted, Op(Housing, 10, 2, 8), Op(Cover, 10, 1, 9));

        Assert.Empty(LateWorkDetector.Detect([work], Monday8.AddHours(2), Grace));
        var late = Assert.Single(LateWorkDetector.Detect([work], Monday8.AddHours(2).AddMinutes(1), Grace));

        Assert.Equal(LateWorkKind.StartOverdue, late.Kind);
        Assert.Equal(LateWorkDetector.StartKeyOf(Monday8.AddHours(1)), late.OperationKey);
        Assert.Equal(Monday8.AddHours(1), late.PlannedAt);
        Assert.Equal(TimeSpan.FromMinutes(61), late.LateBy);
        // Running work started, so only its operations can be late, not its start.
        work.Status = WorkOrderStatus.InProgress;
        Assert.Empty(LateWorkDetector.Detect([work], Monday8.AddHours(2).AddMinutes(1), Grace));
    }

    [Fact]
    public void A_late_operation_projects_its_part_past_the_due_date_by_the_lateness_beyond_the_slack()
    {
        var mill = Work(WorkOrderStatus.InProgress, Op(Housing, 10, 0, 4), Op(Cover, 10, 4, 6));
        var anodize = Work(WorkOrderStatus.Accepted, Op(Housing, 20, 10, 20));
        var due = new Dictionary<Guid, DateTimeOffset> { [Housing] = Monday8.AddHours(22), [Cover] = Monday8.AddDays(3) };
        var late = LateWorkDetector.Detect([mill], Monday8.AddHours(7), Grace).Single(l => l.Operation!.Operation.PartId == Housing);

        var delay = Assert.Single(LateWorkDetector.ProjectDelays(late, [mill, anodize], due));

        Assert.Equal(Housing, delay.PartId);
        Assert.Equal(Monday8.AddHours(23), delay.ProjectedCompletion);
        Assert.Equal(TimeSpan.FromHours(1), delay.Delay);
    }

    [Fact]
    public void A_late_start_projects_every_part_of_the_work_order_and_a_part_with_slack_keeps_its_date()
    {
        var work = Work(WorkOrderStatus.Accepted, Op(Housing, 10, 0, 4), Op(Cover, 10, 4, 6));
        var due = new Dictionary<Guid, DateTimeOffset> { [Housing] = Monday8.AddHours(5), [Cover] = Monday8.AddDays(3) };
        var late = Assert.Single(LateWorkDetector.Detect([work], Monday8.AddHours(3), Grace));

        var delays = LateWorkDetector.ProjectDelays(late, [work], due).ToDictionary(d => d.PartId);

        Assert.Equal(TimeSpan.FromHours(2), delays[Housing].Delay);
        Assert.Equal(TimeSpan.Zero, delays[Cover].Delay);
        Assert.Equal(Monday8.AddHours(9), delays[Cover].ProjectedCompletion);
    }

    [Fact]
    public void Running_late_against_a_re_scheduled_plan_is_new_late_work_with_its_own_key()
    {
        var work = Work(WorkOrderStatus.InProgress, Op(Housing, 10, 0, 4));
        var before = Assert.Single(LateWorkDetector.Detect([work], Monday8.AddHours(5), Grace));
        work.Operations = [work.Operations[0] with { Operation = work.Operations[0].Operation with { Start = Monday8.AddHours(5), End = Monday8.AddHours(9) } }];

        Assert.Empty(LateWorkDetector.Detect([work], Monday8.AddHours(8), Grace));
        var after = Assert.Single(LateWorkDetector.Detect([work], Monday8.AddHours(10), Grace));

        Assert.NotEqual(before.OperationKey, after.OperationKey);
        Assert.StartsWith($"{Housing:N}/10@", after.OperationKey, StringComparison.Ordinal);
    }

    private static WorkOrder Work(WorkOrderStatus status, params WorkOrderOperation[] operations) => new()
    {
        Id = Guid.NewGuid(), OrderId = Guid.NewGuid(), Status = status, Operations = [.. operations],
        Start = operations.Min(o => o.Operation.Start), End = operations.Max(o => o.Operation.End),
    };

    private static WorkOrderOperation Op(Guid part, int step, int startHour, int endHour, bool finished = false) =>
        new(new ScheduledOperation(part, part == Housing ? "Pump housing" : "Cover", step, "machining.milling.5axis", 60, Guid.NewGuid(), "5-axis mill",
                Guid.NewGuid(), Monday8.AddHours(startHour), Monday8.AddHours(endHour), 1000m),
            Guid.NewGuid(), QuantityDone: finished ? 60 : 0, FinishedAt: finished ? Monday8.AddHours(endHour) : null);
}
