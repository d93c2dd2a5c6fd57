using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// One operation of an order the operator asks about; with <see cref="Provider"/> the left-out machines are only that
/// provider's (when a factory asks why it got nothing).
/// </summary>
public sealed record OrderOperationRef(Guid OrderId, Guid PartId, int Step, Guid? Provider = null);

/// <summary>One operation of an order, as matching saw it: the search it made and its answer.</summary>
public sealed record OrderOperationMatching(
    Guid OrderId,
    string OrderTitle,
    Guid PartId,
    string PartName,
    int Step,
    string ProcessCode,
    int Quantity,
    DateTimeOffset DueDate,
    CandidateResult Result);

/// <summary>
/// The operator's (and the regulator's) view of matching for one operation of any member's order: the ranked candidates
/// and, for every machine of the process that was left out, each reason. The search is the one quotes make (the part's
/// quantity, its due date, the order's delivery point). Reading another member's order this way is recorded.
/// </summary>
public sealed class ExplainOrderMatching(AppDbContext db, FindCandidates find, AuditTrail audit)
{
    public const int ExclusionLimit = 200;

    public async Task<Result<OrderOperationMatching>> HandleAsync(OrderOperationRef operation, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!caller.SeesAll) return Failure.Forbidden("Matching explanations for an order are for the platform operator and the regulator.");
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == operation.OrderId, ct);
        if (order is null) return Failure.NotFound($"No order {operation.OrderId}.");
        var part = order.Parts.FirstOrDefault(p => p.Id == operation.PartId);
        if (part is null) return Failure.Invalid("partId", $"The order has no part {operation.PartId}.");
        var step = part.Routing.FirstOrDefault(s => s.Number == operation.Step);
        if (step is null) return Failure.Invalid("step", $"Part \"{part.Name}\" has no step {operation.Step}; its steps are {string.Join(", ", part.Routing.Select(s => s.Number))}.");

        var search = new CandidateSearch(step.Requirement with { Quantity = part.Quantity }, part.DueDate, order.DeliveryLocation.Latitude,
            order.DeliveryLocation.Longitude, Limit: 20, QuotePlanner.PartValue(order, part, order.Parts.Sum(p => p.Quantity)), ExclusionLimit, operation.Provider);
        var result = await find.HandleAsync(search, caller, ct);
        if (!result.Succeeded) return result.Failure!;

        audit.Record(caller, "matching.order-explained", "order", order.Id.ToString(), order.DemanderEnterpriseId, $"{part.Name} step {step.Number} ({step.ProcessCode})");
        await db.SaveChangesAsync(ct);
        return new OrderOperationMatching(order.Id, order.Title, part.Id, part.Name, step.Number, step.ProcessCode, part.Quantity, part.DueDate, result.Value);
    }
}
