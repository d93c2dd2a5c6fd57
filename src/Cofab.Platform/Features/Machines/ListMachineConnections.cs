using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Machines;

/// <summary>The caller's own machine connections (every enterprise's for the operator and the regulator).</summary>
public sealed class ListMachineConnections(AppDbContext db)
{
    public async Task<Result<IReadOnlyList<MachineConnectionView>>> HandleAsync(Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var query = db.MachineConnections.AsNoTracking();
        if (!caller.SeesAll) query = query.Where(c => c.EnterpriseId == caller.EnterpriseId);
        var rows = await query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);
        return rows.Select(MachineSourceNames.ToView).ToList();
    }
}
