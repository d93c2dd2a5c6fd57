using Cofab.Core.Geography;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Platform.Features.Quotes;
using Cofab.Platform.Features.Tracking;
using Cofab.Scheduling.Solving;
using Cofab.Scheduling.Validation;

namespace Cofab.Tests.Tracking;

public sealed class RescheduleProblemBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 20, TimeSpan.Zero);
    private static readonly Guid Ningbo = Guid.NewGuid();
    private static readonly Guid Hangzhou = Guid.NewGuid();
    private static readonly Guid Mill = Guid.NewGuid();
    private static readonly Guid Anodizer = Guid.NewGuid();
    private static readonly Guid Cmm = Guid.NewGuid();

    [Fact]
    public void Remaining_work_waits_for_unfinished_predecessors_through_finished_ones_and_avoids_other_bookings()
    {
        // Step 10 is finished; 20 (half done) and 30 remain; 40 follows 30 at the other provider.
        var part = Part(Now.AddDays(1), (10, []), (20, [10]), (30, [20]), (40, [30]));
        var ningbo = Work(Ningbo,
            Op(part, 10, Mill, Ningbo, -300, -120, done: 60, finished: true),
            Op(part, 20, Mill, Ningbo, -120, -20, done: 30),
            Op(part, 30, Anodizer, Ningbo, 0, 90));
        var hangzhou = Work(Hangzhou, Op(part, 40, Cmm, Hangzhou, 200, 260));
        var remaining = new[] { ningbo, hangzhou }.SelectMany(w => w.Operations.Where(o => o.FinishedAt is null).Select(o => new RemainingOperation(w, o))).ToList();
        var clock = PlanningClock.StartingAt(Now);
        // The mill is booked by someone else for the next hour.
        var busy = new Dictionary<Guid, MachineTime> { [Mill] = new([], [(Now, Now.AddMinutes(60))], 1, null) };
        var machines = new Dictionary<Guid, BookedMachine>
        {
            [Mill] = new(Mill, Ningbo, new GeoPoint(29.87, 121.54)),
            [Anodizer] = new(Anodizer, Ningbo, new GeoPoint(29.87, 121.54)),
            [Cmm] = new(Cmm, Hangzhou, new GeoPoint(30.27, 120.16)),
        };

        var plan = RescheduleProblemBuilder.Build("late", clock, [part], remaining, machines, busy, new QuoteOptions().TransportMinutes);

        var job = Assert.Single(plan.Problem.Jobs);
        Assert.Equal([20, 30, 40], plan.Jobs[0].Select(r => r.Operation.Operation.Step));
        Assert.Empty(job.Operations[0].Predecessors);
        Assert.Equal([0], job.Operations[1].Predecessors);
        Assert.Equal(50, job.Operations[0].Alternatives.Single().Duration);
        var result = Scheduler.Solve(plan.Problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(1), Workers = 1 }, TestContext.Current.CancellationToken);
        Assert.NotNull(result.Schedule);
        Assert.True(ScheduleValidator.Validate(plan.Problem, result.Schedule).IsValid);
        var milling = result.Schedule[0, 0];
        Assert.True(clock.ToInstant(milling.Start) >= Now.AddMinutes(60), "the mill's other booking was run over");
        Assert.True(result.Schedule[0, 1].Start >= milling.End);
        // Ningbo to Hangzhou is a real trip: the inspection waits for the truck, not just for the anodizing.
        Assert.True(result.Schedule[0, 2].Start >= result.Schedule[0, 1].End + plan.Problem.TransportTime(1, 2));
        Assert.True(plan.Problem.TransportTime(1, 2) > 60);
    }

    private static OrderPart Part(DateTimeOffset due, params (int Number, int[] Predecessors)[] steps) => new()
    {
        Id = Guid.NewGuid(), Name = "Pump housing", Quantity = 60, DueDate = due,
        Routing = [.. steps.Select(s => new RoutingStep { Number = s.Number, Requirement = new OperationRequirement { ProcessCode = "p" + s.Number }, Predecessors = [.. s.Predecessors] })],
    };

    private static WorkOrder Work(Guid provider, params WorkOrderOperation[] operations) => new()
    {
        Id = Guid.NewGuid(), ProviderEnterpriseId = provider, Status = WorkOrderStatus.InProgress, Operations = [.. operations],
    };

    private static WorkOrderOperation Op(OrderPart part, int step, Guid machine, Guid provider, int startMinute, int endMinute, int done = 0, bool finished = false) =>
        new(new ScheduledOperation(part.Id, part.Name, step, "p" + step, part.Quantity, machine, "m-" + step, provider, Now.AddMinutes(startMinute), Now.AddMinutes(endMinute), 100m),
            Guid.NewGuid(), QuantityDone: done, FinishedAt: finished ? Now.AddMinutes(endMinute) : null);
}
