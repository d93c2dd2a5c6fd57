using Cofab.Core.Quality;
using Cofab.Core.Quotes;

namespace Cofab.Platform.Features.Quality;

/// <summary>
/// Plans an inspection. Everything may be left out: the lot is the operation's (or the part's) quantity, the level and AQL
/// are the part's quality level from the order, the severity is normal and the provider inspects its own lot.
/// </summary>
public sealed record PlanInspectionInput(
    Guid? PartId = null,
    int? Step = null,
    int? LotSize = null,
    InspectionLevel? Level = null,
    decimal? Aql = null,
    InspectionSeverity? Severity = null,
    Guid? InspectorEnterpriseId = null);

public sealed record RecordInspectionResultInput(int InspectedCount, int NonconformingCount, string? Note = null);

public sealed record RecordNonconformityInput(string? Description, int Quantity, NonconformitySeverity Severity = NonconformitySeverity.Minor);

/// <param name="ProviderAtFault">
/// For scrap and returns: whether the pieces are deducted from the provider's pay (the default). Only the demander or the
/// operator can relieve the provider of that.
/// </param>
public sealed record DecideDispositionInput(Disposition? Disposition, bool ProviderAtFault = true, string? Note = null);

public sealed record NonconformityView(
    Guid Id,
    Guid InspectionId,
    Guid WorkOrderId,
    string Description,
    int Quantity,
    NonconformitySeverity Severity,
    Disposition? Disposition,
    bool ProviderAtFault,
    string? DispositionNote,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt);

/// <summary>An inspection with its plan, its result when recorded, its nonconformities and its work order's status now.</summary>
public sealed record InspectionView(
    Guid Id,
    Guid WorkOrderId,
    Guid OrderId,
    Guid ProviderEnterpriseId,
    Guid? InspectorEnterpriseId,
    Guid? PartId,
    int? Step,
    int LotSize,
    InspectionLevel Level,
    decimal Aql,
    InspectionSeverity Severity,
    string CodeLetter,
    string PlanCodeLetter,
    int SampleSize,
    int Acceptance,
    int Rejection,
    bool HundredPercent,
    InspectionStatus Status,
    bool ReinstateNormal,
    int? InspectedCount,
    int? NonconformingCount,
    string? Note,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RecordedAt,
    WorkOrderStatus WorkOrderStatus,
    IReadOnlyList<NonconformityView> Nonconformities);

/// <summary>A nonconformity after its disposition, with the work order's status it left behind.</summary>
public sealed record DispositionOutcome(NonconformityView Nonconformity, WorkOrderStatus WorkOrderStatus);

internal static class QualityViews
{
    public static NonconformityView ToView(Nonconformity n) => new(n.Id, n.InspectionId, n.WorkOrderId, n.Description, n.Quantity, n.Severity,
        n.Disposition, n.ProviderAtFault, n.DispositionNote, n.CreatedAt, n.DecidedAt);

    public static InspectionView ToView(Inspection i, WorkOrderStatus workOrderStatus, IEnumerable<Nonconformity> nonconformities) => new(
        i.Id, i.WorkOrderId, i.OrderId, i.ProviderEnterpriseId, i.InspectorEnterpriseId, i.PartId, i.Step, i.LotSize, i.Level, i.Aql, i.Severity,
        i.CodeLetter, i.PlanCodeLetter, i.SampleSize, i.Acceptance, i.Rejection, i.HundredPercent, i.Status, i.ReinstateNormal,
        i.InspectedCount, i.NonconformingCount, i.Note, i.CreatedAt, i.RecordedAt, workOrderStatus,
        [.. nonconformities.OrderBy(n => n.CreatedAt.UtcTicks).ThenBy(n => n.Id).Select(ToView)]);

    public static object LedgerPayload(Inspection i) => new
    {
        inspectionId = i.Id,
        workOrderId = i.WorkOrderId,
        orderId = i.OrderId,
        inspectorEnterpriseId = i.InspectorEnterpriseId,
        partId = i.PartId,
        step = i.Step,
        lotSize = i.LotSize,
        plan = new { level = i.Level.ToString(), aql = i.Aql, severity = i.Severity.ToString().ToLowerInvariant(), codeLetter = i.PlanCodeLetter, sampleSize = i.SampleSize, acceptance = i.Acceptance, rejection = i.Rejection, hundredPercent = i.HundredPercent },
        inspected = i.InspectedCount,
        nonconforming = i.NonconformingCount,
        decision = i.Status.ToString().ToLowerInvariant(),
        reinstateNormal = i.ReinstateNormal,
    };

    public static object LedgerPayload(Nonconformity n) => new
    {
        nonconformityId = n.Id,
        inspectionId = n.InspectionId,
        workOrderId = n.WorkOrderId,
        orderId = n.OrderId,
        description = n.Description,
        quantity = n.Quantity,
        severity = n.Severity.ToString().ToLowerInvariant(),
        disposition = n.Disposition?.ToString(),
        providerAtFault = n.ProviderAtFault,
        note = n.DispositionNote,
    };

    /// <summary>Who takes part in an inspection's record: the demander, the provider and any third-party inspector.</summary>
    public static Guid[] Parties(Inspection i) => i.InspectorEnterpriseId is { } lab
        ? [i.DemanderEnterpriseId, i.ProviderEnterpriseId, lab]
        : [i.DemanderEnterpriseId, i.ProviderEnterpriseId];
}
