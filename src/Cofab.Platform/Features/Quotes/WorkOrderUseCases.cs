using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Bookings;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Rfqs;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quotes;

/// <summary>Who sees a work order: its provider, its demander, the operator and the regulator; nobody else knows it exists.</summary>
internal static class WorkOrderAccess
{
    public static string NotYours(Guid id) => $"No work order {id} of yours.";

    public static IQueryable<WorkOrder> Visible(this IQueryable<WorkOrder> query, Caller caller) => caller.SeesAll
        ? query
        : query.Where(w => w.ProviderEnterpriseId == caller.EnterpriseId || w.DemanderEnterpriseId == caller.EnterpriseId);
}

/// <summary>Work orders the caller may see (a provider its incoming ones, a demander those of its orders, the operator all), newest first.</summary>
public sealed class ListWorkOrders(AppDbContext db)
{
    public async Task<Result<Page<WorkOrderView>>> HandleAsync(Guid? orderId, WorkOrderStatus? status, int page, int pageSize, Caller caller, CancellationToken ct)
    {
        var (number, size, invalid) = Paging.Check(page, pageSize);
        if (invalid is not null) return invalid;
        var query = db.WorkOrders.AsNoTracking().Visible(caller);
        if (orderId is { } id) query = query.Where(w => w.OrderId == id);
        if (status is { } wanted) query = query.Where(w => w.Status == wanted);
        var total = await query.CountAsync(ct);
        // Ordered in memory after paging by id: SQLite cannot order DateTimeOffset columns.
        var all = await query.Select(w => new { w.Id, w.CreatedAt }).ToListAsync(ct);
        var ids = all.OrderByDescending(w => w.CreatedAt).ThenBy(w => w.Id).Skip((number - 1) * size).Take(size).Select(w => w.Id).ToList();
        var items = await db.WorkOrders.AsNoTracking().Where(w => ids.Contains(w.Id)).ToListAsync(ct);
        return new Page<WorkOrderView>([.. items.OrderBy(w => ids.IndexOf(w.Id)).Select(QuoteViews.ToView)], total, number, size);
    }
}

public sealed class GetWorkOrder(AppDbContext db)
{
    public async Task<Result<WorkOrderView>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var work = await db.WorkOrders.AsNoTracking().Visible(caller).SingleOrDefaultAsync(w => w.Id == id, ct);
        return work is null ? Failure.NotFound(WorkOrderAccess.NotYours(id)) : QuoteViews.ToView(work);
    }
}

/// <summary>
/// The provider answers a released work order before its deadline. Accepting commits it to the work. Declining releases
/// its machine bookings at once (no fee: the time goes back on the market), marks its operations for re-matching and
/// re-matches them in the same transaction (<see cref="RematchDeclinedWork"/>: an RFQ to the best-matched other providers).
/// </summary>
public sealed class DecideWorkOrder(AppDbContext db, BookingWriter bookings, RematchDeclinedWork rematch, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public Task<Result<WorkOrderView>> AcceptAsync(Guid id, Caller caller, CancellationToken ct) => DecideAsync(id, accept: true, null, caller, ct);

    public Task<Result<WorkOrderView>> DeclineAsync(Guid id, DeclineWorkOrderInput input, Caller caller, CancellationToken ct) =>
        DecideAsync(id, accept: false, input?.Reason, caller, ct);

    private async Task<Result<WorkOrderView>> DecideAsync(Guid id, bool accept, string? reason, Caller caller, CancellationToken ct)
    {
        var work = await db.WorkOrders.Visible(caller).SingleOrDefaultAsync(w => w.Id == id, ct);
        if (work is null) return Failure.NotFound(WorkOrderAccess.NotYours(id));
        if (work.ProviderEnterpriseId != caller.EnterpriseId) return Failure.Forbidden("Only the provider the work order is addressed to can accept or decline it.");
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > MaxReasonLength }) return Failure.Invalid("reason", $"The reason may be at most {MaxReasonLength} characters.");
        if (work.Status != WorkOrderStatus.Released)
            return Failure.Conflict($"This work order is already {work.Status.ToString().ToLowerInvariant()}; the answer cannot change.");
        var now = clock.GetUtcNow();
        if (now >= work.ResponseDeadline)
            return Failure.Conflict($"The answer was due by {work.ResponseDeadline:yyyy-MM-dd HH:mm}Z; the platform is re-assigning this work, so it can no longer be accepted or declined.");

        work.Status = accept ? WorkOrderStatus.Accepted : WorkOrderStatus.Declined;
        work.DecidedAt = now;
        work.DeclineReason = reason;
        work.Version = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!accept)
        {
            work.Operations = [.. work.Operations.Select(o => o with { NeedsRematching = true })];
            await bookings.ReleaseAsync(work.Id, caller.EnterpriseId, reason ?? "Work order declined by the provider", now, ct);
        }

        var action = accept ? "workorder.accepted" : "workorder.declined";
        audit.Record(caller, action, "workorder", work.Id.ToString(), work.ProviderEnterpriseId, reason);
        await ledger.AppendAsync(action, [work.DemanderEnterpriseId, work.ProviderEnterpriseId], QuoteViews.LedgerPayload(work), LedgerSubjects.Order(work.OrderId), ct);
        if (!accept) await rematch.OpenAsync(work, ct);
        if (await db.SaveOrConflictAsync("This work order changed at the same moment; reload it.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return QuoteViews.ToView(work);
    }
}
