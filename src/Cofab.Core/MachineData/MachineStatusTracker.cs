using System.Globalization;

namespace Cofab.Core.MachineData;

/// <summary>
/// Folds MTConnect observations, in sequence order, into the latest <see cref="MachineObservation"/> of each device.
/// Data items are recognised by type (never by name): AVAILABILITY, EXECUTION, CONTROLLER_MODE, PART_COUNT (subType
/// ALL or none preferred over GOOD; TARGET/REMAINING/BAD are not produced parts) and the ACTUAL ROTARY_VELOCITY /
/// SPINDLE_SPEED. A device with several paths is busy when any path is ACTIVE; with several spindles the fastest counts.
/// The clock never runs backwards: an observation stamped earlier than the one before it (reconnect markers carry the
/// adapter's last heartbeat time) is taken to happen at the previous time.
/// </summary>
public sealed class MachineStatusTracker
{
    private readonly Dictionary<string, DeviceValues> _devices = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Devices => _devices.Keys;

    /// <summary>Applies one observation; returns the device's new status when the observation is one that matters.</summary>
    public MachineObservation? Apply(StreamObservation observation)
    {
        var kind = Classify(observation);
        if (kind == Kind.Other)
        {
            return null;
        }

        if (!_devices.TryGetValue(observation.DeviceName, out var device))
        {
            device = new DeviceValues();
            _devices.Add(observation.DeviceName, device);
        }

        device.Clock = device.Clock is { } clock && clock > observation.Timestamp ? clock : observation.Timestamp;
        device.Sequence = observation.Sequence;
        var values = kind switch
        {
            Kind.Availability => device.Availability,
            Kind.Execution => device.Execution,
            Kind.Mode => device.Mode,
            Kind.PartCount => device.PartCount,
            _ => device.Spindle,
        };
        values[observation.DataItemId] = new Latest(observation.Value, observation.Sequence, PartCountRank(observation));
        return Snapshot(observation.DeviceName, device);
    }

    public MachineObservation? Current(string device) =>
        _devices.TryGetValue(device, out var values) ? Snapshot(device, values) : null;

    public IEnumerable<MachineObservation> CurrentAll() => _devices.Select(d => Snapshot(d.Key, d.Value));

    public void Clear() => _devices.Clear();

    private static MachineObservation Snapshot(string name, DeviceValues d)
    {
        var execution = d.Execution.Values.Any(v => Is(v.Value, MachineStateRule.Active)) ? MachineStateRule.Active : Newest(d.Execution);
        long? partCount = d.PartCount.Values
            .Where(v => v.Rank >= 0)
            .OrderBy(v => v.Rank)
            .Select(v => long.TryParse(v.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (long?)null)
            .FirstOrDefault();
        var speeds = d.Spindle.Values
            .Select(v => double.TryParse(v.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : (double?)null)
            .Where(s => s is not null)
            .ToList();
        double? spindle = speeds.Count == 0 ? null : speeds.Max(s => Math.Abs(s!.Value));
        return new MachineObservation(name, d.Clock ?? DateTimeOffset.MinValue, Newest(d.Availability), execution, partCount, spindle)
        {
            ControllerMode = Newest(d.Mode),
            Sequence = d.Sequence,
        };
    }

    private static string? Newest(Dictionary<string, Latest> values) =>
        values.Count == 0 ? null : values.Values.MaxBy(v => v.Sequence)!.Value;

    private static Kind Classify(StreamObservation o)
    {
        var subType = o.SubType?.ToUpperInvariant();
        return o.Type.ToUpperInvariant() switch
        {
            "AVAILABILITY" => Kind.Availability,
            "EXECUTION" => Kind.Execution,
            "CONTROLLER_MODE" => Kind.Mode,
            "PART_COUNT" => Kind.PartCount,
            "ROTARY_VELOCITY" when subType == "ACTUAL" => Kind.Spindle,
            "SPINDLE_SPEED" when subType is null or "ACTUAL" => Kind.Spindle,
            _ => Kind.Other,
        };
    }

    /// <summary>Lower is preferred; negative is not a produced-part count.</summary>
    private static int PartCountRank(StreamObservation o) => o.SubType?.ToUpperInvariant() switch
    {
        null or "ALL" or "TOTAL" => 0,
        "GOOD" => 1,
        _ => -1,
    };

    private static bool Is(string value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private enum Kind
    {
        Other,
        Availability,
        Execution,
        Mode,
        PartCount,
        Spindle,
    }

    private readonly record struct Latest(string Value, long Sequence, int Rank);

    private sealed class DeviceValues
    {
        public Dictionary<string, Latest> Availability { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Latest> Execution { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Latest> Mode { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Latest> PartCount { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Latest> Spindle { get; } = new(StringComparer.Ordinal);
        public DateTimeOffset? Clock { get; set; }
        public long Sequence { get; set; }
    }
}
