namespace Cofab.Core.Orders;

/// <summary>
/// The order life cycle, in one place: Draft → Submitted → Quoted → Accepted → InProduction → Completed, and a draft or
/// a submitted order may be withdrawn. A submitted order that never asked for instant quotes becomes Accepted directly
/// when awarded RFQs (requests for quotation) cover all its operations. Anything else is refused with a sentence the user can act on.
/// </summary>
public static class OrderTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.Draft] = [OrderStatus.Submitted, OrderStatus.Withdrawn],
        [OrderStatus.Submitted] = [OrderStatus.Quoted, OrderStatus.Accepted, OrderStatus.Withdrawn],
        [OrderStatus.Quoted] = [OrderStatus.Accepted],
        [OrderStatus.Accepted] = [OrderStatus.InProduction],
        [OrderStatus.InProduction] = [OrderStatus.Completed],
        [OrderStatus.Completed] = [],
        [OrderStatus.Withdrawn] = [],
    };

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>Null when <paramref name="from"/> may become <paramref name="to"/>; otherwise why not.</summary>
    public static string? Check(OrderStatus from, OrderStatus to)
    {
        if (IsAllowed(from, to)) return null;
        if (from == to) return $"The order is already {Describe(from)}.";
        return (from, to) switch
        {
            (OrderStatus.Withdrawn, _) => "The order was withdrawn; copy it into a new draft to order again.",
            (OrderStatus.Completed, _) => "The order is completed; nothing more can change.",
            (_, OrderStatus.Withdrawn) => $"The order is {Describe(from)}; only a draft or a submitted order can be withdrawn.",
            (_, OrderStatus.Submitted) => $"The order is {Describe(from)}; only a draft can be submitted.",
            _ => $"An order that is {Describe(from)} cannot become {Describe(to)}.",
        };
    }

    /// <summary>Drafts are edited; every later state is a commitment made to others.</summary>
    public static bool IsEditable(OrderStatus status) => status == OrderStatus.Draft;

    private static string Describe(OrderStatus status) => status switch
    {
        OrderStatus.InProduction => "in production",
        _ => status.ToString().ToLowerInvariant(),
    };
}
