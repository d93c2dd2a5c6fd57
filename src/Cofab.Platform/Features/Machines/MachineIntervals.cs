using Cofab.Core.MachineData;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Machines;

/// <summary>Stored intervals of resources clipped to a period, shared by utilisation, the board and free windows.</summary>
internal static class MachineIntervals
{
    public static async Task<List<MachineStateRecord>> OverlappingAsync(
        AppDbContext db, IReadOnlyCollection<Guid> resourceIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var rows = await db.MachineStateIntervals.AsNoTracking()
            .Where(i => resourceIds.Contains(i.ResourceId) && i.Start < to && i.End > from)
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            row.Start = row.Start > from ? row.Start : from;
            row.End = row.End < to ? row.End : to;
        }

        return rows.OrderBy(r => r.Start).ToList();
    }

    public static double Minutes(IEnumerable<MachineStateRecord> rows, MachineState state) =>
        rows.Where(r => r.State == state).Sum(r => (r.End - r.Start).TotalMinutes);

    public static double? Utilisation(IReadOnlyCollection<MachineStateRecord> rows)
    {
        var busy = Minutes(rows, MachineState.Busy);
        var connected = busy + Minutes(rows, MachineState.Idle);
        return connected > 0 ? busy / connected : null;
    }
}
