using Cofab.Core.Geography;
using Cofab.Core.Orders;
using Cofab.Core.Pricing;
using Cofab.Scheduling.Model;

namespace Cofab.Platform.Features.Quotes;

/// <summary>A part to plan, with the candidates of each routing step in the order of <see cref="OrderPart.Routing"/>.</summary>
public sealed record PlanningPart(OrderPart Part, decimal? PartValue, IReadOnlyList<IReadOnlyList<QuoteCandidate>> Candidates);

/// <summary>
/// A machine's time that is not offered over the horizon: <see cref="NonWorking"/> from its site calendar and
/// <see cref="Booked"/> by active bookings, and the longest working span (null = no calendar, always working).
/// </summary>
public sealed record MachineTime(IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> NonWorking, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Booked, double WorkingShare, TimeSpan? LongestWorkingSpan);

/// <summary>What an operation index in the problem stands for: a routing step, or the part's arrival at the delivery site.</summary>
public sealed record PlannedStep(OrderPart Part, decimal? PartValue, RoutingStep? Step);

/// <summary>The problem and the way back from its indexes to the order, the machines and the providers.</summary>
public sealed record QuotePlan(
    SchedulingProblem Problem,
    PlanningClock Clock,
    IReadOnlyList<QuoteCandidate?> Machines,
    IReadOnlyList<Guid?> FactoryEnterprises,
    IReadOnlyList<IReadOnlyList<PlannedStep>> Steps,
    GeoPoint Delivery)
{
    public SchedulingProblem With(ObjectiveSpec objective) => new(Problem.Name, Problem.Factories, Problem.Machines, Problem.Jobs, objective,
        Matrix(Problem.Factories.Count, Problem.FactoryTransportTime), Matrix(Problem.Factories.Count, Problem.FactoryTransportCost));

    private static long[,] Matrix(int n, Func<int, int, long> cell)
    {
        var m = new long[n, n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) m[i, j] = cell(i, j);
        return m;
    }
}

/// <summary>
/// Turns an order and its candidates into one multi-factory job shop:
/// <list type="bullet">
/// <item>one job per part (its whole quantity as one lot), released now, due at the part's due date;</item>
/// <item>one operation per routing step, predecessors from the routing DAG, one alternative per candidate machine with
/// setup = the capability's setup time and duration = quantity × unit time, in whole minutes (rounded up);</item>
/// <item>machines grouped into factories by provider enterprise; transport time between factories = great-circle km ÷
/// speed + handling, transport cost = the distance rate in fen;</item>
/// <item>a last, zero-length "deliver" operation on a virtual machine at the delivery site after the routing's last
/// steps, so a job completes when it arrives: makespan, tardiness and cost all include the final shipment;</item>
/// <item>busy time as unavailable intervals: bookings always; the site calendar's non-working time when every lot the
/// machine may get fits in its longest working span. A longer lot could never fit between two nights in this
/// non-preemptive model, so for such a machine processing is stretched by its working share instead (40 machine-hours
/// on a site working a third of the day take 120 hours), and the booking then covers the nights in between.</item>
/// </list>
/// Machine cost (the "cost" objective) is each machine's average price per occupied minute over its alternatives, in fen:
/// exact for per-hour prices, an approximation for per-piece and by-value ones; quotes are priced exactly afterwards.
/// </summary>
public static class QuoteProblemBuilder
{
    public const string DeliveryName = "Delivery site";

    public static QuotePlan Build(string name, PlanningClock clock, IReadOnlyList<PlanningPart> parts, GeoPoint delivery,
        IReadOnlyDictionary<Guid, MachineTime> machineTime, QuoteOptions options)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(machineTime);
        ArgumentNullException.ThrowIfNull(options);
        var candidates = parts.SelectMany(p => p.Candidates.SelectMany(c => c)).DistinctBy(c => c.ResourceId).ToList();
        var enterprises = candidates.Select(c => c.EnterpriseId).Distinct().ToList();
        var factoryOf = enterprises.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        var machineOf = candidates.Select((c, i) => (c.ResourceId, i)).ToDictionary(x => x.ResourceId, x => x.i);
        var located = enterprises.Select(e => candidates.First(c => c.EnterpriseId == e)).ToList();

        var factories = located.Select((c, i) => new Factory($"F{i + 1}", c.EnterpriseName)).Append(new Factory("D", DeliveryName)).ToList();
        var points = located.Select(c => c.Location).Append(delivery).ToList();
        var n = points.Count;
        var time = new long[n, n];
        var cost = new long[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j) continue;
                var km = points[i].DistanceKmTo(points[j]);
                time[i, j] = options.TransportMinutes(km);
                cost[i, j] = Money.ToFen(TransportPricing.Charge(km, options.Rates));
            }
        }

        // Occupancy and price of every (step, candidate) first: machine costs and stretching need them all.
        var work = new List<(QuoteCandidate Candidate, long Setup, long Duration, decimal Price)>[parts.Count][];
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            work[p] = new List<(QuoteCandidate, long, long, decimal)>[part.Part.Routing.Count];
            for (var s = 0; s < part.Part.Routing.Count; s++)
            {
                var step = part.Part.Routing[s];
                work[p][s] = [.. part.Candidates[s].Select(c =>
                {
                    var setup = (long)Math.Ceiling(c.SetupMinutes);
                    var duration = (long)Math.Ceiling(part.Part.Quantity * c.UnitMinutes);
                    var price = OperationPricing.Price(c.Prices, new OperationWork(step.ProcessCode, part.Part.Quantity, c.SetupMinutes, c.UnitMinutes, part.PartValue))?.Amount ?? 0m;
                    return (c, setup, duration, price);
                })];
            }
        }

        var all = work.SelectMany(p => p.SelectMany(s => s)).ToList();
        var stretch = new double[candidates.Count];
        var machines = new List<Machine>();
        for (var m = 0; m < candidates.Count; m++)
        {
            var c = candidates[m];
            var uses = all.Where(w => w.Candidate.ResourceId == c.ResourceId).ToList();
            var longest = uses.Max(u => u.Setup + u.Duration);
            var busy = machineTime.GetValueOrDefault(c.ResourceId);
            var blocksCalendar = busy is null || busy.LongestWorkingSpan is not { } span || longest <= span.TotalMinutes;
            stretch[m] = blocksCalendar || busy!.WorkingShare <= 0 ? 1 : 1 / busy.WorkingShare;
            var unavailable = busy is null ? [] : Unavailable(clock, blocksCalendar ? busy.NonWorking.Concat(busy.Booked) : busy.Booked);
            var perMinute = uses.Average(u => (double)Money.ToFen(u.Price) / Math.Max(1, u.Setup + u.Duration));
            machines.Add(new Machine(m + 1, c.ResourceName, factoryOf[c.EnterpriseId], (long)Math.Round(perMinute)) { Unavailable = unavailable });
        }

        var deliveryMachine = machines.Count;
        machines.Add(new Machine(deliveryMachine + 1, DeliveryName, factories.Count - 1));

        var jobs = new List<Job>();
        var steps = new List<IReadOnlyList<PlannedStep>>();
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p].Part;
            var index = part.Routing.Select((s, i) => (s.Number, i)).ToDictionary(x => x.Number, x => x.i);
            var operations = part.Routing.Select((step, s) => new Operation(
                $"{part.Name} #{step.Number} {step.ProcessCode}",
                [.. work[p][s].Select(w =>
                {
                    var m = machineOf[w.Candidate.ResourceId];
                    return new Alternative(m, (long)Math.Ceiling(w.Duration * stretch[m]), (long)Math.Ceiling(w.Setup * stretch[m]));
                })],
                [.. step.Predecessors.Select(n => index[n])])).ToList();
            var sinks = Enumerable.Range(0, part.Routing.Count).Where(i => !part.Routing.Any(s => s.Predecessors.Contains(part.Routing[i].Number))).ToList();
            operations.Add(new Operation($"{part.Name} delivered", [new Alternative(deliveryMachine, 0)], sinks));
            jobs.Add(new Job(part.Name, operations) { Release = 0, Due = Math.Max(0, clock.MinutesFloor(part.DueDate)) });
            steps.Add([.. part.Routing.Select(s => new PlannedStep(part, parts[p].PartValue, s)), new PlannedStep(part, parts[p].PartValue, null)]);
        }

        var problem = new SchedulingProblem(name, factories, machines, jobs, ObjectiveSpec.Makespan, time, cost);
        return new QuotePlan(problem, clock, [.. candidates, null], [.. enterprises.Select(e => (Guid?)e), null], steps, delivery);
    }

    /// <summary>Busy instants as sorted, merged whole-minute windows from minute 0 on.</summary>
    internal static List<TimeWindow> Unavailable(PlanningClock clock, IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> busy)
    {
        var windows = busy
            .Select(b => (Start: Math.Max(0, clock.MinutesFloor(b.Start)), End: clock.MinutesCeiling(b.End)))
            .Where(w => w.End > w.Start)
            .OrderBy(w => w.Start)
            .ToList();
        var merged = new List<TimeWindow>();
        foreach (var (start, end) in windows)
        {
            if (merged.Count > 0 && start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, end) };
            else
                merged.Add(new TimeWindow(start, end));
        }
        return merged;
    }
}
