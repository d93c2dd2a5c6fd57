using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Orders;

/// <summary>An approved demander starts an order; it stays a private draft until submitted.</summary>
public sealed class CreateDraftOrder(AppDbContext db, GetTaxonomy taxonomy, MemberGate gate, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<OrderView>> HandleAsync(OrderInput input, Caller caller, CancellationToken ct)
    {
        if (!caller.IsDemander) return Failure.Forbidden("Only demanders place orders; ask the operator to add the demander role to your enterprise.");
        if (await gate.RequireApprovedAsync(caller, ct) is { } notApproved) return notApproved;
        var demander = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == caller.EnterpriseId, ct);

        var now = clock.GetUtcNow();
        var order = new Order
        {
            Id = Guid.CreateVersion7(), DemanderEnterpriseId = demander.Id, CreatedBy = caller.UserId, Title = "", DeliveryAddress = "",
            Status = OrderStatus.Draft, CreatedAt = now, UpdatedAt = now, Version = Guid.NewGuid(),
        };
        OrderMapping.Apply(order, input, demander);
        var errors = OrderRules.Validate(order, await taxonomy.HandleAsync(ct), now, forSubmission: false);
        if (errors.Count > 0) return Failure.Validation(errors);

        db.Orders.Add(order);
        audit.Record(caller, "order.created", "order", order.Id.ToString(), order.DemanderEnterpriseId, order.Title);
        await db.SaveChangesAsync(ct);
        return OrderMapping.ToView(order, []);
    }
}
