using Cofab.Core.Execution;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Quotes;

namespace Cofab.Platform.Features.Execution;

/// <summary>The provider reports the work order done once every operation is finished; the lot then waits for inspection.</summary>
public sealed class FinishWorkOrder(AppDbContext db, WorkOrderChanges changes)
{
    public async Task<Result<WorkOrderView>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var loaded = await changes.LoadForProviderAsync(id, caller, "report it done", ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var work = loaded.Value;
        if (WorkOrderTransitions.Check(work.Status, WorkOrderStatus.Done) is { } refusal) return Failure.Conflict(refusal);
        if (ProgressRules.OpenOperations(work.Operations) is { } open)
            return Failure.Conflict($"Every operation must be reported finished before the work order is done; still open: {open}.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var totals = work.Operations.Select(o => new { partId = o.Operation.PartId, step = o.Operation.Step, good = o.QuantityDone, scrapped = o.QuantityScrapped }).ToList();
        if (await changes.MoveAsync(work, WorkOrderStatus.Done, caller, totals, [], ct) is { } refused) return refused;
        if (await db.SaveOrConflictAsync(WorkOrderChanges.ConflictMessage, ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return QuoteViews.ToView(work);
    }
}
