using System.Net;
using System.Net.Sockets;
using Cofab.Core.MachineData;
using Cofab.Platform.Features.Machines;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Server;

namespace Cofab.IntegrationTests.Machines;

/// <summary>The subscriber against MQTTnet's real broker on a free loopback port, fed by a real MQTT client.</summary>
public sealed class MqttObservationSubscriberTests
{
    private static readonly Guid Enterprise = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Valid_payloads_reach_the_board_and_bad_ones_are_logged_with_the_reason()
    {
        var port = FreePort();
        using var server = new MqttServerFactory().CreateMqttServer(new MqttServerOptionsBuilder()
            .WithDefaultEndpoint().WithDefaultEndpointBoundIPAddress(IPAddress.Loopback).WithDefaultEndpointPort(port).Build());
        await server.StartAsync();
        try
        {
            var board = new MachineStatusBoard();
            var logger = new CollectingLogger<MqttObservationSubscriber>();
            using var subscriber = new MqttObservationSubscriber(
                Options.Create(new MqttObservationOptions { Host = "127.0.0.1", Port = port, ClientId = "cofab-test", ReconnectDelay = TimeSpan.FromMilliseconds(200) }),
                board, TimeProvider.System, logger);
            await subscriber.StartAsync(Ct);
            await subscriber.Subscribed.WaitAsync(TimeSpan.FromSeconds(20), Ct);

            var factory = new MqttClientFactory();
            using var publisher = factory.CreateMqttClient();
            await publisher.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("factory-gateway").Build(), Ct);
            var topic = MachinePayload.Topic(Enterprise, "lathe-07");
            await PublishAsync(publisher, topic, """{"at":"2026-03-01T08:00:00+08:00","availability":"AVAILABLE","execution":"ACTIVE","partCount":12,"spindleSpeed":1450}""");
            await PublishAsync(publisher, topic, """{"at":"2026-03-01T08:01:00+08:00","availability":"AVAILABLE","execution":"ACTIVE",""");
            await PublishAsync(publisher, topic, """{"availability":"AVAILABLE","execution":"READY"}""");
            await PublishAsync(publisher, topic, """{"at":"2026-03-01T08:02:00+08:00","execution":"READY","partCount":-3}""");
            await PublishAsync(publisher, "cofab/v1/not-an-enterprise/machines/lathe-07/observations", """{"at":"2026-03-01T08:03:00Z","execution":"READY"}""");
            // Sent last on the same connection at QoS 1, so once it is on the board every earlier message was handled.
            await PublishAsync(publisher, topic, """{"at":"2026-03-01T08:10:00+08:00","availability":"AVAILABLE","execution":"READY","partCount":13,"spindleSpeed":0}""");

            var latest = await WaitForAsync(() => board.Latest(Enterprise, "lathe-07") is { Execution: "READY" } o ? o : null);

            Assert.Equal(MachineState.Idle, latest.State);
            Assert.Equal(13, latest.PartCount);
            Assert.Equal(DateTimeOffset.Parse("2026-03-01T00:10:00Z", System.Globalization.CultureInfo.InvariantCulture), latest.At);
            var rejections = logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
            Assert.Equal(4, rejections.Count);
            Assert.Contains(rejections, m => m.Contains("not valid JSON", StringComparison.Ordinal));
            Assert.Contains(rejections, m => m.Contains("'at' is required", StringComparison.Ordinal));
            Assert.Contains(rejections, m => m.Contains("'partCount' must be a whole number", StringComparison.Ordinal));
            Assert.Contains(rejections, m => m.Contains("'not-an-enterprise' is not an enterprise id", StringComparison.Ordinal));

            await subscriber.StopAsync(Ct);
        }
        finally
        {
            await server.StopAsync();
        }
    }

    [Fact]
    public async Task Without_a_host_the_subscriber_stays_off()
    {
        var logger = new CollectingLogger<MqttObservationSubscriber>();
        using var subscriber = new MqttObservationSubscriber(Options.Create(new MqttObservationOptions()), new MachineStatusBoard(), TimeProvider.System, logger);

        await subscriber.StartAsync(Ct);
        await subscriber.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Contains(logger.Entries, e => e.Message.Contains("Machines:Mqtt:Host is not set", StringComparison.Ordinal));
        Assert.False(subscriber.Subscribed.IsCompleted);
    }

    [Fact]
    public void A_topic_filter_outside_the_contract_fails_at_start_up()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Machines:Mqtt:Host"] = "broker.factory.example",
            ["Machines:Mqtt:TopicFilter"] = "#",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMachineData(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MqttObservationOptions>>().Value);

        Assert.Contains("Machines:Mqtt:TopicFilter '#'", error.Message, StringComparison.Ordinal);
    }

    private static async Task PublishAsync(IMqttClient client, string topic, string payload) =>
        await client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce).Build(), Ct);

    private static async Task<T> WaitForAsync<T>(Func<T?> probe) where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (probe() is { } value) return value;
            await Task.Delay(20, timeout.Token);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
