using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Orders;

/// <summary>
/// The full verifiable record of an order (submission, withdrawal, drawing openings, and what later features file under
/// the order), with proofs, for its demander, its assigned providers (their own entries), the operator and the regulator.
/// </summary>
public sealed class GetOrderRecord(AppDbContext db, GetSubjectRecord records, AuditTrail audit)
{
    public async Task<Result<SubjectRecord>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (order is null) return Failure.NotFound(OrderAccess.NotYours(id));
        var entitled = caller.CanRead(order.DemanderEnterpriseId)
            || (await OrderAccess.AssignedProviderEnterprisesAsync(db, id, ct)).Contains(caller.EnterpriseId);
        if (!entitled) return Failure.NotFound(OrderAccess.NotYours(id));

        var record = await records.HandleAsync(LedgerSubjects.Order(id), caller, ct);
        if (caller.SeesAll && order.DemanderEnterpriseId != caller.EnterpriseId)
        {
            audit.Record(caller, "order.record.read", "order", id.ToString(), order.DemanderEnterpriseId);
            await db.SaveChangesAsync(ct);
        }

        return record;
    }
}
