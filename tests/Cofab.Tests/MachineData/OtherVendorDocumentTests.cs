using Cofab.Core.MachineData;

namespace Cofab.Tests.MachineData;

/// <summary>
/// A hand-made MTConnect 2.0 agent of another vendor: other names for the same types, two paths, the deprecated
/// SPINDLE_SPEED type, part counts with subTypes, an &lt;Agent&gt; device and vendor extension elements.
/// </summary>
public sealed class OtherVendorDocumentTests
{
    private const string Probe = """
        <?xml version="1.0" encoding="UTF-8"?>
        <MTConnectDevices xmlns="urn:mtconnect.org:MTConnectDevices:2.0" xmlns:ok="urn:okuma.example:OspExtensions:1.0">
          <Header creationTime="2024-03-01T08:00:00Z" sender="osp" instanceId="1709280000" version="2.0.0.12" bufferSize="131072" ok:site="Ningbo"/>
          <Devices>
            <Agent id="agent_1" name="Agent" uuid="agent-uuid"><DataItems><DataItem category="EVENT" id="agent_avail" type="AVAILABILITY"/></DataItems></Agent>
            <Device id="lb3000" name="LB3000-EXII" uuid="okuma-lb-7">
              <ok:MaintenanceInfo interval="500h"/>
              <DataItems><DataItem category="EVENT" id="lb_av" name="MachineOnline" type="AVAILABILITY"/></DataItems>
              <Components>
                <Rotary id="c1" name="MainSpindle"><DataItems>
                  <DataItem category="SAMPLE" id="c1_rpm" name="ActSpeed" type="SPINDLE_SPEED" subType="ACTUAL" units="REVOLUTION/MINUTE"/>
                  <DataItem category="SAMPLE" id="c1_cmd" name="CmdSpeed" type="SPINDLE_SPEED" subType="COMMANDED" units="REVOLUTION/MINUTE"/>
                </DataItems></Rotary>
                <Controller id="ctl"><Components>
                  <Path id="p1" name="Turret1"><DataItems>
                    <DataItem category="EVENT" id="p1_run" name="RunState1" type="EXECUTION"/>
                    <DataItem category="EVENT" id="p1_mode" name="OpMode" type="CONTROLLER_MODE"/>
                    <DataItem category="EVENT" id="p1_done" name="Finished" type="PART_COUNT" subType="ALL"/>
                    <DataItem category="EVENT" id="p1_ok" name="GoodOnes" type="PART_COUNT" subType="GOOD"/>
                    <DataItem category="EVENT" id="p1_goal" name="Goal" type="PART_COUNT" subType="TARGET"/>
                    <DataItem category="EVENT" id="p1_execution" name="execution" type="x:EXECUTION_DETAIL"/>
                  </DataItems></Path>
                  <Path id="p2" name="Turret2"><DataItems><DataItem category="EVENT" id="p2_run" name="RunState2" type="EXECUTION"/></DataItems></Path>
                </Components></Controller>
              </Components>
            </Device>
          </Devices>
        </MTConnectDevices>
        """;

    private static string Streams(string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <MTConnectStreams xmlns="urn:mtconnect.org:MTConnectStreams:2.0" xmlns:ok="urn:okuma.example:OspExtensions:1.0">
          <Header creationTime="2024-03-01T09:00:00Z" sender="osp" instanceId="1709280000" version="2.0.0.12" bufferSize="131072" nextSequence="200" firstSequence="1" lastSequence="199"/>
          <Streams><DeviceStream name="LB3000-EXII" uuid="okuma-lb-7">{body}</DeviceStream></Streams>
        </MTConnectStreams>
        """;

    private static ProbeDocument ReadProbe() => (ProbeDocument)MTConnectReader.Read(Probe);

    [Fact]
    public void Probe_finds_items_by_type_under_any_name_and_skips_the_agent_device()
    {
        var probe = ReadProbe();

        var device = Assert.Single(probe.Devices);
        Assert.Equal("LB3000-EXII", device.Name);
        Assert.Equal(["p1_run", "p2_run"], device.OfType("EXECUTION").Select(d => d.Id));
        Assert.Equal(["ALL", "GOOD", "TARGET"], device.OfType("PART_COUNT").Select(d => d.SubType));
        Assert.Equal("lb_av", Assert.Single(device.OfType("AVAILABILITY")).Id);
    }

    [Fact]
    public void Current_uses_types_so_a_second_path_running_makes_the_machine_busy()
    {
        var current = MTConnectReader.ReadStreams(Stream(Streams("""
            <ComponentStream component="Device" componentId="lb3000"><Events>
              <Availability dataItemId="lb_av" sequence="10" timestamp="2024-03-01T08:59:00Z">AVAILABLE</Availability>
              <ok:CoolantPressure dataItemId="ok_cp" sequence="11" timestamp="2024-03-01T08:59:00Z">4.1</ok:CoolantPressure>
            </Events></ComponentStream>
            <ComponentStream component="Rotary" componentId="c1"><Samples>
              <SpindleSpeed dataItemId="c1_rpm" sequence="20" timestamp="2024-03-01T08:59:30Z" subType="ACTUAL">1450.5</SpindleSpeed>
              <SpindleSpeed dataItemId="c1_cmd" sequence="21" timestamp="2024-03-01T08:59:30Z" subType="COMMANDED">3000</SpindleSpeed>
            </Samples></ComponentStream>
            <ComponentStream component="Path" componentId="p1"><Events>
              <Execution dataItemId="p1_run" sequence="30" timestamp="2024-03-01T08:59:40Z">READY</Execution>
              <ControllerMode dataItemId="p1_mode" sequence="31" timestamp="2024-03-01T08:59:40Z">AUTOMATIC</ControllerMode>
              <PartCount dataItemId="p1_goal" sequence="32" timestamp="2024-03-01T08:59:40Z">500</PartCount>
              <PartCount dataItemId="p1_ok" sequence="33" timestamp="2024-03-01T08:59:40Z">41</PartCount>
              <PartCount dataItemId="p1_done" sequence="34" timestamp="2024-03-01T08:59:40Z">43</PartCount>
              <ExecutionDetail dataItemId="p1_execution" sequence="35" timestamp="2024-03-01T08:59:41Z">ACTIVE</ExecutionDetail>
            </Events></ComponentStream>
            <ComponentStream component="Path" componentId="p2"><Events>
              <Execution dataItemId="p2_run" sequence="40" timestamp="2024-03-01T08:59:50Z">ACTIVE</Execution>
            </Events></ComponentStream>
            """)), ReadProbe());

        var status = Assert.Single(MachineStatusReader.FromCurrent(current));

        Assert.Equal("ACTIVE", status.Execution);
        Assert.Equal(MachineState.Busy, status.State);
        // ALL wins over GOOD; TARGET is a goal, not produced parts.
        Assert.Equal(43, status.PartCount);
        // The commanded 3000 rpm is not what the spindle does.
        Assert.Equal(1450.5, status.SpindleSpeed);
        Assert.Equal("AUTOMATIC", status.ControllerMode);
    }

    [Fact]
    public void Sample_with_a_feed_hold_and_a_disconnect_is_idle_then_offline_not_idle()
    {
        var sample = MTConnectReader.ReadStreams(Stream(Streams("""
            <ComponentStream component="Device" componentId="lb3000"><Events>
              <Availability dataItemId="lb_av" sequence="1" timestamp="2024-03-01T08:00:00Z">AVAILABLE</Availability>
              <Availability dataItemId="lb_av" sequence="6" timestamp="2024-03-01T08:50:00Z">UNAVAILABLE</Availability>
            </Events></ComponentStream>
            <ComponentStream component="Path" componentId="p1"><Events>
              <Execution dataItemId="p1_run" sequence="2" timestamp="2024-03-01T08:00:00Z">ACTIVE</Execution>
              <PartCount dataItemId="p1_done" sequence="3" timestamp="2024-03-01T08:00:00Z">98</PartCount>
              <Execution dataItemId="p1_run" sequence="4" timestamp="2024-03-01T08:30:00Z">FEED_HOLD</Execution>
              <PartCount dataItemId="p1_done" sequence="5" timestamp="2024-03-01T08:30:00Z">101</PartCount>
              <PartCount dataItemId="p1_done" sequence="7" timestamp="2024-03-01T09:00:00Z">2</PartCount>
              <Execution dataItemId="p1_run" sequence="8" timestamp="2024-03-01T09:00:00Z">READY</Execution>
            </Events></ComponentStream>
            """)), ReadProbe());

        var timeline = Assert.Single(MachineTimeline.FromSample(sample));

        Assert.Equal([MachineState.Busy, MachineState.Idle, MachineState.Offline], timeline.Intervals.Select(i => i.State));
        Assert.Equal(30, timeline.BusyMinutes, 0.0001);
        Assert.Equal(20, timeline.IdleMinutes, 0.0001);
        // Availability stays UNAVAILABLE at 09:00: READY on the path does not make an unavailable machine idle.
        Assert.Equal(10, timeline.OfflineMinutes, 0.0001);
        // 98 → 101 is 3 parts; the counter then restarted and shows 2 new ones.
        Assert.Equal(5, timeline.PartCountIncrements);
        Assert.Equal(0.6, timeline.Utilisation!.Value, 0.0001);
    }

    [Fact]
    public void Incomplete_observations_from_a_sloppy_agent_are_skipped_not_fatal()
    {
        var current = MTConnectReader.ReadStreams(Stream(Streams("""
            <ComponentStream component="Path" componentId="p1"><Events>
              <Execution dataItemId="p1_run" timestamp="2024-03-01T08:59:40Z">ACTIVE</Execution>
              <Execution dataItemId="p1_run" sequence="12" timestamp="not a time">ACTIVE</Execution>
              <Execution dataItemId="p1_run" sequence="13" timestamp="2024-03-01T08:59:41Z">STOPPED</Execution>
              <Availability dataItemId="lb_av" sequence="14" timestamp="2024-03-01T08:59:41Z">AVAILABLE</Availability>
            </Events></ComponentStream>
            """)), ReadProbe());

        Assert.Equal([13L, 14L], current.Observations.Select(o => o.Sequence));
        Assert.Equal(MachineState.Idle, Assert.Single(MachineStatusReader.FromCurrent(current)).State);
    }

    private static MemoryStream Stream(string xml) => new(System.Text.Encoding.UTF8.GetBytes(xml));
}
