using System.Security.Claims;
using Cofab.Platform.Features.Machines;

namespace Cofab.Web.Api;

public static class MachineEndpoints
{
    public static void MapMachineEndpoints(this RouteGroupBuilder api)
    {
        var machines = api.MapGroup("/machines").WithTags("Machines");

        machines.MapPost("/connections", async (ConnectMachineRequest request, ClaimsPrincipal user, ConnectMachine connect, CancellationToken ct) =>
                (await connect.HandleAsync(request, ApiResults.CallerOf(user), ct)).ToCreated(c => $"/api/v1/machines/connections/{c.Id}"))
            .WithSummary("Connect one of your own resources to its machine: source 'mtconnect' with agentUrl and device, or 'mqtt' with mqttKey (publish to the returned mqttTopic).");

        machines.MapGet("/connections", async (ClaimsPrincipal user, ListMachineConnections list, CancellationToken ct) =>
                (await list.HandleAsync(ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Your machine connections (all, for the operator and the regulator).");

        machines.MapPut("/connections/{id:guid}/enabled", async (Guid id, MachineConnectionEnabledRequest request, ClaimsPrincipal user, SetMachineConnectionEnabled set, CancellationToken ct) =>
                (await set.HandleAsync(id, request.Enabled, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Turn one of your machine connections on or off; a disabled machine is not polled and its MQTT reports are rejected. Stored intervals stay.");

        machines.MapGet("/board", async (ClaimsPrincipal user, GetMachineBoard board, CancellationToken ct) =>
                (await board.HandleAsync(ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Latest state (busy/idle/offline), part count, last seen and utilisation today of your connected machines (all, for the operator and the regulator).");

        machines.MapGet("/{resourceId:guid}/utilisation", async (Guid resourceId, ClaimsPrincipal user, GetMachineUtilisation utilisation, CancellationToken ct, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
                (await utilisation.HandleAsync(resourceId, from, to, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Busy, idle and offline minutes of a connected machine in [from, to), and utilisation = busy / (busy + idle).");

        machines.MapGet("/{resourceId:guid}/free-windows", async (Guid resourceId, ClaimsPrincipal user, GetEffectiveFreeWindows free, CancellationToken ct, DateTimeOffset? from = null, DateTimeOffset? to = null) =>
                (await free.HandleAsync(resourceId, from, to, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The resource's published idle windows in [from, to) minus the intervals its machine reported busy: the capacity really free.");
    }
}
