using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Orders;

/// <summary>Replace a draft's content; the version read must still be current, so two editors never overwrite each other.</summary>
public sealed class UpdateDraftOrder(AppDbContext db, GetTaxonomy taxonomy, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<OrderView>> HandleAsync(Guid id, OrderInput input, Caller caller, CancellationToken ct)
    {
        var loaded = await OrderAccess.OwnAsync(db, id, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        if (input.Version is null) return Failure.Invalid("version", "Send the version you read, so a concurrent change is not overwritten.");
        if (input.Version != order.Version) return Failure.Conflict("Someone changed this order since you opened it; reload it and make your change again.");
        if (!OrderTransitions.IsEditable(order.Status))
            return Failure.Conflict($"The order is {order.Status.ToString().ToLowerInvariant()} and can no longer be edited; withdraw it and start a new draft to change it.");
        var demander = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == order.DemanderEnterpriseId, ct);

        var now = clock.GetUtcNow();
        OrderMapping.Apply(order, input, demander);
        var errors = OrderRules.Validate(order, await taxonomy.HandleAsync(ct), now, forSubmission: false);
        if (errors.Count > 0) return Failure.Validation(errors);

        order.UpdatedAt = now;
        order.Version = Guid.NewGuid();
        audit.Record(caller, "order.updated", "order", order.Id.ToString(), order.DemanderEnterpriseId);
        if (await db.SaveOrConflictAsync("Someone changed this order at the same moment; reload it and make your change again.", ct) is { } conflict) return conflict;
        return OrderMapping.ToView(order, await OrderAccess.DrawingsAsync(db, order.Id, ct));
    }
}
