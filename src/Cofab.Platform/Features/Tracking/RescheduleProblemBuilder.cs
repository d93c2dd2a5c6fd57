using Cofab.Core.Geography;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Platform.Features.Quotes;
using Cofab.Scheduling.Model;

namespace Cofab.Platform.Features.Tracking;

/// <summary>An operation still to do, on the machine it is booked on.</summary>
public sealed record RemainingOperation(WorkOrder WorkOrder, WorkOrderOperation Operation);

/// <summary>A machine a remaining operation is booked on: where it stands (for transport between providers).</summary>
public sealed record BookedMachine(Guid ResourceId, Guid EnterpriseId, GeoPoint Location);

/// <summary>The problem and, per job and operation index, the remaining operation it stands for.</summary>
public sealed record ReschedulePlan(SchedulingProblem Problem, PlanningClock Clock, IReadOnlyList<IReadOnlyList<RemainingOperation>> Jobs);

/// <summary>
/// Turns an order's remaining operations into a scheduling problem that keeps every operation on its booked machine:
/// <list type="bullet">
/// <item>one job per part with remaining work, released at minute 0 (now), due at the part's due date;</item>
/// <item>one operation per remaining step with a single alternative (its machine) lasting the unfinished share of the
/// booked time; finished steps are left out and their successors wait on the nearest unfinished ancestors instead;</item>
/// <item>machines grouped into factories by provider, with the quotes' transport time between them;</item>
/// <item>each machine's other bookings always, and its calendar's non-working time when every remaining lot fits in its
/// longest working span (the same rule as <see cref="QuoteProblemBuilder"/>), as unavailable time.</item>
/// </list>
/// </summary>
public static class RescheduleProblemBuilder
{
    public static ReschedulePlan Build(string name, PlanningClock clock, IReadOnlyList<OrderPart> parts, IReadOnlyList<RemainingOperation> remaining,
        IReadOnlyDictionary<Guid, BookedMachine> machinesById, IReadOnlyDictionary<Guid, MachineTime> machineTime, Func<double, long> transportMinutes)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(remaining);
        ArgumentNullException.ThrowIfNull(machinesById);
        ArgumentNullException.ThrowIfNull(machineTime);
        ArgumentNullException.ThrowIfNull(transportMinutes);
        var resources = remaining.Select(r => r.Operation.Operation.ResourceId).Distinct().ToList();
        var enterprises = remaining.Select(r => r.Operation.Operation.ProviderEnterpriseId).Distinct().ToList();
        var factoryOf = enterprises.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => x.i);
        var machineOf = resources.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        var location = enterprises.Select(e => machinesById.Values.FirstOrDefault(m => m.EnterpriseId == e)?.Location).ToList();

        var factories = enterprises.Select((e, i) => new Factory($"F{i + 1}", $"{e:N}")).ToList();
        var time = new long[factories.Count, factories.Count];
        for (var i = 0; i < factories.Count; i++)
            for (var j = 0; j < factories.Count; j++)
                if (i != j && location[i] is { } a && location[j] is { } b) time[i, j] = transportMinutes(a.DistanceKmTo(b));

        var duration = remaining.ToDictionary(r => r, Occupancy);
        var machines = resources.Select((resourceId, m) =>
        {
            var first = remaining.First(r => r.Operation.Operation.ResourceId == resourceId).Operation.Operation;
            var longest = remaining.Where(r => r.Operation.Operation.ResourceId == resourceId).Max(r => duration[r]);
            var busy = machineTime.GetValueOrDefault(resourceId);
            var blocksCalendar = busy is null || busy.LongestWorkingSpan is not { } span || longest <= span.TotalMinutes;
            var unavailable = busy is null ? [] : QuoteProblemBuilder.Unavailable(clock, blocksCalendar ? busy.NonWorking.Concat(busy.Booked) : busy.Booked);
            return new Machine(m + 1, first.ResourceName, factoryOf[first.ProviderEnterpriseId]) { Unavailable = unavailable };
        }).ToList();

        var jobs = new List<Job>();
        var mapping = new List<IReadOnlyList<RemainingOperation>>();
        foreach (var part in parts)
        {
            var ops = remaining.Where(r => r.Operation.Operation.PartId == part.Id).OrderBy(r => r.Operation.Operation.Step).ToList();
            if (ops.Count == 0) continue;
            var indexOf = ops.Select((r, i) => (r.Operation.Operation.Step, i)).ToDictionary(x => x.Step, x => x.i);
            var operations = ops.Select(r =>
            {
                var op = r.Operation.Operation;
                var predecessors = RemainingAncestors(part, op.Step, indexOf).Select(s => indexOf[s]).Distinct().Order().ToList();
                return new Operation($"{part.Name} #{op.Step} {op.ProcessCode}", [new Alternative(machineOf[op.ResourceId], duration[r])], predecessors);
            }).ToList();
            jobs.Add(new Job(part.Name, operations) { Release = 0, Due = Math.Max(0, clock.MinutesFloor(part.DueDate)) });
            mapping.Add(ops);
        }

        var objective = new ObjectiveSpec([new ObjectiveTerm(ObjectiveKind.WeightedTardiness, 10), new ObjectiveTerm(ObjectiveKind.Makespan)]);
        return new ReschedulePlan(new SchedulingProblem(name, factories, machines, jobs, objective, time), clock, mapping);
    }

    /// <summary>The unfinished share of the booked time, in whole minutes (at least one: the operation is still open).</summary>
    public static long Occupancy(RemainingOperation remaining)
    {
        ArgumentNullException.ThrowIfNull(remaining);
        var op = remaining.Operation;
        var planned = (op.Operation.End - op.Operation.Start).TotalMinutes;
        var quantity = op.Operation.Quantity;
        var share = quantity <= 0 ? 1 : Math.Clamp((double)(quantity - op.QuantityDone - op.QuantityScrapped) / quantity, 0, 1);
        return Math.Max(1, (long)Math.Ceiling(planned * share));
    }

    /// <summary>The nearest steps before <paramref name="step"/> that are still open, looking through finished ones.</summary>
    private static IEnumerable<int> RemainingAncestors(OrderPart part, int step, IReadOnlyDictionary<int, int> open)
    {
        var routing = part.Routing.ToDictionary(s => s.Number);
        var seen = new HashSet<int>();
        var stack = new Stack<int>(routing.TryGetValue(step, out var own) ? own.Predecessors : []);
        while (stack.Count > 0)
        {
            var candidate = stack.Pop();
            if (!seen.Add(candidate)) continue;
            if (open.ContainsKey(candidate)) yield return candidate;
            else if (routing.TryGetValue(candidate, out var finished)) foreach (var p in finished.Predecessors) stack.Push(p);
        }
    }
}
