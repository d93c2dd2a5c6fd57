using System.Collections.Concurrent;
using Cofab.Core.MachineData;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Machines;

/// <summary>Where observations from agents and MQTT go.</summary>
public interface IMachineObservationSink
{
    ValueTask AcceptAsync(MachineReport report, CancellationToken cancellationToken);
}

/// <summary>
/// The latest observation of every machine. In the host it writes through to the database
/// (<see cref="MachineDataStore"/>): a report is kept only if the store accepted it, i.e. the machine key is connected to
/// a resource of the reporting enterprise; the database is the truth, this is a cache of what arrived since start.
/// Without a scope factory (tests of the subscriber alone) it is memory only.
/// </summary>
public sealed class MachineStatusBoard : IMachineObservationSink
{
    private readonly ConcurrentDictionary<(Guid Enterprise, string Machine), MachineObservation> _latest = new();
    private readonly IServiceScopeFactory? _scopes;

    public MachineStatusBoard()
    {
    }

    public MachineStatusBoard(IServiceScopeFactory scopes) => _scopes = scopes;

    public async ValueTask AcceptAsync(MachineReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (_scopes is not null)
        {
            await using var scope = _scopes.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<MachineDataStore>().RecordReportAsync(report, cancellationToken))
            {
                return;
            }
        }

        // Keep the newest by the machine's own time: MQTT brokers may deliver out of order after reconnects.
        _latest.AddOrUpdate((report.EnterpriseId, report.Observation.Machine), report.Observation,
            (_, existing) => report.Observation.At >= existing.At ? report.Observation : existing);
    }

    public MachineObservation? Latest(Guid enterpriseId, string machine) =>
        _latest.TryGetValue((enterpriseId, machine), out var observation) ? observation : null;

    public IReadOnlyList<MachineObservation> ForEnterprise(Guid enterpriseId) =>
        _latest.Where(p => p.Key.Enterprise == enterpriseId).Select(p => p.Value).OrderBy(o => o.Machine, StringComparer.Ordinal).ToList();
}
