using Cofab.Core.Geography;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Core.Resources;
using Cofab.Platform.Features.Quotes;
using Cofab.Scheduling.Model;
using Cofab.Scheduling.Solving;
using Cofab.Scheduling.Validation;

namespace Cofab.Tests.Quotes;

public sealed class QuoteProblemBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 30, TimeSpan.Zero);
    private static readonly GeoPoint Ningbo = new(29.87, 121.54);
    private static readonly GeoPoint Hangzhou = new(30.27, 120.16);
    private static readonly GeoPoint Delivery = new(29.82, 121.55);
    private static readonly Guid NingboWorks = Guid.NewGuid();
    private static readonly Guid HangzhouWorks = Guid.NewGuid();
    private static readonly QuoteOptions Options = new();

    private static readonly QuoteCandidate Mill = Machine("5-axis mill", NingboWorks, Ningbo, setup: 30, unit: 2.5m, rate: 240);
    private static readonly QuoteCandidate MillHz = Machine("Hangzhou mill", HangzhouWorks, Hangzhou, setup: 20, unit: 2m, rate: 300);
    private static readonly QuoteCandidate Lathe = Machine("CNC lathe", NingboWorks, Ningbo, setup: 15, unit: 1.2m, rate: 180);
    private static readonly QuoteCandidate Fitter = Machine("Assembly bench", HangzhouWorks, Hangzhou, setup: 0, unit: 0.5m, rate: 90);

    private static QuoteCandidate Machine(string name, Guid enterprise, GeoPoint at, decimal setup, decimal unit, decimal rate) =>
        new(Guid.NewGuid(), name, enterprise, enterprise == NingboWorks ? "Ningbo Works" : "Hangzhou Works", at, null, setup, unit,
            [new PriceTerm { Model = PricingModel.PerHour, Rate = rate, SetupCharge = 100 }]);

    private static RoutingStep Step(int number, string process, params int[] predecessors) =>
        new() { Number = number, Requirement = new OperationRequirement { ProcessCode = process }, Predecessors = [.. predecessors] };

    /// <summary>A shaft and a housing; the housing is milled and turned in parallel, then assembled.</summary>
    private static List<PlanningPart> TwoParts()
    {
        var housing = new OrderPart
        {
            Id = Guid.NewGuid(), Name = "Housing", Quantity = 40, DueDate = Now.AddDays(10),
            Routing = [Step(10, "machining.milling"), Step(20, "machining.turning", []), Step(30, "assembly.mechanical", 10, 20)],
        };
        var shaft = new OrderPart
        {
            Id = Guid.NewGuid(), Name = "Shaft", Quantity = 10, DueDate = Now.AddDays(5),
            Routing = [Step(10, "machining.turning"), Step(20, "machining.milling", 10)],
        };
        return
        [
            new PlanningPart(housing, null, [[Mill, MillHz], [Lathe], [Fitter]]),
            new PlanningPart(shaft, null, [[Lathe], [Mill, MillHz]]),
        ];
    }

    [Fact]
    public void Parts_become_jobs_whose_operations_follow_the_routing_DAG_and_end_at_the_delivery_site()
    {
        var plan = QuoteProblemBuilder.Build("t", PlanningClock.StartingAt(Now), TwoParts(), Delivery, new Dictionary<Guid, MachineTime>(), Options);
        var problem = plan.Problem;

        Assert.Equal(["Housing", "Shaft"], problem.Jobs.Select(j => j.Name));
        var housing = problem.Jobs[0].Operations;
        Assert.Equal(4, housing.Count);
        Assert.Empty(housing[0].Predecessors);
        Assert.Empty(housing[1].Predecessors);
        Assert.Equal([0, 1], housing[2].Predecessors);
        Assert.Equal([2], housing[3].Predecessors);
        Assert.Equal([0], problem.Jobs[1].Operations[1].Predecessors);
        Assert.Equal([1], problem.Jobs[1].Operations[2].Predecessors);

        // The delivery step: zero length, on the virtual machine of the delivery site.
        var deliver = Assert.Single(housing[3].Alternatives);
        Assert.Equal(0, deliver.Occupancy);
        Assert.Equal(QuoteProblemBuilder.DeliveryName, problem.Factories[problem.Machines[deliver.Machine].Factory].Name);

        // Due dates in minutes from the planning origin (the request time rounded up to a whole minute).
        Assert.Equal(Now.AddSeconds(30), plan.Clock.Origin);
        Assert.Equal(10 * 24 * 60 - 1, problem.Jobs[0].Due);
        Assert.Equal(0, problem.Jobs[0].Release);
    }

    [Fact]
    public void Each_candidate_is_an_alternative_with_setup_and_quantity_times_unit_time_in_whole_minutes()
    {
        var plan = QuoteProblemBuilder.Build("t", PlanningClock.StartingAt(Now), TwoParts(), Delivery, new Dictionary<Guid, MachineTime>(), Options);

        var milling = plan.Problem.Jobs[0].Operations[0].Alternatives;
        Assert.Equal(2, milling.Count);
        Assert.Equal((Mill.ResourceId, 30L, 100L), (plan.Machines[milling[0].Machine]!.ResourceId, milling[0].Setup, milling[0].Duration));
        Assert.Equal((MillHz.ResourceId, 20L, 80L), (plan.Machines[milling[1].Machine]!.ResourceId, milling[1].Setup, milling[1].Duration));
        // The lathe serves both parts: one machine, used twice.
        Assert.Equal(plan.Problem.Jobs[0].Operations[1].Alternatives[0].Machine, plan.Problem.Jobs[1].Operations[0].Alternatives[0].Machine);
        Assert.Equal(12, plan.Problem.Jobs[1].Operations[0].Alternatives[0].Duration);
        // Machine cost per minute in fen, averaged over its uses: housing 620 CNY for 130 min, shaft 320 CNY for 55 min.
        var mill = plan.Problem.Machines[milling[0].Machine];
        Assert.Equal((long)Math.Round(((62000.0 / 130) + (32000.0 / 55)) / 2), mill.CostPerTimeUnit);
    }

    [Fact]
    public void Providers_are_factories_with_transport_times_and_costs_from_their_distances()
    {
        var plan = QuoteProblemBuilder.Build("t", PlanningClock.StartingAt(Now), TwoParts(), Delivery, new Dictionary<Guid, MachineTime>(), Options);
        var problem = plan.Problem;

        Assert.Equal(3, problem.Factories.Count);
        Assert.Equal(problem.Machines[0].Factory, problem.Machines[2].Factory); // mill and lathe of Ningbo Works
        var ningbo = plan.FactoryEnterprises.ToList().IndexOf(NingboWorks);
        var hangzhou = plan.FactoryEnterprises.ToList().IndexOf(HangzhouWorks);
        var km = Ningbo.DistanceKmTo(Hangzhou);
        Assert.Equal(Options.TransportMinutes(km), problem.FactoryTransportTime(ningbo, hangzhou));
        Assert.Equal(problem.FactoryTransportTime(ningbo, hangzhou), problem.FactoryTransportTime(hangzhou, ningbo));
        Assert.Equal(0, problem.FactoryTransportTime(ningbo, ningbo));
        Assert.Equal((long)Math.Round(km * 3.5 * 100), problem.FactoryTransportCost(ningbo, hangzhou), tolerance: 1);
        Assert.Equal(Options.HandlingMinutes + 1, problem.FactoryTransportTime(ningbo, 2), tolerance: 10); // delivery site is a few km away
    }

    [Fact]
    public void Bookings_block_whole_minutes_and_short_shifts_stretch_long_lots_instead_of_blocking_them()
    {
        var clock = PlanningClock.StartingAt(Now);
        var booked = (clock.Origin.AddMinutes(60.5), clock.Origin.AddMinutes(120.2));
        var night = (clock.Origin.AddHours(8), clock.Origin.AddHours(24));
        var time = new Dictionary<Guid, MachineTime>
        {
            [Lathe.ResourceId] = new([night], [booked], WorkingShare: 1.0 / 3, LongestWorkingSpan: TimeSpan.FromHours(8)),
            [Mill.ResourceId] = new([night], [], WorkingShare: 1.0 / 3, LongestWorkingSpan: TimeSpan.FromMinutes(60)),
        };

        var plan = QuoteProblemBuilder.Build("t", clock, TwoParts(), Delivery, time, Options);

        var lathe = plan.Problem.Machines[plan.Problem.Jobs[1].Operations[0].Alternatives[0].Machine];
        Assert.Equal([new TimeWindow(60, 121), new TimeWindow(480, 1440)], lathe.Unavailable);
        var millAlternative = plan.Problem.Jobs[0].Operations[0].Alternatives[0];
        Assert.Empty(plan.Problem.Machines[millAlternative.Machine].Unavailable);
        Assert.Equal((90L, 300L), (millAlternative.Setup, millAlternative.Duration));
    }

    [Fact]
    public void A_solved_plan_is_valid_and_composes_into_a_quote_whose_price_adds_up()
    {
        var plan = QuoteProblemBuilder.Build("t", PlanningClock.StartingAt(Now), TwoParts(), Delivery, new Dictionary<Guid, MachineTime>(), Options);
        var problem = plan.With(new ObjectiveSpec([new ObjectiveTerm(ObjectiveKind.Cost)]));

        var result = Scheduler.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(2), Workers = 1 }, TestContext.Current.CancellationToken);
        Assert.NotNull(result.Schedule);
        Assert.True(ScheduleValidator.Validate(problem, result.Schedule).IsValid);

        var quote = QuoteComposer.Compose(plan, result.Schedule, QuoteOption.Cheapest, "test", Guid.NewGuid(), Guid.NewGuid(), Now, Options);
        Assert.Equal(5, quote.Operations.Count);
        Assert.True(quote.DeliveryDate >= quote.Operations.Max(o => o.End));
        var b = quote.Breakdown;
        Assert.Equal(b.Lines.Sum(l => l.Amount) + b.Transport.Sum(t => t.Amount) + b.PlatformFee, quote.Total);
        // The assembly bench is in Hangzhou: at least the turned housing travels there, and every part travels to the customer.
        Assert.Contains(b.Transport, t => t.ToEnterpriseId == HangzhouWorks);
        Assert.Equal(2, b.Transport.Count(t => t.ToEnterpriseId is null));
        Assert.All(quote.Operations, o => Assert.Equal(o.Price, b.Lines.Single(l => l.PartId == o.PartId && l.Step == o.Step).Amount));
    }
}
