using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Quotes;

namespace Cofab.Platform.Features.Execution;

/// <summary>The provider starts an accepted work order; the first of an order to start puts the order in production.</summary>
public sealed class StartWorkOrder(AppDbContext db, WorkOrderChanges changes)
{
    public async Task<Result<WorkOrderView>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var loaded = await changes.LoadForProviderAsync(id, caller, "start it", ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var work = loaded.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await changes.MoveAsync(work, WorkOrderStatus.InProgress, caller, null, [], ct) is { } refused) return refused;
        if (await db.SaveOrConflictAsync(WorkOrderChanges.ConflictMessage, ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return QuoteViews.ToView(work);
    }
}
