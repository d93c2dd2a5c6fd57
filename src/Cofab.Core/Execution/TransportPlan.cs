using Cofab.Core.Quotes;

namespace Cofab.Core.Execution;

/// <summary>An operation of the order together with the work order that holds it.</summary>
public sealed record RoutedOperation(Guid WorkOrderId, Guid ProviderEnterpriseId, ScheduledOperation Operation);

/// <summary>Where a shipped lot goes, which parts travel, and when it was planned to leave and arrive.</summary>
public sealed record PlannedLeg(Guid ToEnterpriseId, Guid? ToWorkOrderId, IReadOnlyList<string> Parts, DateTimeOffset PlannedDeparture, DateTimeOffset PlannedArrival);

/// <summary>
/// Works out the legs a finished work order ships on. Each of its parts goes to the work order holding the part's next
/// routing step (the lowest step number after this work order's last one for that part), or to the demander when no
/// step follows; parts with the same destination travel together.
/// </summary>
public static class TransportPlan
{
    public static IReadOnlyList<PlannedLeg> Legs(
        Guid shippingWorkOrderId,
        IReadOnlyList<RoutedOperation> orderOperations,
        IReadOnlyDictionary<Guid, DateTimeOffset> partDueDates,
        Guid demanderEnterpriseId)
    {
        var destinations = orderOperations
            .Where(o => o.WorkOrderId == shippingWorkOrderId)
            .GroupBy(o => o.Operation.PartId)
            .Select(part =>
            {
                var last = part.MaxBy(o => o.Operation.Step)!;
                var next = orderOperations
                    .Where(o => o.WorkOrderId != shippingWorkOrderId && o.Operation.PartId == part.Key && o.Operation.Step > last.Operation.Step)
                    .MinBy(o => o.Operation.Step);
                var arrival = next?.Operation.Start ?? (partDueDates.TryGetValue(part.Key, out var due) ? due : last.Operation.End);
                return (To: next?.ProviderEnterpriseId ?? demanderEnterpriseId, ToWork: next?.WorkOrderId, Part: last.Operation.PartName,
                    Departure: part.Max(o => o.Operation.End), Arrival: arrival);
            });
        return [.. destinations
            .GroupBy(d => (d.To, d.ToWork))
            .Select(g => new PlannedLeg(g.Key.To, g.Key.ToWork, [.. g.Select(d => d.Part).Distinct(StringComparer.Ordinal)],
                g.Max(d => d.Departure), g.Min(d => d.Arrival)))
            .OrderBy(l => l.PlannedDeparture)];
    }
}
