using Cofab.Core.Quotes;

namespace Cofab.Core.Execution;

/// <summary>Which operation a rise of a machine's part counter counts for, and how many pieces.</summary>
public sealed record MachineAttribution(WorkOrder WorkOrder, int OperationIndex, int Pieces);

/// <summary>
/// Attributes a connected machine's new parts to work: the open operation on that machine's resource, in a work order
/// in progress, whose planned window (widened by a slack, because shops run early and late) holds the moment the count
/// rose. When several qualify, one whose planned window holds that moment without the slack comes first, then the one
/// planned earliest. Pieces beyond the operation's quantity are not
/// reported (the counter also counts set-up and test pieces).
/// </summary>
public static class MachineProgress
{
    public static readonly TimeSpan DefaultSlack = TimeSpan.FromHours(4);

    public static MachineAttribution? Attribute(IEnumerable<WorkOrder> workOrders, Guid resourceId, long increment, DateTimeOffset at, TimeSpan slack)
    {
        if (increment <= 0) return null;
        var candidate = workOrders
            .Where(w => w.Status == WorkOrderStatus.InProgress)
            .SelectMany(w => w.Operations.Select((o, i) => (Work: w, Index: i, Op: o)))
            .Where(x => x.Op.Operation.ResourceId == resourceId && x.Op.FinishedAt is null
                        && x.Op.Operation.Start - slack <= at && at <= x.Op.Operation.End + slack
                        && Remaining(x.Op) > 0)
            .OrderBy(x => x.Op.Operation.Start <= at && at <= x.Op.Operation.End ? 0 : 1)
            .ThenBy(x => x.Op.Operation.Start)
            .ThenBy(x => x.Work.Id)
            .FirstOrDefault();
        return candidate.Work is null ? null : new MachineAttribution(candidate.Work, candidate.Index, (int)Math.Min(increment, Remaining(candidate.Op)));
    }

    private static int Remaining(WorkOrderOperation o) => o.Operation.Quantity - o.QuantityDone - o.QuantityScrapped;
}
