using Cofab.Core.MachineData;

namespace Cofab.Platform.Features.Machines;

/// <summary>Connect a resource to its machine data: <c>source</c> "mtconnect" with agentUrl + device, or "mqtt" with mqttKey.</summary>
public sealed record ConnectMachineRequest(Guid ResourceId, string? Source, string? AgentUrl, string? Device, string? MqttKey, bool Enabled = true);

/// <summary>Turn a machine connection on (polled, MQTT accepted) or off.</summary>
public sealed record MachineConnectionEnabledRequest(bool Enabled);

public sealed record MachineConnectionView(
    Guid Id, Guid EnterpriseId, Guid ResourceId, string Source, string? AgentUrl, string? Device, string? MqttKey, string? MqttTopic,
    bool Enabled, DateTimeOffset CreatedAt);

public sealed record MachineBoardEntry(
    Guid ConnectionId, Guid EnterpriseId, Guid ResourceId, string ResourceName, string State, long? PartCount, DateTimeOffset LastSeen,
    string? Execution, double? UtilisationToday);

public sealed record MachineUtilisation(
    Guid ResourceId, DateTimeOffset From, DateTimeOffset To, double BusyMinutes, double IdleMinutes, double OfflineMinutes,
    double? Utilisation, long PartCountIncrements, IReadOnlyList<MachineIntervalView> Intervals);

public sealed record MachineIntervalView(DateTimeOffset Start, DateTimeOffset End, string State, long PartCountIncrement);

public sealed record EffectiveFreeWindows(
    Guid ResourceId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<TimeWindow> Published, IReadOnlyList<TimeWindow> Busy,
    IReadOnlyList<TimeWindow> Free);

internal static class MachineSourceNames
{
    public const string MTConnect = "mtconnect";
    public const string Mqtt = "mqtt";

    public static string Name(MachineSourceKind kind) => kind == MachineSourceKind.Mqtt ? Mqtt : MTConnect;

    public static MachineConnectionView ToView(MachineConnection c) => new(
        c.Id, c.EnterpriseId, c.ResourceId, Name(c.Source), c.AgentUrl, c.Device, c.MqttKey,
        c.MqttKey is null ? null : MachinePayload.Topic(c.EnterpriseId, c.MqttKey), c.Enabled, c.CreatedAt);
}
