using Cofab.Core.Geography;

namespace Cofab.Core.Resources;

/// <summary>
/// A shareable resource in the standard description: what it is, what it can do (capabilities with
/// parameters and units), what it costs (prices) and when it is free (site calendar and idle windows).
/// </summary>
public sealed class Resource
{
    public Guid Id { get; set; }
    public Guid EnterpriseId { get; set; }
    public ResourceKind Kind { get; set; }
    public required string Name { get; set; }
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }

    /// <summary>The owner's own asset number; unique within the enterprise so spreadsheet imports can update in place.</summary>
    public required string AssetNumber { get; set; }

    public string? Description { get; set; }
    public Guid? CalendarId { get; set; }
    public GeoPoint Location { get; set; }
    public ResourceVisibility Visibility { get; set; }

    /// <summary>Grade of the resource's data (GB/T 43697-2024 style), which governs who may see its details.</summary>
    public DataLevel DataLevel { get; set; }

    public List<Capability> Capabilities { get; set; } = [];
    public List<PriceTerm> Prices { get; set; } = [];
    public List<IdleWindow> IdleWindows { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every update.</summary>
    public Guid Version { get; set; }
}

public enum ResourceKind
{
    Machine = 0,
    ProductionLine = 1,
    ToolOrMold = 2,
    Instrument = 3,
    Software = 4,
    Dataset = 5,
    Model = 6,
    ServiceOffering = 7,
    WorkerPool = 8,
}

public enum ResourceVisibility
{
    /// <summary>Only the owner (and the operator) sees it; not offered for matching.</summary>
    Private = 0,

    /// <summary>Offered on the platform: approved members see it and it can be matched.</summary>
    Published = 1,
}

public enum DataLevel
{
    Public = 0,
    Internal = 1,
    Sensitive = 2,
    Important = 3,
}
