using System.Buffers;
using Cofab.Core.MachineData;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Exceptions;

namespace Cofab.Platform.Features.Machines;

/// <summary>
/// Subscribes to machine observations published over MQTT (contract in <see cref="MachinePayload"/>) and hands each
/// valid one to the <see cref="IMachineObservationSink"/>. A bad message is logged with the reason and dropped; it never
/// stops the subscription. Does nothing unless <c>Machines:Mqtt:Host</c> is configured.
/// </summary>
public sealed partial class MqttObservationSubscriber(
    IOptions<MqttObservationOptions> options, IMachineObservationSink sink, TimeProvider time, ILogger<MqttObservationSubscriber> logger)
    : BackgroundService
{
    private readonly MqttObservationOptions _options = options.Value;
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first subscription is in place (tests and health checks wait on it).</summary>
    public Task Subscribed => _subscribed.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            LogDisabled(logger);
            return;
        }

        var factory = new MqttClientFactory();
        using var client = factory.CreateMqttClient();
        client.ApplicationMessageReceivedAsync += async e =>
        {
            var message = e.ApplicationMessage;
            if (MachinePayload.TryParse(message.Topic, message.Payload.ToArray(), out var report, out var error))
            {
                await sink.AcceptAsync(report!, stoppingToken);
            }
            else
            {
                LogRejected(logger, message.Topic, error!);
            }
        };

        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithClientId(_options.ClientId)
            .WithCleanStart(false);
        if (_options.Username is not null)
        {
            builder = builder.WithCredentials(_options.Username, _options.Password);
        }

        if (_options.UseTls)
        {
            builder = builder.WithTlsOptions(o => o.UseTls());
        }

        var clientOptions = builder.Build();
        var subscription = factory.CreateSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(_options.TopicFilter).WithAtLeastOnceQoS())
            .Build();

        // Reconnect by polling the connection rather than from the Disconnected event, so a broker that is down at
        // start-up and one that drops us later are handled by the same loop.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!client.IsConnected)
                {
                    await client.ConnectAsync(clientOptions, stoppingToken);
                    await client.SubscribeAsync(subscription, stoppingToken);
                    LogSubscribed(logger, _options.Host!, _options.Port, _options.TopicFilter);
                    _subscribed.TrySetResult();
                }
            }
            catch (Exception e) when (e is MqttCommunicationException or InvalidOperationException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
            {
                LogConnectFailed(logger, _options.Host!, _options.Port, e.Message);
            }

            try
            {
                await Task.Delay(_options.ReconnectDelay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MQTT machine observations are off (Machines:Mqtt:Host is not set)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed to {Filter} on MQTT broker {Host}:{Port}")]
    private static partial void LogSubscribed(ILogger logger, string host, int port, string filter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to MQTT broker {Host}:{Port}: {Reason}; retrying")]
    private static partial void LogConnectFailed(ILogger logger, string host, int port, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected MQTT machine observation on {Topic}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string topic, string reason);
}
