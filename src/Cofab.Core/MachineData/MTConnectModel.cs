namespace Cofab.Core.MachineData;

/// <summary>The Header of an MTConnect response: identifies the agent instance and the sequence window of its buffer.</summary>
public sealed record MTConnectHeader(
    long InstanceId, string? AgentVersion, DateTimeOffset? CreationTime, long? FirstSequence, long? LastSequence, long? NextSequence);

/// <summary>One DataItem of a probe, with the device it belongs to.</summary>
public sealed record DataItemInfo(string Id, string? Name, string Type, string? SubType, string? Category, string DeviceName, string? DeviceUuid);

/// <summary>A device of a probe (<c>MTConnectDevices</c>) and every data item it declares, its components' included.</summary>
public sealed record MachineDevice(string Id, string Name, string? Uuid, IReadOnlyList<DataItemInfo> DataItems)
{
    public IEnumerable<DataItemInfo> OfType(string type) =>
        DataItems.Where(d => string.Equals(d.Type, type, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Any document an MTConnect agent serves.</summary>
public abstract record MTConnectDocument(MTConnectHeader Header);

/// <summary><c>/probe</c>: the device model.</summary>
public sealed record ProbeDocument(MTConnectHeader Header, IReadOnlyList<MachineDevice> Devices) : MTConnectDocument(Header)
{
    private Dictionary<string, DataItemInfo>? _byId;

    /// <summary>The data item with this id (the first one, if a malformed probe repeats an id); indexed on first use.</summary>
    public DataItemInfo? FindDataItem(string id)
    {
        _byId ??= Devices.SelectMany(d => d.DataItems).GroupBy(i => i.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return _byId.GetValueOrDefault(id);
    }
}

/// <summary><c>/current</c> or <c>/sample</c>: observations, ordered by sequence.</summary>
public sealed record StreamsDocument(MTConnectHeader Header, IReadOnlyList<StreamObservation> Observations) : MTConnectDocument(Header)
{
}

/// <summary><c>MTConnectError</c>: what the agent refused, e.g. OUT_OF_RANGE when a sample asks for a sequence it dropped.</summary>
public sealed record ErrorDocument(MTConnectHeader Header, IReadOnlyList<(string Code, string Message)> Errors) : MTConnectDocument(Header)
{
    public bool Has(string code) => Errors.Any(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// One observation of a Streams document. <see cref="Type"/> comes from the probe's DataItem when the id is known, else
/// from the element name (the CamelCase of the type), so a stream is readable even without its probe.
/// </summary>
public sealed record StreamObservation(
    string DeviceName, string? DeviceUuid, string DataItemId, string? Name, string Type, string? SubType, long Sequence,
    DateTimeOffset Timestamp, string Value)
{
    public const string Unavailable = "UNAVAILABLE";

    public bool IsUnavailable => string.Equals(Value, Unavailable, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A document that is not MTConnect, or not well-formed enough to read. The message names the problem.</summary>
public sealed class MTConnectFormatException : FormatException
{
    public MTConnectFormatException()
    {
    }

    public MTConnectFormatException(string message) : base(message)
    {
    }

    public MTConnectFormatException(string message, Exception inner) : base(message, inner)
    {
    }
}
