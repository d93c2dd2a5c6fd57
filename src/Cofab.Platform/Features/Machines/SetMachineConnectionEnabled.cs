using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Machines;

/// <summary>
/// Turns a machine connection on or off: a disabled one is no longer polled and its MQTT reports are rejected; its
/// stored intervals stay, so past utilisation remains true.
/// </summary>
public sealed class SetMachineConnectionEnabled(AppDbContext db, AuditTrail audit)
{
    public async Task<Result<MachineConnectionView>> HandleAsync(Guid connectionId, bool enabled, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var connection = await db.MachineConnections.SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        if (connection is null || !caller.CanManage(connection.EnterpriseId)) return Failure.NotFound($"No machine connection {connectionId} of yours exists.");
        if (connection.Enabled != enabled)
        {
            connection.Enabled = enabled;
            audit.Record(caller, enabled ? "machine.enabled" : "machine.disabled", "MachineConnection", connection.Id.ToString(), connection.EnterpriseId,
                $"resource {connection.ResourceId}");
            await db.SaveChangesAsync(ct);
        }

        return MachineSourceNames.ToView(connection);
    }
}
