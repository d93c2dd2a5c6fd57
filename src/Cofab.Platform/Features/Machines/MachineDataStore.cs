using Cofab.Core.MachineData;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cofab.Platform.Features.Machines;

/// <summary>
/// Writes observations of connected machines: the latest status, and the state intervals between consecutive
/// observations (the span up to an observation belongs to the state seen before it). One observation is one unit of
/// work: status, interval and agent cursor change together or not at all.
/// </summary>
public sealed partial class MachineDataStore(AppDbContext db, RecordMachineProgress machineProgress, ILogger<MachineDataStore> logger)
{
    /// <summary>
    /// Records an MQTT report for the machine key it names, but only if that key is connected to a resource of the
    /// enterprise in the topic; anything else is rejected and logged, so no one can publish into another's machine.
    /// </summary>
    public async Task<bool> RecordReportAsync(MachineReport report, CancellationToken ct)
    {
        var key = report.Observation.Machine;
        var connection = await (from c in db.MachineConnections
                                join r in db.Resources on c.ResourceId equals r.Id
                                where c.Source == MachineSourceKind.Mqtt && c.Enabled && c.EnterpriseId == report.EnterpriseId
                                      && c.MqttKey == key && r.EnterpriseId == report.EnterpriseId
                                select c).SingleOrDefaultAsync(ct);
        if (connection is null)
        {
            LogUnknownKey(logger, report.EnterpriseId, key);
            return false;
        }

        await RecordAsync(connection, report.Observation, ct);
        return true;
    }

    /// <summary>Records one observation of a connection's machine (the connection is tracked by this context).</summary>
    public async Task RecordAsync(MachineConnection connection, MachineObservation observation, CancellationToken ct)
    {
        var status = await db.MachineStatuses.SingleOrDefaultAsync(s => s.ConnectionId == connection.Id, ct);
        var at = observation.At;
        long increment = 0;
        if (status is null)
        {
            status = new MachineLatestStatus { ConnectionId = connection.Id, EnterpriseId = connection.EnterpriseId, ResourceId = connection.ResourceId, At = at };
            db.MachineStatuses.Add(status);
        }
        else
        {
            // The clock never runs backwards (same rule as MachineTimeline): a late observation counts at the last time.
            if (at < status.At)
            {
                at = status.At;
            }

            increment = PartCountIncrement(status.PartCount, observation.PartCount);
            var open = status.OpenIntervalId is { } id ? await db.MachineStateIntervals.SingleOrDefaultAsync(i => i.Id == id, ct) : null;
            if (open is not null && open.End == status.At && (open.State == status.State || at == status.At))
            {
                open.End = at;
                open.PartCountIncrement += increment;
            }
            else if (at > status.At)
            {
                var interval = new MachineStateRecord
                {
                    Id = Guid.NewGuid(), ConnectionId = connection.Id, ResourceId = connection.ResourceId,
                    Start = status.At, End = at, State = status.State, PartCountIncrement = increment,
                };
                db.MachineStateIntervals.Add(interval);
                status.OpenIntervalId = interval.Id;
            }

            // A state change starts a new interval at the next observation, never extending this one.
            if (observation.State != status.State)
            {
                status.OpenIntervalId = null;
            }
        }

        status.At = at;
        status.Availability = Clip(observation.Availability);
        status.Execution = Clip(observation.Execution);
        status.PartCount = observation.PartCount ?? status.PartCount;
        status.SpindleSpeed = observation.SpindleSpeed;
        status.ControllerMode = Clip(observation.ControllerMode);
        status.State = observation.State;
        if (observation.Sequence is { } sequence)
        {
            // A new agent instance numbers from 1 again: its cursor replaces the old one, even if lower.
            if (observation.AgentInstanceId is { } instance && instance != connection.InstanceId)
            {
                connection.InstanceId = instance;
                connection.NextSequence = null;
            }

            if (connection.NextSequence is null || sequence >= connection.NextSequence)
            {
                connection.NextSequence = sequence + 1;
            }
        }

        await db.SaveChangesAsync(ct);
        await machineProgress.HandleAsync(connection.EnterpriseId, connection.ResourceId, increment, at, ct);
    }

    private static long PartCountIncrement(long? previous, long? current) =>
        // A counter that goes down was reset: everything it shows since then is new.
        previous is { } p && current is { } c ? (c >= p ? c - p : c) : 0;

    private static string? Clip(string? value) => value is { Length: > 32 } ? value[..32] : value;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected machine observation for key '{MachineKey}' of enterprise {EnterpriseId}: no enabled MQTT connection of that enterprise's own resource has this key")]
    private static partial void LogUnknownKey(ILogger logger, Guid enterpriseId, string machineKey);
}
