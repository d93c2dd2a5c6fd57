using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Execution;

/// <summary>The progress history of a work order, newest first, for whoever may see the work order.</summary>
public sealed class ListProgressReports(AppDbContext db)
{
    public async Task<Result<Page<ProgressReportView>>> HandleAsync(Guid workOrderId, int page, int pageSize, Caller caller, CancellationToken ct)
    {
        var (number, size, invalid) = Paging.Check(page, pageSize);
        if (invalid is not null) return invalid;
        if (!await db.WorkOrders.AsNoTracking().Visible(caller).AnyAsync(w => w.Id == workOrderId, ct))
            return Failure.NotFound(WorkOrderAccess.NotYours(workOrderId));
        // Ordered in memory: SQLite cannot order DateTimeOffset columns, and one work order's reports are few enough.
        var reports = await db.ProgressReports.AsNoTracking().Where(r => r.WorkOrderId == workOrderId).ToListAsync(ct);
        var items = reports.OrderByDescending(r => r.At).ThenBy(r => r.Id).Skip((number - 1) * size).Take(size).Select(ExecutionViews.ToView).ToList();
        return new Page<ProgressReportView>(items, reports.Count, number, size);
    }
}
