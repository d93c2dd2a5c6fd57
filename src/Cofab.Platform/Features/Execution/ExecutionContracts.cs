using Cofab.Core.Execution;
using Cofab.Platform.Features.Quotes;

namespace Cofab.Platform.Features.Execution;

/// <summary>
/// Progress on one operation, named by its position in the work order's operations or by part and routing step.
/// Quantities are increments since the last report.
/// </summary>
public sealed record ReportProgressInput(
    int? OperationIndex,
    Guid? PartId,
    int? Step,
    int GoodQuantity,
    int ScrapQuantity,
    string? Note,
    bool Finished);

/// <summary>How the lot travels; both are optional (a provider's own lorry has no tracking number).</summary>
public sealed record ShipWorkOrderInput(string? Carrier, string? TrackingNumber);

public sealed record ProgressReportView(
    Guid Id,
    Guid WorkOrderId,
    int OperationIndex,
    Guid PartId,
    int Step,
    int GoodQuantity,
    int ScrapQuantity,
    bool Finished,
    string? Note,
    ProgressSource Source,
    Guid? ReportedBy,
    DateTimeOffset At);

/// <summary>The work order after a report, and the report as stored.</summary>
public sealed record ProgressRecorded(WorkOrderView WorkOrder, ProgressReportView Report);

public sealed record TransportLegView(
    Guid Id,
    Guid OrderId,
    Guid FromWorkOrderId,
    Guid FromEnterpriseId,
    Guid ToEnterpriseId,
    Guid? ToWorkOrderId,
    string Parts,
    DateTimeOffset PlannedDeparture,
    DateTimeOffset PlannedArrival,
    DateTimeOffset ActualDeparture,
    DateTimeOffset? ActualArrival,
    string? Carrier,
    string? TrackingNumber);

/// <summary>A shipped work order and the legs its lot travels on.</summary>
public sealed record ShipmentView(WorkOrderView WorkOrder, IReadOnlyList<TransportLegView> Legs);

internal static class ExecutionViews
{
    public static ProgressReportView ToView(ProgressReport r) =>
        new(r.Id, r.WorkOrderId, r.OperationIndex, r.PartId, r.Step, r.GoodQuantity, r.ScrapQuantity, r.Finished, r.Note, r.Source, r.ReportedBy, r.At);

    public static TransportLegView ToView(TransportLeg l) =>
        new(l.Id, l.OrderId, l.FromWorkOrderId, l.FromEnterpriseId, l.ToEnterpriseId, l.ToWorkOrderId, l.Parts,
            l.PlannedDeparture, l.PlannedArrival, l.ActualDeparture, l.ActualArrival, l.Carrier, l.TrackingNumber);

    public static object LedgerPayload(TransportLeg l) => new
    {
        legId = l.Id,
        fromWorkOrderId = l.FromWorkOrderId,
        fromEnterpriseId = l.FromEnterpriseId,
        toEnterpriseId = l.ToEnterpriseId,
        toWorkOrderId = l.ToWorkOrderId,
        parts = l.Parts,
        plannedDeparture = l.PlannedDeparture,
        plannedArrival = l.PlannedArrival,
        actualDeparture = l.ActualDeparture,
        actualArrival = l.ActualArrival,
        carrier = l.Carrier,
        trackingNumber = l.TrackingNumber,
    };
}
