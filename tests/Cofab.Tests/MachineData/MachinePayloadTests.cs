using System.Text;
using Cofab.Core.MachineData;

namespace Cofab.Tests.MachineData;

public sealed class MachinePayloadTests
{
    private static readonly Guid Enterprise = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private static readonly string Topic = MachinePayload.Topic(Enterprise, "lathe-07");

    [Fact]
    public void A_full_payload_becomes_an_observation_with_the_shared_state_rule()
    {
        var ok = MachinePayload.TryParse(Topic,
            Encoding.UTF8.GetBytes("""{"at":"2026-03-01T08:00:00+08:00","availability":"available","execution":"ACTIVE","partCount":12,"spindleSpeed":1450.5,"controllerMode":"AUTOMATIC","extra":true}"""),
            out var report, out var error);

        Assert.True(ok, error);
        Assert.Equal(Enterprise, report!.EnterpriseId);
        Assert.Equal(new MachineObservation("lathe-07", DateTimeOffset.Parse("2026-03-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), "AVAILABLE", "ACTIVE", 12, 1450.5) { ControllerMode = "AUTOMATIC" }, report.Observation);
        Assert.Equal(MachineState.Busy, report.Observation.State);
    }

    [Fact]
    public void Unavailable_is_offline_even_when_the_gateway_still_reports_ready()
    {
        Assert.True(MachinePayload.TryParse(Topic, Encoding.UTF8.GetBytes("""{"at":"2026-03-01T08:00:00Z","availability":"UNAVAILABLE","execution":"READY"}"""), out var report, out _));

        Assert.Equal(MachineState.Offline, report!.Observation.State);
    }

    [Theory]
    [InlineData("cofab/v1/3f2504e0-4f89-11d3-9a0c-0305e82c3301/machines/lathe-07/status", """{"at":"2026-03-01T08:00:00Z","execution":"READY"}""", "does not match")]
    [InlineData("cofab/v1/3f2504e0-4f89-11d3-9a0c-0305e82c3301/machines/lathe 07/observations", """{"at":"2026-03-01T08:00:00Z","execution":"READY"}""", "machine key 'lathe 07'")]
    [InlineData(null, """[1,2]""", "must be a JSON object")]
    [InlineData(null, """{"at":"2026-03-01T08:00:00","execution":"READY"}""", "with an offset")]
    [InlineData(null, """{"at":"yesterday","execution":"READY"}""", "'at' value 'yesterday'")]
    [InlineData(null, """{"at":"2026-03-01T08:00:00Z","availability":"MAYBE"}""", "AVAILABLE or UNAVAILABLE")]
    [InlineData(null, """{"at":"2026-03-01T08:00:00Z","execution":"running fast"}""", "'execution' must be an MTConnect execution value")]
    [InlineData(null, """{"at":"2026-03-01T08:00:00Z","execution":"READY","partCount":1.5}""", "'partCount' must be a whole number")]
    [InlineData(null, """{"at":"2026-03-01T08:00:00Z","spindleSpeed":"fast"}""", "'spindleSpeed' must be a number")]
    [InlineData(null, """{"at":"2026-03-01T08:00:00Z","partCount":3}""", "says nothing about the machine's state")]
    public void Bad_messages_are_rejected_with_a_reason_naming_the_field(string? topic, string payload, string reason)
    {
        var ok = MachinePayload.TryParse(topic ?? Topic, Encoding.UTF8.GetBytes(payload), out var report, out var error);

        Assert.False(ok);
        Assert.Null(report);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oversized_payload_is_rejected_before_parsing()
    {
        var payload = Encoding.UTF8.GetBytes("{\"at\":\"2026-03-01T08:00:00Z\",\"execution\":\"READY\",\"note\":\"" + new string('x', 5000) + "\"}");

        Assert.False(MachinePayload.TryParse(Topic, payload, out _, out var error));
        Assert.Contains("at most 4096", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Observations_from_mqtt_build_the_same_timeline_as_mtconnect()
    {
        var at = DateTimeOffset.Parse("2026-03-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var timeline = MachineTimeline.Build("lathe-07",
        [
            new MachineObservation("lathe-07", at, "AVAILABLE", "ACTIVE", 10, 1200),
            new MachineObservation("lathe-07", at.AddMinutes(45), "AVAILABLE", "READY", 14, 0),
            // Arrives late with an earlier time: counted at the previous time, never as negative minutes.
            new MachineObservation("lathe-07", at.AddMinutes(40), "UNAVAILABLE", null, null, null),
            new MachineObservation("lathe-07", at.AddMinutes(60), "AVAILABLE", "READY", 14, 0),
        ]);

        Assert.Equal(45, timeline.BusyMinutes, 0.0001);
        Assert.Equal(15, timeline.OfflineMinutes, 0.0001);
        Assert.Equal(0, timeline.IdleMinutes, 0.0001);
        Assert.Equal(4, timeline.PartCountIncrements);
    }
}
