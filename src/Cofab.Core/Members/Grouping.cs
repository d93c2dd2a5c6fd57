namespace Cofab.Core.Members;

/// <summary>A region (county/city platform), an industrial cluster or a small-business park: units of matching and statistics.</summary>
public sealed class Grouping
{
    public Guid Id { get; set; }
    public GroupingKind Kind { get; set; }
    public required string Name { get; set; }
    public required string NameZh { get; set; }

    /// <summary>The administrative division the grouping lies in.</summary>
    public required string DivisionCode { get; set; }

    public string? Industry { get; set; }
    public Guid? ParentId { get; set; }
}

public enum GroupingKind
{
    Region = 0,
    Cluster = 1,
    Park = 2,
}
