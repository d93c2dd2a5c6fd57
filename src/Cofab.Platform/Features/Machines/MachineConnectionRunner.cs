using System.ComponentModel.DataAnnotations;
using Cofab.Core.MachineData;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Machines;

/// <summary>The hosted runner of MTConnect connections (section <c>Machines:Runner</c>).</summary>
public sealed class MachineRunnerOptions
{
    public const string Section = "Machines:Runner";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the list of enabled connections is read again, to follow new and disabled ones.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before watching an agent again after its watch failed unexpectedly.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan FailureDelay { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Watches every enabled MTConnect connection with <see cref="MTConnectAgentPoller"/> and stores what its device
/// reports (<see cref="MachineDataStore"/>). Connections added or disabled are picked up at the next refresh.
/// </summary>
public sealed partial class MachineConnectionRunner(
    IServiceScopeFactory scopes, MTConnectAgentPoller poller, IOptions<MachineRunnerOptions> options, TimeProvider time,
    ILogger<MachineConnectionRunner> logger) : BackgroundService
{
    private readonly MachineRunnerOptions _options = options.Value;
    private readonly Dictionary<Guid, (CancellationTokenSource Stop, Task Watch)> _watches = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
                {
                    // The database being briefly away must not stop the host (a BackgroundService failure does).
                    LogRefreshFailed(logger, e);
                }

                await Task.Delay(_options.RefreshInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            foreach (var (stop, _) in _watches.Values)
            {
                await stop.CancelAsync();
            }

            await Task.WhenAll(_watches.Values.Select(w => w.Watch));
            foreach (var (stop, _) in _watches.Values)
            {
                stop.Dispose();
            }
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        List<(Guid Id, string Url, string Device)> wanted;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            wanted = (await db.MachineConnections.AsNoTracking()
                    .Where(c => c.Enabled && c.Source == MachineSourceKind.MTConnect && c.AgentUrl != null && c.Device != null)
                    .Select(c => new { c.Id, c.AgentUrl, c.Device })
                    .ToListAsync(stoppingToken))
                .Select(c => (c.Id, c.AgentUrl!, c.Device!)).ToList();
        }

        foreach (var gone in _watches.Keys.Except(wanted.Select(w => w.Id)).ToList())
        {
            var (stop, watch) = _watches[gone];
            await stop.CancelAsync();
            await watch;
            stop.Dispose();
            _watches.Remove(gone);
        }

        foreach (var (id, url, device) in wanted.Where(w => !_watches.ContainsKey(w.Id)))
        {
            var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            _watches[id] = (stop, WatchAsync(id, new Uri(url), device, stop.Token));
        }
    }

    private async Task WatchAsync(Guid connectionId, Uri agent, string device, CancellationToken ct)
    {
        LogWatching(logger, connectionId, agent, device);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await foreach (var observation in poller.WatchAsync(agent, ct))
                {
                    if (string.Equals(observation.Machine, device, StringComparison.OrdinalIgnoreCase))
                    {
                        await RecordAsync(connectionId, observation, ct);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException or InvalidOperationException or HttpRequestException)
            {
                // A database hiccup must not end the watch of every later observation.
                LogWatchFailed(logger, e, connectionId, agent);
                try
                {
                    await Task.Delay(_options.FailureDelay, time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task RecordAsync(Guid connectionId, MachineObservation observation, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = await db.MachineConnections.SingleOrDefaultAsync(c => c.Id == connectionId, ct);
        if (connection is null || !connection.Enabled)
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<MachineDataStore>().RecordAsync(connection, observation, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MTConnect machine connections are not polled (Machines:Runner:Enabled is false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not read the machine connections to poll; trying again at the next refresh")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching machine connection {ConnectionId}: device '{Device}' at {Agent}")]
    private static partial void LogWatching(ILogger logger, Guid connectionId, Uri agent, string device);

    [LoggerMessage(Level = LogLevel.Error, Message = "Watching machine connection {ConnectionId} at {Agent} failed; starting over")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception, Guid connectionId, Uri agent);
}
