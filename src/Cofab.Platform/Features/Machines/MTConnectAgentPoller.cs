using System.Globalization;
using System.Runtime.CompilerServices;
using Cofab.Core.MachineData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Machines;

/// <summary>
/// Follows one MTConnect agent: <c>/probe</c> once, <c>/current</c> for a consistent starting state, then
/// <c>/sample?from=nextSequence</c> in a loop, yielding a <see cref="MachineObservation"/> for every change of a state
/// data item. An agent restart (new instanceId) starts over from the probe, because sequences and even the device model
/// may have changed; a sequence gap (the agent's ring buffer overran us) re-reads <c>/current</c> so the state is right
/// again, and the lost interval is logged.
/// </summary>
public sealed partial class MTConnectAgentPoller(
    IHttpClientFactory httpClientFactory, IOptions<MTConnectPollingOptions> options, TimeProvider time, ILogger<MTConnectAgentPoller> logger)
{
    private const string StateTypesPath =
        "//DataItem[@type=\"AVAILABILITY\" or @type=\"EXECUTION\" or @type=\"CONTROLLER_MODE\" or @type=\"PART_COUNT\" or @type=\"ROTARY_VELOCITY\" or @type=\"SPINDLE_SPEED\"]";

    private readonly MTConnectPollingOptions _options = options.Value;

    public async IAsyncEnumerable<MachineObservation> WatchAsync(Uri agent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var baseUri = agent.AbsoluteUri.EndsWith('/') ? agent : new Uri(agent.AbsoluteUri + "/");
        var client = httpClientFactory.CreateClient(MTConnectPollingOptions.HttpClientName);
        client.Timeout = _options.RequestTimeout;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (probeDocument, probeError) = await FetchAsync(client, new Uri(baseUri, "probe"), null, cancellationToken);
            if (probeDocument is not ProbeDocument probe)
            {
                LogUnreachable(logger, baseUri, probeError ?? "the probe is not an MTConnectDevices document");
                await Task.Delay(_options.RetryDelay, time, cancellationToken);
                continue;
            }

            var instance = probe.Header.InstanceId;
            LogProbed(logger, baseUri, instance, probe.Devices.Count);
            var restart = false;
            while (!restart && !cancellationToken.IsCancellationRequested)
            {
                var (currentDocument, currentError) = await FetchAsync(client, new Uri(baseUri, "current"), probe, cancellationToken);
                if (currentDocument is not StreamsDocument current)
                {
                    LogUnreachable(logger, baseUri, currentError ?? "current did not return a Streams document");
                    await Task.Delay(_options.RetryDelay, time, cancellationToken);
                    break;
                }

                if (current.Header.InstanceId != instance)
                {
                    LogRestarted(logger, baseUri, instance, current.Header.InstanceId);
                    break;
                }

                var tracker = new MachineStatusTracker();
                foreach (var observation in current.Observations)
                {
                    tracker.Apply(observation);
                }

                foreach (var status in tracker.CurrentAll())
                {
                    yield return status with { AgentInstanceId = instance };
                }

                var next = current.Header.NextSequence ?? (current.Observations.Count == 0 ? 1 : current.Observations[^1].Sequence + 1);
                while (!cancellationToken.IsCancellationRequested)
                {
                    var (sampleDocument, sampleError) = await FetchAsync(client, SampleUri(baseUri, next), probe, cancellationToken);
                    if (sampleDocument is ErrorDocument error && error.Has("OUT_OF_RANGE"))
                    {
                        LogGap(logger, baseUri, next, error.Header.FirstSequence);
                        break;
                    }

                    if (sampleDocument is not StreamsDocument sample)
                    {
                        LogUnreachable(logger, baseUri, sampleError ?? "sample did not return a Streams document");
                        await Task.Delay(_options.RetryDelay, time, cancellationToken);
                        restart = true;
                        break;
                    }

                    if (sample.Header.InstanceId != instance)
                    {
                        LogRestarted(logger, baseUri, instance, sample.Header.InstanceId);
                        restart = true;
                        break;
                    }

                    if (sample.Header.FirstSequence is { } first && first > next)
                    {
                        LogGap(logger, baseUri, next, first);
                        break;
                    }

                    foreach (var observation in sample.Observations)
                    {
                        if (observation.Sequence >= next && tracker.Apply(observation) is { } status)
                        {
                            yield return status with { AgentInstanceId = instance };
                        }
                    }

                    var following = sample.Header.NextSequence ?? (sample.Observations.Count == 0 ? next : sample.Observations[^1].Sequence + 1);
                    if (following <= next)
                    {
                        await Task.Delay(_options.PollInterval, time, cancellationToken);
                    }

                    next = Math.Max(next, following);
                }
            }
        }
    }

    private Uri SampleUri(Uri baseUri, long from)
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"sample?from={from}&count={_options.SampleCount}");
        if (_options.FilterSampleByType)
        {
            query += "&path=" + Uri.EscapeDataString(StateTypesPath);
        }

        return new Uri(baseUri, query);
    }

    private static async Task<(MTConnectDocument? Document, string? Error)> FetchAsync(
        HttpClient client, Uri uri, ProbeDocument? probe, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            // An agent answers OUT_OF_RANGE and friends with an MTConnectError body and a 4xx status: read it either way.
            return (MTConnectReader.Read(body, probe, uri.ToString()), null);
        }
        catch (HttpRequestException e)
        {
            return (null, $"{uri}: {e.Message}");
        }
        catch (MTConnectFormatException e)
        {
            return (null, e.Message);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"{uri}: timed out ({e.Message})");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MTConnect agent {Agent} probed: instance {InstanceId}, {Devices} devices")]
    private static partial void LogProbed(ILogger logger, Uri agent, long instanceId, int devices);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MTConnect agent {Agent} restarted (instance {Old} → {New}); reading its probe again")]
    private static partial void LogRestarted(ILogger logger, Uri agent, long old, long @new);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MTConnect agent {Agent} no longer holds sequence {Wanted} (buffer starts at {First}); observations in between are lost, re-reading current")]
    private static partial void LogGap(ILogger logger, Uri agent, long wanted, long? first);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MTConnect agent {Agent} not usable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, Uri agent, string reason);
}
