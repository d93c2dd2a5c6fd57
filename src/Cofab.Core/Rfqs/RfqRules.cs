using Cofab.Core.Orders;
using Cofab.Core.Quotes;

namespace Cofab.Core.Rfqs;

/// <summary>The pure rules of an RFQ: what may be asked, what a bid may say, and how an awarded bid becomes a plan.</summary>
public static class RfqRules
{
    public const int MaxNoteLength = 1000;
    public const int MinLeadTimeDays = 1;
    public const int MaxLeadTimeDays = 365;
    public const decimal MaxPrice = 1_000_000_000m;

    /// <summary>
    /// The operations an RFQ covers, in routing order (parts in order, steps topologically within a part): every
    /// operation for the whole order, otherwise those named. Field errors are keyed like the request body.
    /// </summary>
    public static (IReadOnlyList<RfqOperation> Scope, Dictionary<string, string[]> Errors) ResolveScope(Order order, bool wholeOrder, IReadOnlyList<RfqOperation>? requested)
    {
        ArgumentNullException.ThrowIfNull(order);
        var errors = new Dictionary<string, string[]>();
        var all = Operations(order);
        if (wholeOrder)
        {
            if (requested is { Count: > 0 }) errors["operations"] = ["Name operations or ask for the whole order, not both."];
            return (all, errors);
        }
        if (requested is null || requested.Count == 0)
        {
            errors["operations"] = ["Choose at least one operation (part and step), or ask for the whole order."];
            return ([], errors);
        }
        for (var i = 0; i < requested.Count; i++)
        {
            if (!all.Contains(requested[i])) errors[$"operations[{i}]"] = [$"The order has no step {requested[i].Step} of part {requested[i].PartId}."];
            else if (requested.Take(i).Contains(requested[i])) errors[$"operations[{i}]"] = ["This operation is listed twice."];
        }
        var wanted = requested.ToHashSet();
        return ([.. all.Where(wanted.Contains)], errors);
    }

    /// <summary>Every operation of the order in routing order.</summary>
    public static IReadOnlyList<RfqOperation> Operations(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return [.. order.Parts.SelectMany(p => RoutingGraph.TopologicalOrder(p.Routing).Select(i => new RfqOperation(p.Id, p.Routing[i].Number)))];
    }

    /// <summary>Null when the bid deadline is in the future and at most <paramref name="maxDays"/> away; otherwise why not.</summary>
    public static string? CheckDeadline(DateTimeOffset deadline, DateTimeOffset now, int maxDays)
    {
        if (deadline <= now) return "The bid deadline must be in the future.";
        if (deadline > now.AddDays(maxDays)) return $"The bid deadline may be at most {maxDays} days away.";
        return null;
    }

    /// <summary>Field errors of a bid's figures: a positive price, a lead time of 1..365 days, a note of bounded length.</summary>
    public static Dictionary<string, string[]> ValidateBid(decimal price, int leadTimeDays, string? note)
    {
        var errors = new Dictionary<string, string[]>();
        if (price <= 0) errors["price"] = ["The price must be more than 0 yuan."];
        else if (price > MaxPrice) errors["price"] = [$"The price may be at most {MaxPrice:N0} yuan."];
        else if (decimal.Round(price, 2) != price) errors["price"] = ["The price is in yuan with at most two decimals (fen)."];
        if (leadTimeDays is < MinLeadTimeDays or > MaxLeadTimeDays)
            errors["leadTimeDays"] = [$"The lead time is {MinLeadTimeDays} to {MaxLeadTimeDays} days from the award."];
        if (note is { Length: > MaxNoteLength }) errors["note"] = [$"The note may be at most {MaxNoteLength} characters."];
        return errors;
    }

    /// <summary>
    /// The work order plan of an awarded bid. Each part's operations of the scope share the lead time equally, one after
    /// another in routing order (parts run side by side), starting at <paramref name="now"/>; the price is split over the
    /// operations pro rata to their quantity, to the fen, the last operation taking the rounding rest so the sum is exact.
    /// </summary>
    public static IReadOnlyList<ScheduledOperation> Plan(Order order, IReadOnlyList<RfqOperation> scope, Guid providerEnterpriseId, Guid resourceId,
        string resourceName, decimal price, int leadTimeDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Count == 0) throw new ArgumentException("An RFQ covers at least one operation.", nameof(scope));
        var parts = order.Parts.ToDictionary(p => p.Id);
        var totalQuantity = scope.Sum(o => (long)parts[o.PartId].Quantity);
        var lead = TimeSpan.FromDays(leadTimeDays);
        var planned = new List<ScheduledOperation>(scope.Count);
        var allotted = 0m;
        foreach (var group in scope.Select((op, index) => (op, index)).GroupBy(x => x.op.PartId))
        {
            var steps = group.ToList();
            for (var i = 0; i < steps.Count; i++)
            {
                var (op, index) = steps[i];
                var part = parts[op.PartId];
                var step = part.Routing.Single(s => s.Number == op.Step);
                var share = index == scope.Count - 1 ? price - allotted : decimal.Round(price * part.Quantity / totalQuantity, 2, MidpointRounding.ToZero);
                allotted += share;
                planned.Add(new ScheduledOperation(part.Id, part.Name, op.Step, step.ProcessCode, part.Quantity, resourceId, resourceName, providerEnterpriseId,
                    now + (lead * i / steps.Count), now + (lead * (i + 1) / steps.Count), share));
            }
        }

        // Back in scope order, which is routing order.
        return [.. scope.Select(o => planned.Single(p => p.PartId == o.PartId && p.Step == o.Step))];
    }

    /// <summary>Whether every operation of the order is among <paramref name="covered"/> (operations of live work orders).</summary>
    public static bool AllCovered(Order order, IReadOnlySet<RfqOperation> covered)
    {
        ArgumentNullException.ThrowIfNull(covered);
        return Operations(order).All(covered.Contains);
    }
}
