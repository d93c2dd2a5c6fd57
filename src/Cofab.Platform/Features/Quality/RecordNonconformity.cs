using Cofab.Core.Quality;
using Cofab.Core.Validation;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quality;

/// <summary>Records nonconforming pieces an inspection found (a rejected lot's, or single defects of an accepted one).</summary>
public sealed class RecordNonconformity(AppDbContext db, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public async Task<Result<NonconformityView>> HandleAsync(Guid inspectionId, RecordNonconformityInput? input, Caller caller, CancellationToken ct)
    {
        var inspection = await db.Inspections.Visible(caller).SingleOrDefaultAsync(i => i.Id == inspectionId, ct);
        if (inspection is null) return Failure.NotFound(QualityAccess.NotYours(inspectionId));
        if (caller.EnterpriseId != QualityAccess.Recorder(inspection) && caller.EnterpriseId != inspection.DemanderEnterpriseId && !caller.IsOperator)
            return Failure.Forbidden("Only the inspector, the demander or the operator records nonconformities.");

        if (input is null) return Failure.Invalid("description", "Send a description, a quantity and a severity.");
        var description = input.Description?.Trim() ?? "";
        var recorded = await db.Nonconformities.AsNoTracking().Where(n => n.InspectionId == inspection.Id).SumAsync(n => n.Quantity, ct);
        var errors = new FieldErrors();
        if (description.Length == 0) errors.Add("description", "Describe the nonconformity (what is wrong, where).");
        else if (description.Length > InspectionRules.MaxDescriptionLength) errors.Add("description", $"The description may be at most {InspectionRules.MaxDescriptionLength} characters.");
        if (input.Quantity < 1) errors.Add("quantity", "At least one piece is nonconforming.");
        else if (recorded + input.Quantity > inspection.LotSize)
            errors.Add("quantity", $"The lot has {inspection.LotSize} pieces and {recorded} are recorded nonconforming already: at most {inspection.LotSize - recorded} more.");
        if (!Enum.IsDefined(input.Severity)) errors.Add("severity", "Choose minor, major or critical.");
        if (errors.Any) return Failure.Validation(errors.ToDictionary());
        if (inspection.Status == InspectionStatus.Planned) return Failure.Conflict("Record the inspection's result first: nonconformities are what it found.");
        if (await QualityAccess.IsSettledAsync(db, inspection.OrderId, ct)) return Failure.Conflict(QualityAccess.Settled);

        var nonconformity = new Nonconformity
        {
            Id = Guid.NewGuid(), InspectionId = inspection.Id, WorkOrderId = inspection.WorkOrderId, OrderId = inspection.OrderId, Description = description,
            Quantity = input.Quantity, Severity = input.Severity, CreatedAt = clock.GetUtcNow(), CreatedBy = caller.UserId, Version = Guid.NewGuid(),
        };
        db.Nonconformities.Add(nonconformity);
        // Renewing the inspection's token makes two simultaneous recordings conflict instead of overrunning the lot.
        inspection.Version = Guid.NewGuid();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        audit.Record(caller, "nonconformity.recorded", "inspection", inspection.Id.ToString(), inspection.ProviderEnterpriseId, $"{nonconformity.Quantity} × {description}");
        await ledger.AppendAsync("nonconformity.recorded", QualityViews.Parties(inspection), QualityViews.LedgerPayload(nonconformity), LedgerSubjects.Order(inspection.OrderId), ct);
        if (await db.SaveOrConflictAsync("This inspection changed at the same moment; reload it.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return QualityViews.ToView(nonconformity);
    }
}
