using Cofab.Core.MachineData;

namespace Cofab.Platform.Features.Machines;

public enum MachineSourceKind
{
    MTConnect = 0,
    Mqtt = 1,
}

/// <summary>
/// A registered resource of an enterprise linked to where its machine data comes from: an MTConnect agent (URL +
/// device) or an MQTT machine key under the enterprise's topic. Also the agent cursor, so a restart resumes there.
/// </summary>
public sealed class MachineConnection
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid ResourceId { get; set; }
    public MachineSourceKind Source { get; set; }
    public string? AgentUrl { get; set; }

    /// <summary>The MTConnect device name or uuid.</summary>
    public string? Device { get; set; }

    public string? MqttKey { get; set; }
    public bool Enabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The agent instance the cursor belongs to; a different one means the sequence numbers restarted.</summary>
    public long? InstanceId { get; set; }

    public long? NextSequence { get; set; }
}

/// <summary>A stored stretch during which a connected machine stayed in one state (append-only, extended in place).</summary>
public sealed class MachineStateRecord
{
    public Guid Id { get; set; }
    public Guid ConnectionId { get; set; }
    public Guid ResourceId { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public MachineState State { get; set; }
    public long PartCountIncrement { get; set; }
}

/// <summary>The latest observation of a connected machine.</summary>
public sealed class MachineLatestStatus
{
    public Guid ConnectionId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid ResourceId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Availability { get; set; }
    public string? Execution { get; set; }
    public long? PartCount { get; set; }
    public double? SpindleSpeed { get; set; }
    public string? ControllerMode { get; set; }
    public MachineState State { get; set; }

    /// <summary>The interval the next observation may extend, if it keeps the state.</summary>
    public Guid? OpenIntervalId { get; set; }
}
