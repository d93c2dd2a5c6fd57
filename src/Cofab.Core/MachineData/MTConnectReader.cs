using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Cofab.Core.MachineData;

/// <summary>
/// Reads MTConnect probe, current and sample documents of any schema version (1.1 to 2.x). Elements are matched by
/// local name only, because agents serve many namespace versions and vendors add extension namespaces; observations a
/// real machine leaves incomplete (no sequence, no timestamp) are skipped instead of failing the whole document.
/// </summary>
public static class MTConnectReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        // An agent response never needs a DTD; prohibiting it closes entity-expansion attacks from a hostile endpoint.
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public static MTConnectDocument Read(Stream stream, ProbeDocument? probe = null, string? source = null) =>
        Interpret(Load(stream, source), probe, source);

    public static MTConnectDocument Read(string xml, ProbeDocument? probe = null, string? source = null) =>
        Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), probe, source);

    public static ProbeDocument ReadProbe(Stream stream, string? source = null) =>
        Read(stream, null, source) as ProbeDocument ?? throw Expected("a probe (MTConnectDevices)", source);

    public static StreamsDocument ReadStreams(Stream stream, ProbeDocument? probe, string? source = null) =>
        Read(stream, probe, source) switch
        {
            StreamsDocument streams => streams,
            ErrorDocument error => throw new MTConnectFormatException(
                $"{Describe(source)} is an MTConnectError, not a Streams document: {string.Join("; ", error.Errors.Select(e => $"{e.Code}: {e.Message}"))}"),
            _ => throw Expected("a current or sample document (MTConnectStreams)", source),
        };

    private static MTConnectFormatException Expected(string what, string? source) =>
        new MTConnectFormatException($"{Describe(source)} is an MTConnect document, but not {what}.");

    private static XDocument Load(Stream stream, string? source)
    {
        try
        {
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new MTConnectFormatException(
                $"{Describe(source)} is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}", e);
        }
    }

    private static MTConnectDocument Interpret(XDocument document, ProbeDocument? probe, string? source)
    {
        var root = document.Root ?? throw new MTConnectFormatException($"{Describe(source)} has no root element.");
        var header = ReadHeader(Child(root, "Header"));
        return root.Name.LocalName switch
        {
            "MTConnectDevices" => new ProbeDocument(header, ReadDevices(root)),
            "MTConnectStreams" => ReadStreams(root, header, probe),
            "MTConnectError" => new ErrorDocument(header, Children(Child(root, "Errors"), "Error")
                .Concat(Children(root, "Error"))
                .Select(e => ((string?)e.Attribute("errorCode") ?? "UNKNOWN", e.Value.Trim())).ToList()),
            var other => throw new MTConnectFormatException(
                $"{Describe(source)} is not an MTConnect document: its root element is <{other}>{Namespace(root)}, " +
                "expected MTConnectDevices (probe), MTConnectStreams (current/sample) or MTConnectError."),
        };
    }

    private static string Namespace(XElement root) =>
        root.Name.NamespaceName.Length == 0 ? "" : $" in namespace '{root.Name.NamespaceName}'";

    private static string Describe(string? source) => source is null ? "The document" : $"'{source}'";

    private static MTConnectHeader ReadHeader(XElement? header) => new(
        Long(header, "instanceId") ?? 0,
        (string?)header?.Attribute("version"),
        Time((string?)header?.Attribute("creationTime")),
        Long(header, "firstSequence"),
        Long(header, "lastSequence"),
        Long(header, "nextSequence"));

    private static List<MachineDevice> ReadDevices(XElement root)
    {
        var devices = new List<MachineDevice>();
        // "Agent" (1.7+) describes the agent itself, not a machine, so only <Device> elements count.
        foreach (var device in root.Descendants().Where(e => e.Name.LocalName == "Device"))
        {
            var id = (string?)device.Attribute("id") ?? "";
            var name = (string?)device.Attribute("name") ?? id;
            var uuid = (string?)device.Attribute("uuid");
            var items = device.Descendants()
                .Where(e => e.Name.LocalName == "DataItem" && e.Attribute("id") is not null && e.Attribute("type") is not null)
                .Select(e => new DataItemInfo(
                    (string)e.Attribute("id")!, (string?)e.Attribute("name"), (string)e.Attribute("type")!,
                    (string?)e.Attribute("subType"), (string?)e.Attribute("category"), name, uuid))
                .ToList();
            devices.Add(new MachineDevice(id, name, uuid, items));
        }

        return devices;
    }

    private static StreamsDocument ReadStreams(XElement root, MTConnectHeader header, ProbeDocument? probe)
    {
        var observations = new List<StreamObservation>();
        foreach (var deviceStream in root.Descendants().Where(e => e.Name.LocalName == "DeviceStream"))
        {
            var device = (string?)deviceStream.Attribute("name") ?? (string?)deviceStream.Attribute("uuid") ?? "";
            var uuid = (string?)deviceStream.Attribute("uuid");
            foreach (var group in deviceStream.Descendants().Where(e => e.Name.LocalName is "Samples" or "Events" or "Condition"))
            {
                foreach (var element in group.Elements())
                {
                    if (ReadObservation(element, group.Name.LocalName == "Condition", device, uuid, probe) is { } observation)
                    {
                        observations.Add(observation);
                    }
                }
            }
        }

        // Which value wins is decided by sequence: timestamps run backwards around reconnects.
        observations.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return new StreamsDocument(header, observations);
    }

    private static StreamObservation? ReadObservation(XElement element, bool condition, string device, string? uuid, ProbeDocument? probe)
    {
        var id = (string?)element.Attribute("dataItemId");
        var sequence = Long(element, "sequence");
        var timestamp = Time((string?)element.Attribute("timestamp"));
        if (id is null || sequence is null || timestamp is null)
        {
            return null;
        }

        var known = probe?.FindDataItem(id);
        var type = known?.Type ?? (condition ? (string?)element.Attribute("type") : null) ?? TypeFromElementName(element.Name.LocalName);
        var subType = (string?)element.Attribute("subType") ?? known?.SubType;
        var value = condition ? element.Name.LocalName.ToUpperInvariant() : element.Value.Trim();
        return new StreamObservation(device, uuid, id, (string?)element.Attribute("name") ?? known?.Name, type, subType,
            sequence.Value, timestamp.Value, value);
    }

    /// <summary>MTConnect names an observation element after its type in CamelCase: RotaryVelocity is ROTARY_VELOCITY.</summary>
    public static string TypeFromElementName(string localName)
    {
        var builder = new StringBuilder(localName.Length + 8);
        for (var i = 0; i < localName.Length; i++)
        {
            var c = localName[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(localName[i - 1]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? [];

    private static long? Long(XElement? element, string attribute) =>
        long.TryParse((string?)element?.Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
}
