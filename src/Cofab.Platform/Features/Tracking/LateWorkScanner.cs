using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Tracking;

/// <summary>Scans for late work every <see cref="TrackingOptions.ScanInterval"/> (unless turned off) and raises alerts.</summary>
public sealed partial class LateWorkScanner(
    IServiceScopeFactory scopes,
    IOptions<TrackingOptions> options,
    TimeProvider clock,
    ILogger<LateWorkScanner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ScanInBackground) return;
        using var timer = new PeriodicTimer(options.Value.ScanInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<ScanLateWork>().RunAsync(stoppingToken);
                if (outcome.Raised > 0) LogRaised(outcome.Raised, outcome.LateWork);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not end scanning for good; the next tick retries.
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Late work: {Raised} new alerts ({Late} pieces of late work in all)")]
    private partial void LogRaised(int raised, int late);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scanning for late work failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
