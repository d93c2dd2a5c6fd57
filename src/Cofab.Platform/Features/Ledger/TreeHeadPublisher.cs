using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Ledger;

/// <summary>Signs a tree head every <see cref="LedgerOptions.PublishInterval"/> when the log has grown.</summary>
public sealed partial class TreeHeadPublisher(
    IServiceScopeFactory scopes,
    LedgerSigner signer,
    IOptions<LedgerOptions> options,
    TimeProvider clock,
    ILogger<TreeHeadPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The key exists from the first start on, not from the first signature.
        signer.EnsureKey();
        if (!options.Value.PublishInBackground) return;
        using var timer = new PeriodicTimer(options.Value.PublishInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var head = await scope.ServiceProvider.GetRequiredService<TreeHeads>().PublishIfGrownAsync(stoppingToken);
                LogPublished(head.Size);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not end publishing for good; the next tick retries.
                LogFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ledger tree head at size {Size}")]
    private partial void LogPublished(long size);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing a ledger tree head failed; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
