namespace Cofab.Core.MachineData;

/// <summary>What idle-capacity matching needs to know of a machine at one moment.</summary>
public enum MachineState
{
    /// <summary>Not connected, or its controller reports UNAVAILABLE: unknown, so never offered as idle capacity.</summary>
    Offline,

    /// <summary>Connected and not executing a program.</summary>
    Idle,

    /// <summary>Executing a program (EXECUTION ACTIVE), or without an EXECUTION item, its spindle turning.</summary>
    Busy,
}

/// <summary>
/// The one rule that turns raw values into a <see cref="MachineState"/>, for MTConnect and MQTT alike:
/// <list type="number">
/// <item>AVAILABILITY UNAVAILABLE (or any value other than AVAILABLE) → offline;</item>
/// <item>EXECUTION UNAVAILABLE → offline (the agent sets every item UNAVAILABLE when the adapter disconnects);</item>
/// <item>EXECUTION ACTIVE → busy;</item>
/// <item>any other EXECUTION value (READY, STOPPED, INTERRUPTED, FEED_HOLD, PROGRAM_STOPPED, PROGRAM_COMPLETED,
/// OPTIONAL_STOP, WAIT, or a value this code does not know) → idle;</item>
/// <item>no EXECUTION at all: spindle speed above zero → busy, a known speed of zero or an AVAILABLE machine → idle,
/// nothing known → offline.</item>
/// </list>
/// </summary>
public static class MachineStateRule
{
    public const string Available = "AVAILABLE";
    public const string Active = "ACTIVE";

    public static MachineState Derive(string? availability, string? execution, double? spindleSpeed)
    {
        if (availability is not null && !Is(availability, Available))
        {
            return MachineState.Offline;
        }

        if (execution is not null)
        {
            if (Is(execution, StreamObservation.Unavailable)) return MachineState.Offline;
            return Is(execution, Active) ? MachineState.Busy : MachineState.Idle;
        }

        if (spindleSpeed is { } speed)
        {
            return Math.Abs(speed) > 0 ? MachineState.Busy : MachineState.Idle;
        }

        return availability is null ? MachineState.Offline : MachineState.Idle;
    }

    public static string Name(MachineState state) => state switch
    {
        MachineState.Busy => "busy",
        MachineState.Idle => "idle",
        _ => "offline",
    };

    private static bool Is(string value, string expected) => string.Equals(value.Trim(), expected, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The state of one machine at one moment, whichever way it arrived (MTConnect agent or MQTT). Values are the
/// controller's own words (MTConnect vocabulary); <see cref="State"/> is derived by <see cref="MachineStateRule"/>.
/// </summary>
public sealed record MachineObservation(
    string Machine, DateTimeOffset At, string? Availability, string? Execution, long? PartCount, double? SpindleSpeed)
{
    public string? ControllerMode { get; init; }

    /// <summary>The agent sequence that produced this observation; null for MQTT.</summary>
    public long? Sequence { get; init; }

    /// <summary>The agent instance whose sequence <see cref="Sequence"/> is; null for MQTT.</summary>
    public long? AgentInstanceId { get; init; }

    public MachineState State => MachineStateRule.Derive(Availability, Execution, SpindleSpeed);
}
