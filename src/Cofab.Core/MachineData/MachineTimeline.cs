namespace Cofab.Core.MachineData;

/// <summary>A stretch of time during which a machine stayed in one state.</summary>
public sealed record StateInterval(DateTimeOffset Start, DateTimeOffset End, MachineState State)
{
    public double Minutes => (End - Start).TotalMinutes;
}

/// <summary>
/// One machine's states over the observed period: intervals in time order (consecutive equal states merged), minutes
/// per state, produced parts and utilisation = busy / (busy + idle), the share of its connected time it was working.
/// The last observation closes the last interval: what happens after it is not known.
/// </summary>
public sealed record MachineTimeline(string Machine, IReadOnlyList<StateInterval> Intervals, long PartCountIncrements)
{
    public double BusyMinutes => Total(MachineState.Busy);

    public double IdleMinutes => Total(MachineState.Idle);

    public double OfflineMinutes => Total(MachineState.Offline);

    public double? Utilisation => BusyMinutes + IdleMinutes is var connected and > 0 ? BusyMinutes / connected : null;

    public double Total(MachineState state) => Intervals.Where(i => i.State == state).Sum(i => i.Minutes);

    /// <summary>Builds the timeline of one machine from its observations, which must be in the order they happened.</summary>
    public static MachineTimeline Build(string machine, IEnumerable<MachineObservation> observations)
    {
        var intervals = new List<StateInterval>();
        DateTimeOffset? start = null;
        DateTimeOffset last = default;
        var state = MachineState.Offline;
        long increments = 0;
        long? lastCount = null;
        foreach (var observation in observations)
        {
            // Same monotone clock as the tracker, so MQTT payloads arriving out of order cannot make negative intervals.
            var at = start is not null && observation.At < last ? last : observation.At;
            if (start is null)
            {
                start = at;
                state = observation.State;
            }
            else if (observation.State != state)
            {
                Close(intervals, start.Value, at, state);
                start = at;
                state = observation.State;
            }

            last = at;
            if (observation.PartCount is { } count)
            {
                // A counter that goes down was reset: everything it shows since then is new.
                increments += lastCount is { } previous ? (count >= previous ? count - previous : count) : 0;
                lastCount = count;
            }
        }

        if (start is not null)
        {
            Close(intervals, start.Value, last, state);
        }

        return new MachineTimeline(machine, intervals, increments);
    }

    /// <summary>The timeline of every device of a sample document.</summary>
    public static IReadOnlyList<MachineTimeline> FromSample(StreamsDocument sample)
    {
        var tracker = new MachineStatusTracker();
        var perDevice = new Dictionary<string, List<MachineObservation>>(StringComparer.Ordinal);
        foreach (var observation in sample.Observations)
        {
            if (tracker.Apply(observation) is { } status)
            {
                if (!perDevice.TryGetValue(status.Machine, out var list))
                {
                    perDevice[status.Machine] = list = [];
                }

                list.Add(status);
            }
        }

        return perDevice.Select(d => Build(d.Key, d.Value)).ToList();
    }

    private static void Close(List<StateInterval> intervals, DateTimeOffset start, DateTimeOffset end, MachineState state)
    {
        if (end <= start)
        {
            return;
        }

        // A zero-length state between two equal ones is dropped, so the two must become one.
        if (intervals.Count > 0 && intervals[^1] is var previous && previous.State == state && previous.End == start)
        {
            intervals[^1] = previous with { End = end };
            return;
        }

        intervals.Add(new StateInterval(start, end, state));
    }
}

/// <summary>The status of every device in a current document.</summary>
public static class MachineStatusReader
{
    public static IReadOnlyList<MachineObservation> FromCurrent(StreamsDocument current)
    {
        var tracker = new MachineStatusTracker();
        foreach (var observation in current.Observations)
        {
            tracker.Apply(observation);
        }

        return tracker.CurrentAll().ToList();
    }
}
