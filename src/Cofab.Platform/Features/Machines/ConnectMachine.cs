using Cofab.Core.MachineData;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Machines;

/// <summary>
/// Connects one of the caller's own resources to an MTConnect agent device or an MQTT machine key. Another
/// enterprise's resource is "not found" (its existence is not confirmed); a resource has at most one connection.
/// </summary>
public sealed class ConnectMachine(AppDbContext db, AuditTrail audit, TimeProvider time)
{
    public async Task<Result<MachineConnectionView>> HandleAsync(ConnectMachineRequest request, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var errors = Validate(request, out var kind, out var agentUrl);
        if (errors.Count > 0) return Failure.Validation(errors, "The machine connection has invalid fields: " + string.Join(" ", errors.Values.SelectMany(v => v)));

        var resource = await db.Resources.AsNoTracking().Where(r => r.Id == request.ResourceId)
            .Select(r => new { r.Id, r.EnterpriseId }).SingleOrDefaultAsync(ct);
        if (resource is null || !caller.CanManage(resource.EnterpriseId)) return Failure.NotFound($"No resource {request.ResourceId} of yours exists.");
        if (await db.MachineConnections.AnyAsync(c => c.ResourceId == resource.Id, ct))
            return Failure.Conflict($"Resource {resource.Id} is already connected to a machine; disconnect it first.");
        var key = request.MqttKey?.Trim();
        if (kind == MachineSourceKind.Mqtt && await db.MachineConnections.AnyAsync(c => c.EnterpriseId == resource.EnterpriseId && c.MqttKey == key, ct))
            return Failure.Conflict($"Machine key '{key}' is already connected to another of your resources; choose another key.");

        var connection = new MachineConnection
        {
            Id = Guid.NewGuid(),
            EnterpriseId = resource.EnterpriseId,
            ResourceId = resource.Id,
            Source = kind,
            AgentUrl = kind == MachineSourceKind.MTConnect ? agentUrl!.AbsoluteUri : null,
            Device = kind == MachineSourceKind.MTConnect ? request.Device!.Trim() : null,
            MqttKey = kind == MachineSourceKind.Mqtt ? key : null,
            Enabled = request.Enabled,
            CreatedAt = time.GetUtcNow(),
        };
        db.MachineConnections.Add(connection);
        audit.Record(caller, "machine.connected", "MachineConnection", connection.Id.ToString(), resource.EnterpriseId,
            kind == MachineSourceKind.Mqtt ? $"resource {resource.Id} via MQTT key {key}" : $"resource {resource.Id} via {connection.AgentUrl} device {connection.Device}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Lost a race with a concurrent connect of the same resource or key (unique indexes).
            return Failure.Conflict($"Resource {resource.Id} or its machine key was connected at the same moment; reload and retry.");
        }

        return MachineSourceNames.ToView(connection);
    }

    private static Dictionary<string, string[]> Validate(ConnectMachineRequest request, out MachineSourceKind kind, out Uri? agentUrl)
    {
        var errors = new Dictionary<string, string[]>();
        kind = MachineSourceKind.MTConnect;
        agentUrl = null;
        if (request.ResourceId == Guid.Empty) errors["resourceId"] = ["Give the id of the resource this machine is."];
        switch (request.Source?.Trim().ToLowerInvariant())
        {
            case MachineSourceNames.MTConnect:
                if (!Uri.TryCreate(request.AgentUrl?.Trim(), UriKind.Absolute, out agentUrl) || agentUrl.Scheme is not ("http" or "https"))
                    errors["agentUrl"] = ["Give the MTConnect agent's base address as an absolute http(s) URL, e.g. http://agent:5000/."];
                else if (agentUrl.AbsoluteUri.Length > MachineModel.MaxAgentUrlLength)
                    errors["agentUrl"] = [$"The agent URL may be at most {MachineModel.MaxAgentUrlLength} characters."];
                if (string.IsNullOrWhiteSpace(request.Device) || request.Device.Trim().Length > MachineModel.MaxDeviceLength)
                    errors["device"] = [$"Give the device name as the agent's probe lists it (1-{MachineModel.MaxDeviceLength} characters)."];
                if (request.MqttKey is not null) errors["mqttKey"] = ["An MTConnect connection has no MQTT key; leave mqttKey out."];
                break;
            case MachineSourceNames.Mqtt:
                kind = MachineSourceKind.Mqtt;
                if (!MachinePayload.IsValidMachineKey(request.MqttKey?.Trim()))
                    errors["mqttKey"] = ["The machine key must be 1-64 letters, digits, '.', '_' or '-', e.g. the asset number."];
                if (request.AgentUrl is not null) errors["agentUrl"] = ["An MQTT connection has no agent URL; leave agentUrl out."];
                break;
            default:
                errors["source"] = ["Source must be 'mtconnect' (an agent URL and device) or 'mqtt' (a machine key)."];
                break;
        }

        return errors;
    }
}
