namespace Cofab.Core.Taxonomy;

/// <summary>A node of the capability taxonomy. Codes are dotted paths: <c>machining.milling.5axis</c>.</summary>
public sealed class ProcessNode
{
    public required string Code { get; set; }
    public string? ParentCode { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }

    /// <summary>The parameters that make sense for this process (e.g. tolerance for milling, not for sewing).</summary>
    public CapabilityParameters Parameters { get; set; }

    public int SortOrder { get; set; }
}

[Flags]
public enum CapabilityParameters
{
    None = 0,
    Envelope = 1,
    Tolerance = 2,
    Materials = 4,
    MaxWeight = 8,
    Batch = 16,
    UnitTime = 32,
    SetupTime = 64,
    All = Envelope | Tolerance | Materials | MaxWeight | Batch | UnitTime | SetupTime,
}
