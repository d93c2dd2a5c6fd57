using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// Builds the candidate index when the web host starts, so the first search does not pay for loading every resource.
/// The host migrates the database before hosted services start; if building fails anyway, the first search retries.
/// </summary>
public sealed partial class CandidateIndexWarmer(CandidateIndex index, IOptions<MatchingOptions> options, ILogger<CandidateIndexWarmer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmOnStart) return;
        try
        {
            await index.CurrentAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the index was needed.
        }
#pragma warning disable CA1031 // a failed warm-up only means the first search builds the index
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogWarmUpFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building the candidate index at start-up failed; the first search will build it")]
    private partial void LogWarmUpFailed(Exception exception);
}
