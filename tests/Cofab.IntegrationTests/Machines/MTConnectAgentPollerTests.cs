using System.Xml.Linq;
using Cofab.Core.MachineData;
using Cofab.Platform.Features.Machines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cofab.IntegrationTests.Machines;

/// <summary>The poller against a real HTTP server replaying the Mazak03 agent (see <see cref="ReplayAgent"/>).</summary>
public sealed class MTConnectAgentPollerTests
{
    private const long LastSequence = 25153;
    private static readonly DateTimeOffset FinalDisconnect = DateTimeOffset.Parse("2019-06-19T16:52:12.567098Z", System.Globalization.CultureInfo.InvariantCulture);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Follows_the_agent_from_current_through_every_state_change_of_the_day()
    {
        await using var agent = await ReplayAgent.StartAsync(Ct);

        var observations = await WatchUntilAsync(agent, (seen, _) => seen.Any(o => o.Sequence == LastSequence));

        // current?at=6000: cutting.
        Assert.Equal(MachineState.Busy, observations[0].State);
        Assert.Equal("ACTIVE", observations[0].Execution);
        var followed = observations.Skip(1).ToList();
        Assert.All(followed.Zip(followed.Skip(1)), p => Assert.True(p.Second.Sequence > p.First.Sequence));
        Assert.True(followed[0].Sequence > 6000);
        // One observation for every state data item change in the day sample after sequence 6000, none lost or doubled.
        Assert.Equal(StateObservationsAfter(6000), followed.Count);
        Assert.Equal(MachineState.Offline, observations[^1].State);
        Assert.Equal(FinalDisconnect, observations[^1].At);
        Assert.Equal(1, agent.ProbeRequests);
        Assert.Equal(1, agent.CurrentRequests);
        Assert.StartsWith("?from=6001&count=50&path=", agent.SampleQueries[0], StringComparison.Ordinal);
        Assert.Contains("EXECUTION", Uri.UnescapeDataString(agent.SampleQueries[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_restart_makes_the_poller_read_probe_and_current_again()
    {
        await using var agent = await ReplayAgent.StartAsync(Ct);
        agent.BeforeSample = (a, n) =>
        {
            if (n == 3) a.InstanceId = ReplayAgent.RealInstanceId + 1;
        };

        var observations = await WatchUntilAsync(agent, (seen, a) => a.ProbeRequests == 2 && seen.Any(o => o.Sequence == LastSequence));

        Assert.Equal(2, agent.ProbeRequests);
        Assert.Equal(2, agent.CurrentRequests);
        // After the restart the poller starts again from the agent's current state, not from its old sequence.
        var restartedAt = observations.FindIndex(1, o => o.Sequence < 6001);
        Assert.True(restartedAt > 0);
        Assert.Equal(MachineState.Busy, observations[restartedAt].State);
        Assert.Equal(MachineState.Offline, observations[^1].State);
    }

    [Fact]
    public async Task A_sequence_gap_is_bridged_by_reading_current_again()
    {
        await using var agent = await ReplayAgent.StartAsync(Ct);
        agent.BeforeSample = (a, n) =>
        {
            if (n != 2) return;
            // The poller fell behind: the agent's buffer now starts at 20000 and the machine stands idle (seq 24947).
            a.BufferFirst = 20000;
            a.LiveEnd = 25154;
            a.CurrentFile = "mazak03_current_at24947_idle.xml";
            a.CurrentNext = 24948;
        };

        var observations = await WatchUntilAsync(agent, (seen, _) => seen.Any(o => o.Sequence == LastSequence));

        Assert.Equal(1, agent.ProbeRequests);
        Assert.Equal(2, agent.CurrentRequests);
        var resync = observations.FindIndex(o => o.Execution == "READY" && o.At == DateTimeOffset.Parse("2019-06-19T15:11:22.219Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(resync > 0);
        Assert.Equal(MachineState.Idle, observations[resync].State);
        Assert.All(observations.Skip(resync + 1), o => Assert.True(o.Sequence >= 24948));
        Assert.Equal(StateObservationsAfter(24947), observations.Count - resync - 1);
        Assert.Equal(MachineState.Offline, observations[^1].State);
    }

    private static async Task<List<MachineObservation>> WatchUntilAsync(ReplayAgent agent, Func<List<MachineObservation>, ReplayAgent, bool> done)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpClient(MTConnectPollingOptions.HttpClientName);
        services.AddSingleton(Options.Create(new MTConnectPollingOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(20),
            RetryDelay = TimeSpan.FromMilliseconds(50),
            SampleCount = 50,
        }));
        services.AddSingleton<MTConnectAgentPoller>();
        await using var provider = services.BuildServiceProvider();
        var poller = provider.GetRequiredService<MTConnectAgentPoller>();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var seen = new List<MachineObservation>();
        await foreach (var observation in poller.WatchAsync(agent.BaseUri, timeout.Token))
        {
            seen.Add(observation);
            if (done(seen, agent)) break;
        }

        return seen;
    }

    /// <summary>Counted straight from the XML: the four state types the day sample carries (PROGRAM is not one).</summary>
    private static int StateObservationsAfter(long sequence) =>
        XDocument.Load(RealMTConnectFiles.Path("mazak03_sample_states_day.xml")).Descendants()
            .Where(e => e.Name.LocalName is "Availability" or "Execution" or "ControllerMode" or "PartCount")
            .Count(e => (long)e.Attribute("sequence")! > sequence);
}
