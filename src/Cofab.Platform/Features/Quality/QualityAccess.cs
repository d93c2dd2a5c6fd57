using Cofab.Core.Quality;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quality;

/// <summary>
/// Who sees an inspection: the work order's provider and demander, the certifier named to inspect it, the operator and
/// the regulator; nobody else knows it exists.
/// </summary>
internal static class QualityAccess
{
    public static string NotYours(Guid id) => $"No inspection {id} of yours.";

    public static string NonconformityNotYours(Guid id) => $"No nonconformity {id} of yours.";

    public static IQueryable<Inspection> Visible(this IQueryable<Inspection> query, Caller caller) => caller.SeesAll
        ? query
        : query.Where(i => i.ProviderEnterpriseId == caller.EnterpriseId || i.DemanderEnterpriseId == caller.EnterpriseId || i.InspectorEnterpriseId == caller.EnterpriseId);

    /// <summary>The one who records results: the named certifier, or else the provider itself.</summary>
    public static Guid Recorder(Inspection inspection) => inspection.InspectorEnterpriseId ?? inspection.ProviderEnterpriseId;

    /// <summary>From the provider's acceptance until its lot is inspected, the work order's quality can be checked.</summary>
    public static bool IsInspectable(WorkOrderStatus status) => status is WorkOrderStatus.Accepted or WorkOrderStatus.InProgress or WorkOrderStatus.Done;

    public static string NotInspectable(WorkOrderStatus status) =>
        $"The work order is {Describe(status)}; inspections are planned and recorded from the provider's acceptance until the lot is inspected.";

    public static string Describe(WorkOrderStatus status) => status == WorkOrderStatus.InProgress ? "in progress" : status.ToString().ToLowerInvariant();

    /// <summary>After the demander accepted delivery the money is settled, so quality records of the order are closed.</summary>
    public static Task<bool> IsSettledAsync(AppDbContext db, Guid orderId, CancellationToken ct) => db.Settlements.AnyAsync(s => s.OrderId == orderId, ct);

    /// <summary>Whether a nonconformity of the work order (other than <paramref name="except"/>) still awaits its disposition: the work order cannot pass inspection yet.</summary>
    public static Task<bool> AwaitsDispositionAsync(AppDbContext db, Guid workOrderId, Guid? except, CancellationToken ct) =>
        db.Nonconformities.AnyAsync(n => n.WorkOrderId == workOrderId && n.Id != except && n.Disposition == null, ct);

    public const string Settled = "The order's delivery was accepted and settled; its quality records are closed.";

    public static async Task<List<InspectionView>> ViewsAsync(AppDbContext db, List<Inspection> inspections, CancellationToken ct)
    {
        var ids = inspections.Select(i => i.Id).ToList();
        var workIds = inspections.Select(i => i.WorkOrderId).Distinct().ToList();
        var nonconformities = await db.Nonconformities.AsNoTracking().Where(n => ids.Contains(n.InspectionId)).ToListAsync(ct);
        var statuses = await db.WorkOrders.AsNoTracking().Where(w => workIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Status, ct);
        // Ordered in memory: SQLite cannot order DateTimeOffset columns.
        return [.. inspections.OrderBy(i => i.CreatedAt.UtcTicks).ThenBy(i => i.Id)
            .Select(i => QualityViews.ToView(i, statuses[i.WorkOrderId], nonconformities.Where(n => n.InspectionId == i.Id)))];
    }
}
