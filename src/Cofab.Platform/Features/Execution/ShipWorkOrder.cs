using Cofab.Core.Execution;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Execution;

/// <summary>
/// The provider ships an inspected lot. Each part goes to the provider holding its next routing step, or to the demander
/// when none does (see <see cref="TransportPlan"/>); one transport leg is recorded per destination.
/// </summary>
public sealed class ShipWorkOrder(AppDbContext db, WorkOrderChanges changes, TimeProvider clock)
{
    public async Task<Result<ShipmentView>> HandleAsync(Guid id, ShipWorkOrderInput? input, Caller caller, CancellationToken ct)
    {
        var loaded = await changes.LoadForProviderAsync(id, caller, "ship it", ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var work = loaded.Value;
        var carrier = Trimmed(input?.Carrier);
        var tracking = Trimmed(input?.TrackingNumber);
        if (carrier is { Length: > TransportLeg.MaxCarrierLength })
            return Failure.Invalid("carrier", $"The carrier may be at most {TransportLeg.MaxCarrierLength} characters.");
        if (tracking is { Length: > TransportLeg.MaxTrackingNumberLength })
            return Failure.Invalid("trackingNumber", $"The tracking number may be at most {TransportLeg.MaxTrackingNumberLength} characters.");
        if (WorkOrderTransitions.Check(work.Status, WorkOrderStatus.Shipped) is { } refusal) return Failure.Conflict(refusal);

        var planned = await PlanAsync(work, ct);
        var now = clock.GetUtcNow();
        var legs = planned.Select(p => new TransportLeg
        {
            Id = Guid.NewGuid(), OrderId = work.OrderId, FromWorkOrderId = work.Id, FromEnterpriseId = work.ProviderEnterpriseId,
            ToEnterpriseId = p.ToEnterpriseId, ToWorkOrderId = p.ToWorkOrderId, Parts = string.Join(", ", p.Parts),
            PlannedDeparture = p.PlannedDeparture, PlannedArrival = p.PlannedArrival, ActualDeparture = now,
            Carrier = carrier, TrackingNumber = tracking, ShippedBy = caller.UserId, Version = Guid.NewGuid(),
        }).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.TransportLegs.AddRange(legs);
        var detail = new { legs = legs.Select(ExecutionViews.LedgerPayload) };
        if (await changes.MoveAsync(work, WorkOrderStatus.Shipped, caller, detail, legs.Select(l => l.ToEnterpriseId), ct) is { } refused) return refused;
        if (await db.SaveOrConflictAsync(WorkOrderChanges.ConflictMessage, ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return new ShipmentView(QuoteViews.ToView(work), [.. legs.Select(ExecutionViews.ToView)]);
    }

    private async Task<IReadOnlyList<PlannedLeg>> PlanAsync(WorkOrder work, CancellationToken ct)
    {
        var siblings = await db.WorkOrders.AsNoTracking()
            .Where(w => w.OrderId == work.OrderId && w.Id != work.Id && w.Status != WorkOrderStatus.Declined)
            .ToListAsync(ct);
        var operations = siblings.Append(work)
            .SelectMany(w => w.Operations.Select(o => new RoutedOperation(w.Id, w.ProviderEnterpriseId, o.Operation)))
            .ToList();
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == work.OrderId, ct);
        var dueDates = order.Parts.ToDictionary(p => p.Id, p => p.DueDate);
        return TransportPlan.Legs(work.Id, operations, dueDates, work.DemanderEnterpriseId);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
