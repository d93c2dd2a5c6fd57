using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;

namespace Cofab.Platform.Features.Orders;

/// <summary>The demander takes back a draft or a submitted order; recorded, with the reason, in the audit trail and the ledger.</summary>
public sealed class WithdrawOrder(AppDbContext db, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public async Task<Result<OrderView>> HandleAsync(Guid id, OrderTransitionInput input, Caller caller, CancellationToken ct)
    {
        var loaded = await OrderAccess.OwnAsync(db, id, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        if (input.Version is null) return Failure.Invalid("version", "Send the version you read, so you withdraw the order you saw.");
        if (input.Version != order.Version) return Failure.Conflict("The order changed since you opened it; reload it and decide again.");
        if (input.Reason is { Length: > MaxReasonLength }) return Failure.Invalid("reason", $"The reason may be at most {MaxReasonLength} characters.");
        if (OrderTransitions.Check(order.Status, OrderStatus.Withdrawn) is { } refused) return Failure.Conflict(refused);

        var previous = order.Status;
        var now = clock.GetUtcNow();
        order.Status = OrderStatus.Withdrawn;
        order.WithdrawnAt = now;
        order.WithdrawalReason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        order.UpdatedAt = now;
        order.Version = Guid.NewGuid();
        audit.Record(caller, "order.withdrawn", "order", order.Id.ToString(), order.DemanderEnterpriseId, order.WithdrawalReason);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ledger.AppendAsync("order.withdrawn", [order.DemanderEnterpriseId], new
        {
            orderId = order.Id,
            demanderEnterpriseId = order.DemanderEnterpriseId,
            withdrawnBy = caller.UserId,
            previousStatus = previous.ToString().ToLowerInvariant(),
            reason = order.WithdrawalReason,
        }, LedgerSubjects.Order(order.Id), ct);
        if (await db.SaveOrConflictAsync("The order changed at the same moment; reload it and decide again.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return OrderMapping.ToView(order, await OrderAccess.DrawingsAsync(db, order.Id, ct));
    }
}
