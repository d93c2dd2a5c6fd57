using Cofab.Core.MachineData;

namespace Cofab.Tests.MachineData;

/// <summary>
/// The real Mazak QuickTurn Nexus 300 documents. Expected values were read from the XML: in current?at=6000 the
/// Availability (seq 4554) is AVAILABLE, Execution (4589) ACTIVE, ControllerMode AUTOMATIC, PartCount 0, S2rpm 203 and
/// Srpm 0; in current?at=24947 Execution (24866) is READY and both spindles 0. The day sample's totals were worked out
/// separately from the raw elements (order by sequence, clock never backwards) and agree with the README's figures.
/// </summary>
public sealed class MazakDocumentTests
{
    [Fact]
    public void Probe_finds_the_state_items_by_type_not_by_name()
    {
        var probe = RealMTConnect.Probe();

        var device = Assert.Single(probe.Devices);
        Assert.Equal("Mazak03", device.Name);
        Assert.Equal("mtc_adapter004", device.Uuid);
        Assert.Equal(1560941342, probe.Header.InstanceId);
        Assert.Equal("Mazak03-dtop_1", Assert.Single(device.OfType("AVAILABILITY")).Id);
        Assert.Equal("Mazak03-path_10", Assert.Single(device.OfType("EXECUTION")).Id);
        Assert.Equal("Mazak03-path_11", Assert.Single(device.OfType("CONTROLLER_MODE")).Id);
        var partCount = Assert.Single(device.OfType("PART_COUNT"));
        Assert.Equal("PartCountAct", partCount.Name);
        Assert.Null(partCount.SubType);
        Assert.Equal(["Mazak03-S2_2", "Mazak03-S_2"],
            device.OfType("ROTARY_VELOCITY").Where(d => d.SubType == "ACTUAL").Select(d => d.Id).Order(StringComparer.Ordinal));
        // The NIST extension types come through untouched rather than breaking the read.
        Assert.Contains(device.DataItems, d => d.Type.StartsWith("x:", StringComparison.Ordinal));
    }

    [Fact]
    public void Current_at_6000_is_busy_cutting_with_the_second_spindle_at_203_rpm()
    {
        var probe = RealMTConnect.Probe();
        var current = RealMTConnect.Streams("mazak03_current_at6000_active.xml", probe);

        var status = Assert.Single(MachineStatusReader.FromCurrent(current));

        Assert.Equal("Mazak03", status.Machine);
        Assert.Equal("AVAILABLE", status.Availability);
        Assert.Equal("ACTIVE", status.Execution);
        Assert.Equal("AUTOMATIC", status.ControllerMode);
        Assert.Equal(0, status.PartCount);
        Assert.Equal(203, status.SpindleSpeed);
        Assert.Equal(MachineState.Busy, status.State);
        Assert.Equal(25155, current.Header.NextSequence);
    }

    [Fact]
    public void Current_at_24947_is_idle_ready_with_spindles_stopped()
    {
        var probe = RealMTConnect.Probe();
        var current = RealMTConnect.Streams("mazak03_current_at24947_idle.xml", probe);

        var status = Assert.Single(MachineStatusReader.FromCurrent(current));

        Assert.Equal("AVAILABLE", status.Availability);
        Assert.Equal("READY", status.Execution);
        Assert.Equal(0, status.PartCount);
        Assert.Equal(0, status.SpindleSpeed);
        Assert.Equal(MachineState.Idle, status.State);
    }

    [Fact]
    public void Current_reads_the_same_without_the_probe_because_element_names_encode_the_type()
    {
        var current = RealMTConnect.Streams("mazak03_current_at6000_active.xml", probe: null);

        var status = Assert.Single(MachineStatusReader.FromCurrent(current));

        Assert.Equal(MachineState.Busy, status.State);
        Assert.Equal(203, status.SpindleSpeed);
    }

    [Fact]
    public void Day_sample_yields_ordered_intervals_and_minutes_per_state()
    {
        var probe = RealMTConnect.Probe();
        var sample = RealMTConnect.Streams("mazak03_sample_states_day.xml", probe);
        Assert.Equal(329, sample.Observations.Count);

        var timeline = Assert.Single(MachineTimeline.FromSample(sample));

        Assert.Equal(106, timeline.Intervals.Count);
        Assert.All(timeline.Intervals.Zip(timeline.Intervals.Skip(1)), pair =>
        {
            Assert.Equal(pair.First.End, pair.Second.Start);
            Assert.NotEqual(pair.First.State, pair.Second.State);
        });
        // Agent start: UNAVAILABLE from 10:49:02.852 until the adapter's first AVAILABLE (seq 131) with STOPPED.
        Assert.Equal(new StateInterval(At("2019-06-19T10:49:02.852492Z"), At("2019-06-19T10:49:55.042Z"), MachineState.Offline), timeline.Intervals[0]);
        Assert.Equal(new StateInterval(At("2019-06-19T10:49:55.042Z"), At("2019-06-19T10:51:25.813Z"), MachineState.Idle), timeline.Intervals[1]);
        Assert.Equal(MachineState.Busy, timeline.Intervals[2].State);
        // The last reconnect (16:10:37.902, READY) stays idle until the final disconnect at 16:52:12.567.
        Assert.Equal(new StateInterval(At("2019-06-19T16:10:37.902Z"), At("2019-06-19T16:52:12.567098Z"), MachineState.Idle), timeline.Intervals[^1]);
        // The agent start and 11 disconnects during the day; the 12th, at the end, has no length in this document.
        Assert.Equal(12, timeline.Intervals.Count(i => i.State == MachineState.Offline));

        Assert.Equal(83.238, timeline.BusyMinutes, 0.01);
        Assert.Equal(260.629, timeline.IdleMinutes, 0.01);
        Assert.Equal(19.295, timeline.OfflineMinutes, 0.01);
        // The README measures ACTIVE 82.7 min by raw timestamps, which lets a few gaps run negative; ours never does.
        Assert.InRange(timeline.BusyMinutes, 82.7 - 1, 82.7 + 1);
        Assert.Equal((At("2019-06-19T16:52:12.567098Z") - At("2019-06-19T10:49:02.852492Z")).TotalMinutes,
            timeline.BusyMinutes + timeline.IdleMinutes + timeline.OfflineMinutes, 0.001);
        Assert.Equal(83.238 / (83.238 + 260.629), timeline.Utilisation!.Value, 0.001);
        // PartCountAct reads 0 all day on this machine.
        Assert.Equal(0, timeline.PartCountIncrements);
    }

    [Fact]
    public void A_reconnect_marker_stamped_in_the_past_never_makes_time_run_backwards()
    {
        var sample = RealMTConnect.Streams("mazak03_sample_states_day.xml", RealMTConnect.Probe());
        // Sequence 107 carries 2019-06-18T18:25 although it follows sequence 31 of 2019-06-19.
        Assert.True(sample.Observations.Single(o => o.Sequence == 107).Timestamp < sample.Observations.Single(o => o.Sequence == 31).Timestamp);

        var timeline = Assert.Single(MachineTimeline.FromSample(sample));

        Assert.All(timeline.Intervals, i => Assert.True(i.End > i.Start));
        Assert.Equal(At("2019-06-19T10:49:02.852492Z"), timeline.Intervals[0].Start);
    }

    [Fact]
    public void Tracked_observations_carry_a_clock_that_never_runs_backwards()
    {
        var sample = RealMTConnect.Streams("mazak03_sample_states_day.xml", RealMTConnect.Probe());
        var tracker = new MachineStatusTracker();

        var emitted = sample.Observations.Select(tracker.Apply).OfType<MachineObservation>().ToList();

        Assert.All(emitted.Zip(emitted.Skip(1)), p => Assert.True(p.Second.At >= p.First.At));
        // Sequence 107 (stamped 2019-06-18T18:25) is taken to happen at sequence 62's time, 10:49:02.852.
        Assert.Equal(At("2019-06-19T10:49:02.852492Z"), emitted.Single(o => o.Sequence == 107).At);
        Assert.Equal(MachineState.Offline, emitted.Single(o => o.Sequence == 107).State);
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
