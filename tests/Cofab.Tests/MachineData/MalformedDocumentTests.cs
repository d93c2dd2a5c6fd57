using Cofab.Core.MachineData;

namespace Cofab.Tests.MachineData;

public sealed class MalformedDocumentTests
{
    [Fact]
    public void An_html_page_is_named_as_not_mtconnect()
    {
        var error = Assert.Throws<MTConnectFormatException>(() =>
            MTConnectReader.Read("<html><body>502 Bad Gateway</body></html>", source: "http://agent:5000/current"));

        Assert.Contains("'http://agent:5000/current' is not an MTConnect document", error.Message, StringComparison.Ordinal);
        Assert.Contains("<html>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_xml_reports_the_line_and_position()
    {
        var error = Assert.Throws<MTConnectFormatException>(() =>
            MTConnectReader.Read("<MTConnectStreams xmlns=\"urn:mtconnect.org:MTConnectStreams:1.3\">\n<Header instanceId=\"1\"/><Streams>", source: "cut.xml"));

        Assert.Contains("'cut.xml' is not well-formed XML (line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_definition_is_refused()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><MTConnectStreams><Header/></MTConnectStreams>";

        Assert.Throws<MTConnectFormatException>(() => MTConnectReader.Read(bomb));
    }

    [Fact]
    public void An_agent_error_is_reported_with_its_code_when_a_stream_was_expected()
    {
        const string xml = """
            <MTConnectError xmlns="urn:mtconnect.org:MTConnectError:1.3"><Header instanceId="7" version="1.3"/>
            <Errors><Error errorCode="OUT_OF_RANGE">'from' must be greater than 112</Error></Errors></MTConnectError>
            """;

        var document = Assert.IsType<ErrorDocument>(MTConnectReader.Read(xml));
        Assert.True(document.Has("OUT_OF_RANGE"));
        var error = Assert.Throws<MTConnectFormatException>(() =>
            MTConnectReader.ReadStreams(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)), null, "sample"));
        Assert.Contains("OUT_OF_RANGE: 'from' must be greater than 112", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_probe_given_where_a_stream_is_expected_says_so()
    {
        using var probe = File.OpenRead(RealMTConnect.File("mazak03_probe.xml"));

        var error = Assert.Throws<MTConnectFormatException>(() => MTConnectReader.ReadStreams(probe, null, "mazak03_probe.xml"));

        Assert.Contains("not a current or sample document", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AVAILABLE", "ACTIVE", null, MachineState.Busy)]
    [InlineData("AVAILABLE", "READY", 0.0, MachineState.Idle)]
    [InlineData("AVAILABLE", "FEED_HOLD", 800.0, MachineState.Idle)]
    [InlineData("AVAILABLE", "PROGRAM_STOPPED", null, MachineState.Idle)]
    [InlineData("AVAILABLE", "SOMETHING_NEW", null, MachineState.Idle)]
    [InlineData("UNAVAILABLE", "READY", null, MachineState.Offline)]
    [InlineData("UNAVAILABLE", "ACTIVE", null, MachineState.Offline)]
    [InlineData("AVAILABLE", "UNAVAILABLE", null, MachineState.Offline)]
    [InlineData(null, null, null, MachineState.Offline)]
    [InlineData("AVAILABLE", null, 1200.0, MachineState.Busy)]
    [InlineData("AVAILABLE", null, null, MachineState.Idle)]
    public void State_rule_never_calls_an_unavailable_machine_idle(string? availability, string? execution, double? spindle, MachineState expected) =>
        Assert.Equal(expected, MachineStateRule.Derive(availability, execution, spindle));
}
