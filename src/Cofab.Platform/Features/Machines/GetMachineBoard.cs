using Cofab.Core.MachineData;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Machines;

/// <summary>
/// The latest status of every connected machine the caller may see: its own enterprise's, or all for the operator
/// and the regulator; with utilisation since midnight UTC.
/// </summary>
public sealed class GetMachineBoard(AppDbContext db, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<MachineBoardEntry>>> HandleAsync(Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var statuses = db.MachineStatuses.AsNoTracking();
        if (!caller.SeesAll) statuses = statuses.Where(s => s.EnterpriseId == caller.EnterpriseId);
        var rows = await (from s in statuses
                          join r in db.Resources on s.ResourceId equals r.Id
                          orderby r.Name, s.ConnectionId
                          select new { Status = s, r.Name }).ToListAsync(ct);

        var now = time.GetUtcNow();
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var today = now > midnight
            ? (await MachineIntervals.OverlappingAsync(db, rows.Select(r => r.Status.ResourceId).ToList(), midnight, now, ct)).ToLookup(i => i.ResourceId)
            : Enumerable.Empty<MachineStateRecord>().ToLookup(i => i.ResourceId);
        return rows.Select(r => new MachineBoardEntry(
            r.Status.ConnectionId, r.Status.EnterpriseId, r.Status.ResourceId, r.Name, MachineStateRule.Name(r.Status.State),
            r.Status.PartCount, r.Status.At, r.Status.Execution, MachineIntervals.Utilisation(today[r.Status.ResourceId].ToList()))).ToList();
    }
}
