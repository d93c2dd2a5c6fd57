namespace Cofab.Core.Quotes;

/// <summary>
/// The work order life cycle in one place: Released → Accepted or Declined; Accepted → InProgress → Done → Inspected →
/// Shipped → Received. A lot that fails inspection and is sent back for rework goes from Done to InProgress again.
/// Anything else is refused with a sentence the user can act on.
/// </summary>
public static class WorkOrderTransitions
{
    private static readonly Dictionary<WorkOrderStatus, WorkOrderStatus[]> Allowed = new()
    {
        [WorkOrderStatus.Released] = [WorkOrderStatus.Accepted, WorkOrderStatus.Declined],
        [WorkOrderStatus.Accepted] = [WorkOrderStatus.InProgress],
        [WorkOrderStatus.Declined] = [],
        [WorkOrderStatus.InProgress] = [WorkOrderStatus.Done],
        [WorkOrderStatus.Done] = [WorkOrderStatus.Inspected, WorkOrderStatus.InProgress],
        [WorkOrderStatus.Inspected] = [WorkOrderStatus.Shipped],
        [WorkOrderStatus.Shipped] = [WorkOrderStatus.Received],
        [WorkOrderStatus.Received] = [],
    };

    public static bool IsAllowed(WorkOrderStatus from, WorkOrderStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Null when <paramref name="from"/> may become <paramref name="to"/>; otherwise why not.</summary>
    public static string? Check(WorkOrderStatus from, WorkOrderStatus to)
    {
        if (IsAllowed(from, to)) return null;
        if (from == to) return $"The work order is already {Describe(from)}.";
        return (from, to) switch
        {
            (WorkOrderStatus.Declined, _) => "The work order was declined; its operations go to another provider.",
            (WorkOrderStatus.Received, _) => "The work order was received; nothing more can change.",
            (WorkOrderStatus.Released, _) => "The provider has not accepted the work order yet; accept it first.",
            (_, WorkOrderStatus.Inspected) => $"The work order is {Describe(from)}; a lot is inspected once the provider reports it done.",
            (_, WorkOrderStatus.Shipped) => $"The work order is {Describe(from)}; a lot ships once it has passed inspection.",
            (_, WorkOrderStatus.Received) => $"The work order is {Describe(from)}; a lot can be received once it has shipped.",
            _ => $"A work order that is {Describe(from)} cannot become {Describe(to)}.",
        };
    }

    /// <summary>From acceptance until it ships, the provider is working on it: progress may be reported.</summary>
    public static bool IsUnderway(WorkOrderStatus status) => status is WorkOrderStatus.Accepted or WorkOrderStatus.InProgress;

    private static string Describe(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}
