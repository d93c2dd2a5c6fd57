using System.Globalization;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Quality;
using Cofab.Core.Quotes;
using Cofab.Core.Validation;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quality;

/// <summary>
/// Plans an ISO 2859-1 single-sampling inspection of a work order's lot (or one operation's output): the code letter,
/// sample size, Ac and Re are fixed on the inspection from the lot size, level, AQL and severity.
/// </summary>
public sealed class PlanInspection(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<InspectionView>> HandleAsync(Guid workOrderId, PlanInspectionInput? input, Caller caller, CancellationToken ct)
    {
        input ??= new PlanInspectionInput();
        var work = await db.WorkOrders.AsNoTracking().Visible(caller).SingleOrDefaultAsync(w => w.Id == workOrderId, ct);
        if (work is null) return Failure.NotFound(WorkOrderAccess.NotYours(workOrderId));
        if (caller.EnterpriseId != work.ProviderEnterpriseId && caller.EnterpriseId != work.DemanderEnterpriseId && !caller.IsOperator)
            return Failure.Forbidden("Only the work order's provider, its demander or the operator plans its inspections.");

        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == work.OrderId, ct);
        var errors = new FieldErrors();
        var (partId, lotDefault) = ResolveLot(work, input, errors);
        var quality = order.Parts.FirstOrDefault(p => p.Id == partId)?.Quality ?? QualityLevel.Default;
        var lotSize = input.LotSize ?? lotDefault;
        var level = input.Level ?? quality.InspectionLevel;
        var aql = input.Aql ?? quality.Aql;
        var severity = input.Severity ?? InspectionSeverity.Normal;
        if (lotSize is { } lot && (lot < 1 || lot > InspectionRules.MaxLotSize))
            errors.Add("lotSize", $"A lot is 1 to {InspectionRules.MaxLotSize} pieces.");
        if (!Enum.IsDefined(level)) errors.Add("level", "Choose an ISO 2859-1 inspection level: S1–S4, I, II or III.");
        if (!SingleSampling.AqlSeries.Contains(aql))
            errors.Add("aql", $"The AQL must be one of the ISO 2859-1 preferred values, e.g. 0.65, 1.0, 2.5 (got {aql.ToString(CultureInfo.InvariantCulture)}).");
        if (!Enum.IsDefined(severity)) errors.Add("severity", "Choose normal, tightened or reduced inspection.");
        if (input.InspectorEnterpriseId is { } lab && !await IsApprovedCertifierAsync(lab, ct))
            errors.Add("inspectorEnterpriseId", $"No approved certifier {lab}: a third-party inspector must be a member with the certifier role.");
        if (errors.Any) return Failure.Validation(errors.ToDictionary());
        if (!QualityAccess.IsInspectable(work.Status)) return Failure.Conflict(QualityAccess.NotInspectable(work.Status));

        var now = clock.GetUtcNow();
        var inspection = new Inspection
        {
            Id = Guid.NewGuid(), WorkOrderId = work.Id, OrderId = work.OrderId, ProviderEnterpriseId = work.ProviderEnterpriseId,
            DemanderEnterpriseId = work.DemanderEnterpriseId, InspectorEnterpriseId = input.InspectorEnterpriseId, PartId = partId, Step = input.Step,
            LotSize = lotSize!.Value, Level = level, Status = InspectionStatus.Planned, CreatedAt = now, CreatedBy = caller.UserId, Version = Guid.NewGuid(),
        };
        inspection.Apply(SingleSampling.Plan(inspection.LotSize, level, aql, severity));
        db.Inspections.Add(inspection);
        audit.Record(caller, "inspection.planned", "inspection", inspection.Id.ToString(), work.ProviderEnterpriseId,
            $"Work order {work.Id}: lot {inspection.LotSize}, {level} AQL {aql.ToString(CultureInfo.InvariantCulture)}, n={inspection.SampleSize} Ac {inspection.Acceptance} Re {inspection.Rejection}");
        await db.SaveChangesAsync(ct);
        return QualityViews.ToView(inspection, work.Status, []);
    }

    /// <summary>The inspected part (if the work order has one or the input names it) and the lot size it implies.</summary>
    private static (Guid? PartId, int? LotSize) ResolveLot(WorkOrder work, PlanInspectionInput input, FieldErrors errors)
    {
        var operations = work.Operations.Select(o => o.Operation).ToList();
        var parts = operations.Select(o => o.PartId).Distinct().ToList();
        var partId = input.PartId ?? (parts.Count == 1 ? parts[0] : null);
        if (input.PartId is { } named && !parts.Contains(named))
        {
            errors.Add("partId", $"The work order has no operation of part {named}.");
            return (null, null);
        }

        if (input.Step is { } step)
        {
            if (partId is null)
            {
                errors.Add("partId", $"The work order makes several parts: name the part of step {step}.");
                return (null, null);
            }

            var operation = operations.FirstOrDefault(o => o.PartId == partId && o.Step == step);
            if (operation is null) errors.Add("step", $"The work order has no step {step} of that part; its steps are {string.Join(", ", operations.Where(o => o.PartId == partId).Select(o => o.Step))}.");
            return (partId, operation?.Quantity);
        }

        if (partId is { } part) return (part, operations.Where(o => o.PartId == part).Max(o => o.Quantity));
        if (input.LotSize is null) errors.Add("lotSize", "The work order makes several parts: name partId, or give the lot size.");
        return (null, null);
    }

    private async Task<bool> IsApprovedCertifierAsync(Guid enterpriseId, CancellationToken ct)
    {
        var member = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => new { e.Status, e.Roles }).SingleOrDefaultAsync(ct);
        return member is { Status: MembershipStatus.Approved } && member.Roles.HasFlag(EnterpriseRoles.Certifier);
    }
}
