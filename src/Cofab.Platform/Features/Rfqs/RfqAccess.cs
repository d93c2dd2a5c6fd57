using Cofab.Core.Quotes;
using Cofab.Core.Rfqs;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>Who knows an RFQ exists: its demander, the providers it invites, the operator and the regulator.</summary>
internal static class RfqAccess
{
    public static string NotYours(Guid id) => $"No RFQ {id} of yours.";

    public static IQueryable<Rfq> Visible(this IQueryable<Rfq> query, AppDbContext db, Caller caller) => caller.SeesAll
        ? query
        : query.Where(r => r.DemanderEnterpriseId == caller.EnterpriseId
            || db.RfqInvitations.Any(i => i.RfqId == r.Id && i.ProviderEnterpriseId == caller.EnterpriseId));

    public static Task<bool> IsInvitedAsync(AppDbContext db, Guid rfqId, Guid enterpriseId, CancellationToken ct) =>
        db.RfqInvitations.AnyAsync(i => i.RfqId == rfqId && i.ProviderEnterpriseId == enterpriseId, ct);

    /// <summary>The order's operations some work order still holds (accepted quotes and awarded RFQs; declined ones are free again).</summary>
    public static async Task<HashSet<RfqOperation>> CoveredAsync(AppDbContext db, Guid orderId, CancellationToken ct)
    {
        var work = await db.WorkOrders.AsNoTracking().Where(w => w.OrderId == orderId && w.Status != WorkOrderStatus.Declined).ToListAsync(ct);
        return [.. work.SelectMany(w => w.Operations).Select(o => new RfqOperation(o.Operation.PartId, o.Operation.Step))];
    }

    /// <summary>The refusal for a scope that overlaps work already given out, or null.</summary>
    public static Failure? AlreadyCovered(IEnumerable<RfqOperation> scope, IReadOnlySet<RfqOperation> covered)
    {
        var taken = scope.Where(covered.Contains).ToList();
        return taken.Count == 0
            ? null
            : Failure.Conflict($"{taken.Count} of these operations already have a work order (from an accepted quote or an awarded RFQ): "
                + string.Join(", ", taken.Select(o => $"step {o.Step} of part {o.PartId}")) + ". Leave them out of the RFQ.");
    }
}
