using Cofab.Core.Quality;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quality;

/// <summary>
/// Decides what becomes of nonconforming pieces. Rework sends a work order reported done back in progress; once every
/// nonconformity of a rejected lot has a disposition other than rework, the lot may go on and the work order is inspected.
/// A concession (use as is) is the demander's alone.
/// </summary>
public sealed class DecideDisposition(AppDbContext db, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public async Task<Result<DispositionOutcome>> HandleAsync(Guid nonconformityId, DecideDispositionInput? input, Caller caller, CancellationToken ct)
    {
        var nonconformity = await db.Nonconformities.SingleOrDefaultAsync(n => n.Id == nonconformityId, ct);
        var inspection = nonconformity is null ? null : await db.Inspections.Visible(caller).SingleOrDefaultAsync(i => i.Id == nonconformity.InspectionId, ct);
        if (nonconformity is null || inspection is null) return Failure.NotFound(QualityAccess.NonconformityNotYours(nonconformityId));
        var isDemander = caller.EnterpriseId == inspection.DemanderEnterpriseId;
        var isProvider = caller.EnterpriseId == inspection.ProviderEnterpriseId;
        if (!isDemander && !isProvider && !caller.IsOperator)
            return Failure.Forbidden("Only the provider, the demander or the operator decides what becomes of nonconforming pieces.");
        if (input?.Disposition is not { } disposition || !Enum.IsDefined(disposition))
            return Failure.Invalid("disposition", "Choose a disposition: rework, scrap, useAsIs or returnToProvider.");
        if (disposition == Disposition.UseAsIs && !isDemander)
            return Failure.Forbidden("Only the demander can accept nonconforming pieces as they are (a concession).");
        var writesOff = disposition is Disposition.Scrap or Disposition.ReturnToProvider;
        if (writesOff && !input.ProviderAtFault && !isDemander && !caller.IsOperator)
            return Failure.Forbidden("Only the demander or the operator can relieve the provider of written-off pieces.");
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note is { Length: > InspectionRules.MaxNoteLength }) return Failure.Invalid("note", $"The note may be at most {InspectionRules.MaxNoteLength} characters.");
        if (nonconformity.Disposition is { } decided)
            return Failure.Conflict($"This nonconformity was already dispositioned ({decided}); a disposition is not changed, record a new nonconformity if needed.");
        if (await QualityAccess.IsSettledAsync(db, inspection.OrderId, ct)) return Failure.Conflict(QualityAccess.Settled);

        var work = await db.WorkOrders.SingleAsync(w => w.Id == inspection.WorkOrderId, ct);
        var before = work.Status;
        if (disposition == Disposition.Rework && work.Status != WorkOrderStatus.InProgress)
        {
            if (WorkOrderTransitions.Check(work.Status, WorkOrderStatus.InProgress) is { } refusal) return Failure.Conflict($"Rework is not possible: {refusal}");
            work.Status = WorkOrderStatus.InProgress;
            // The reworked operations are open again: the provider reports them anew and reports the lot done once more.
            work.Operations = [.. work.Operations.Select(o => Reworked(inspection, o) ? o with { FinishedAt = null } : o)];
        }

        var now = clock.GetUtcNow();
        nonconformity.Disposition = disposition;
        nonconformity.ProviderAtFault = !writesOff || input.ProviderAtFault;
        nonconformity.DispositionNote = note;
        nonconformity.DecidedAt = now;
        nonconformity.DecidedBy = caller.UserId;
        nonconformity.Version = Guid.NewGuid();
        if (work.Status == WorkOrderStatus.Done && await LotsClearedAsync(work.Id, nonconformity.Id, ct))
        {
            work.Status = WorkOrderStatus.Inspected;
        }

        // Renewing the inspection's token serialises dispositions of one lot: two last ones cannot both miss each other.
        inspection.Version = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        audit.Record(caller, "nonconformity.dispositioned", "inspection", inspection.Id.ToString(), inspection.ProviderEnterpriseId, $"{nonconformity.Quantity} × {disposition}");
        await ledger.AppendAsync("nonconformity.dispositioned", QualityViews.Parties(inspection), QualityViews.LedgerPayload(nonconformity), LedgerSubjects.Order(inspection.OrderId), ct);
        if (work.Status != before)
        {
            work.Version = Guid.NewGuid();
            var type = work.Status == WorkOrderStatus.InProgress ? "workorder.rework" : "workorder.inspected";
            await ledger.AppendAsync(type, [work.DemanderEnterpriseId, work.ProviderEnterpriseId], QuoteViews.LedgerPayload(work), LedgerSubjects.Order(work.OrderId), ct);
        }

        if (await db.SaveOrConflictAsync("This lot or its work order changed at the same moment; reload it.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return new DispositionOutcome(QualityViews.ToView(nonconformity), work.Status);
    }

    /// <summary>
    /// Whether the work order's inspections now let it pass: every nonconformity has a disposition (the one being decided
    /// included, not yet saved), and either each rejected lot is cleared by its dispositions or a later lot was accepted.
    /// </summary>
    private async Task<bool> LotsClearedAsync(Guid workOrderId, Guid deciding, CancellationToken ct)
    {
        if (await QualityAccess.AwaitsDispositionAsync(db, workOrderId, deciding, ct)) return false;
        var recorded = await db.Inspections.AsNoTracking().Where(i => i.WorkOrderId == workOrderId && i.RecordedAt != null)
            .Select(i => new { i.Id, i.Status, i.RecordedAt }).ToListAsync(ct);
        var latest = recorded.OrderBy(i => i.RecordedAt).LastOrDefault();
        if (latest is null) return false;
        if (latest.Status == InspectionStatus.Accepted) return true;
        var ofLatest = await db.Nonconformities.Where(n => n.InspectionId == latest.Id).ToListAsync(ct);
        return InspectionRules.DispositionsClearRejectedLot(ofLatest);
    }

    /// <summary>The inspected step of the inspected part, every step of it, or (for the whole lot) every operation.</summary>
    private static bool Reworked(Inspection inspection, WorkOrderOperation operation) =>
        (inspection.PartId is not { } part || operation.Operation.PartId == part) && (inspection.Step is not { } step || operation.Operation.Step == step);
}
