using Cofab.Core.Execution;
using Cofab.Core.Quotes;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cofab.Platform.Features.Execution;

/// <summary>
/// Turns a rise of a connected machine's part counter into a progress report (source Machine) on the work order the
/// machine is working on (see <see cref="MachineProgress"/>). Machine data is recorded whether or not this finds work.
/// </summary>
public sealed partial class RecordMachineProgress(AppDbContext db, ReportProgress report, ILogger<RecordMachineProgress> logger)
{
    public async Task<ProgressRecorded?> HandleAsync(Guid enterpriseId, Guid resourceId, long increment, DateTimeOffset at, CancellationToken ct)
    {
        if (increment <= 0) return null;
        // The operations are a JSON column: the resource is matched in memory among the enterprise's running work orders.
        var running = await db.WorkOrders
            .Where(w => w.ProviderEnterpriseId == enterpriseId && w.Status == WorkOrderStatus.InProgress)
            .ToListAsync(ct);
        if (MachineProgress.Attribute(running, resourceId, increment, at, MachineProgress.DefaultSlack) is not { } attribution) return null;

        var input = new ReportProgressInput(attribution.OperationIndex, null, null, attribution.Pieces, 0, null, Finished: false);
        var recorded = await report.RecordAsync(attribution.WorkOrder, input, ProgressSource.Machine, caller: null, ct);
        if (recorded.Succeeded) return recorded.Value;
        LogNotRecorded(logger, attribution.Pieces, attribution.WorkOrder.Id, recorded.Failure!.Message);
        db.ChangeTracker.Clear();
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Pieces} machine-counted pieces were not recorded on work order {WorkOrderId}: {Reason}")]
    private static partial void LogNotRecorded(ILogger logger, int pieces, Guid workOrderId, string reason);
}
