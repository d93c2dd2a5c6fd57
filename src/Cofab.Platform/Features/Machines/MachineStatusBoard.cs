using System.Collections.Concurrent;
using Cofab.Core.MachineData;

namespace Cofab.Platform.Features.Machines;

/// <summary>Where observations from agents and MQTT go.</summary>
public interface IMachineObservationSink
{
    ValueTask AcceptAsync(MachineReport report, CancellationToken cancellationToken);
}

/// <summary>
/// The latest observation of every machine, in memory. It stands in until machine observations are persisted (see
/// docs/machine-data.md, "Persistence still to come"); a restart forgets everything.
/// </summary>
public sealed class MachineStatusBoard : IMachineObservationSink
{
    private readonly ConcurrentDictionary<(Guid Enterprise, string Machine), MachineObservation> _latest = new();

    public ValueTask AcceptAsync(MachineReport report, CancellationToken cancellationToken)
    {
        // Keep the newest by the machine's own time: MQTT brokers may deliver out of order after reconnects.
        _latest.AddOrUpdate((report.EnterpriseId, report.Observation.Machine), report.Observation,
            (_, existing) => report.Observation.At >= existing.At ? report.Observation : existing);
        return ValueTask.CompletedTask;
    }

    public MachineObservation? Latest(Guid enterpriseId, string machine) =>
        _latest.TryGetValue((enterpriseId, machine), out var observation) ? observation : null;

    public IReadOnlyList<MachineObservation> ForEnterprise(Guid enterpriseId) =>
        _latest.Where(p => p.Key.Enterprise == enterpriseId).Select(p => p.Value).OrderBy(o => o.Machine, StringComparer.Ordinal).ToList();
}
