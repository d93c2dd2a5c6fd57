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
/// Records what the sample showed and decides the lot by the plan. An accepted lot of a work order reported done makes
/// it inspected; a rejected lot waits for the dispositions of its nonconformities.
/// </summary>
public sealed class RecordInspectionResult(AppDbContext db, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public async Task<Result<InspectionView>> HandleAsync(Guid inspectionId, RecordInspectionResultInput? input, Caller caller, CancellationToken ct)
    {
        var inspection = await db.Inspections.Visible(caller).SingleOrDefaultAsync(i => i.Id == inspectionId, ct);
        if (inspection is null) return Failure.NotFound(QualityAccess.NotYours(inspectionId));
        if (caller.EnterpriseId != QualityAccess.Recorder(inspection))
        {
            return Failure.Forbidden(inspection.InspectorEnterpriseId is null
                ? "Only the provider records the result of an inspection of its own lot."
                : "Only the certifier named on this inspection records its result.");
        }

        if (input is null) return Failure.Invalid("inspectedCount", "Send inspectedCount and nonconformingCount.");
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        var errors = InspectionRules.CheckResult(inspection.Plan, input.InspectedCount, input.NonconformingCount);
        if (note is { Length: > InspectionRules.MaxNoteLength }) errors.Add("note", $"The note may be at most {InspectionRules.MaxNoteLength} characters.");
        if (errors.Any)
        {
            var fields = errors.ToDictionary();
            return Failure.Validation(fields, string.Join(" ", fields.Values.SelectMany(m => m)));
        }
        if (inspection.Status != InspectionStatus.Planned)
            return Failure.Conflict($"This inspection's result was recorded already (the lot was {inspection.Status.ToString().ToLowerInvariant()}); plan a new inspection to inspect again.");
        var work = await db.WorkOrders.SingleAsync(w => w.Id == inspection.WorkOrderId, ct);
        if (!QualityAccess.IsInspectable(work.Status)) return Failure.Conflict(QualityAccess.NotInspectable(work.Status));

        var decision = SingleSampling.Decide(inspection.Plan, input.NonconformingCount);
        inspection.Status = decision == LotDecision.Reject ? InspectionStatus.Rejected : InspectionStatus.Accepted;
        inspection.ReinstateNormal = decision == LotDecision.AcceptAndReinstateNormal;
        inspection.InspectedCount = input.InspectedCount;
        inspection.NonconformingCount = input.NonconformingCount;
        inspection.Note = note;
        inspection.RecordedAt = clock.GetUtcNow();
        inspection.RecordedBy = caller.UserId;
        inspection.Version = Guid.NewGuid();
        // An earlier rejected lot's nonconformities still awaiting a disposition hold the work order at done: the last
        // disposition moves it on (DecideDisposition).
        var passes = inspection.Status == InspectionStatus.Accepted && work.Status == WorkOrderStatus.Done
            && !await QualityAccess.AwaitsDispositionAsync(db, work.Id, except: null, ct);
        if (passes)
        {
            work.Status = WorkOrderStatus.Inspected;
            work.Version = Guid.NewGuid();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        audit.Record(caller, "inspection.recorded", "inspection", inspection.Id.ToString(), inspection.ProviderEnterpriseId,
            $"{input.NonconformingCount} of {input.InspectedCount} nonconforming: {inspection.Status.ToString().ToLowerInvariant()}");
        await ledger.AppendAsync("inspection.recorded", QualityViews.Parties(inspection), QualityViews.LedgerPayload(inspection), LedgerSubjects.Order(inspection.OrderId), ct);
        if (passes)
            await ledger.AppendAsync("workorder.inspected", [work.DemanderEnterpriseId, work.ProviderEnterpriseId], QuoteViews.LedgerPayload(work), LedgerSubjects.Order(work.OrderId), ct);
        if (await db.SaveOrConflictAsync("This inspection or its work order changed at the same moment; reload it.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        var nonconformities = await db.Nonconformities.AsNoTracking().Where(n => n.InspectionId == inspection.Id).ToListAsync(ct);
        return QualityViews.ToView(inspection, work.Status, nonconformities);
    }
}
