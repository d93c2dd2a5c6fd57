using Cofab.Core.Geography;
using Cofab.Core.Quality;

namespace Cofab.Core.Orders;

/// <summary>
/// What a demander asks the platform to make: parts, each with its routing, delivered to one site. Edited freely while a
/// draft; from submission on, only <see cref="OrderTransitions"/> changes its status.
/// </summary>
public sealed class Order
{
    public Guid Id { get; set; }

    /// <summary>The demander enterprise that owns the order.</summary>
    public Guid DemanderEnterpriseId { get; set; }

    public Guid CreatedBy { get; set; }
    public required string Title { get; set; }
    public required string DeliveryAddress { get; set; }
    public GeoPoint DeliveryLocation { get; set; }
    public OrderStatus Status { get; set; }

    /// <summary>Declared value of the goods in yuan; providers who price by value take a share of it.</summary>
    public decimal? DeclaredValue { get; set; }

    /// <summary>The most the demander means to pay, in yuan; quotes above it are flagged, not hidden.</summary>
    public decimal? Budget { get; set; }

    public List<OrderPart> Parts { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; }
}

/// <summary>One part of an order: what to make, how many, by when, to which quality, along which routing.</summary>
public sealed class OrderPart
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public int Quantity { get; set; }

    /// <summary>Material code as capabilities list them (e.g. <c>aluminium</c>); empty for parts that are not one material (a board).</summary>
    public string? Material { get; set; }

    /// <summary>Bounding box of one piece, in millimetres.</summary>
    public decimal? EnvelopeXMm { get; set; }
    public decimal? EnvelopeYMm { get; set; }
    public decimal? EnvelopeZMm { get; set; }

    /// <summary>Weight of one piece, in kilograms.</summary>
    public decimal? WeightKg { get; set; }

    public DateTimeOffset DueDate { get; set; }
    public QualityLevel Quality { get; set; } = QualityLevel.Default;

    /// <summary>The template the routing was proposed from, if any; informative only.</summary>
    public string? TemplateCode { get; set; }

    public List<RoutingStep> Routing { get; set; } = [];
}

/// <summary>
/// One operation of a part's routing. Steps form a DAG through <see cref="Predecessors"/> (assemblies join branches);
/// a plain chain has each step preceded by the one before.
/// </summary>
public sealed class RoutingStep
{
    /// <summary>The step's number within the part, unique; predecessors refer to it.</summary>
    public int Number { get; set; }

    public required OperationRequirement Requirement { get; set; }
    public List<int> Predecessors { get; set; } = [];

    /// <summary>Free text for the provider ("deburr all edges").</summary>
    public string? Note { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string ProcessCode => Requirement.ProcessCode;
}

/// <summary>Acceptance sampling demanded for a part: ISO 2859-1 inspection level and acceptance quality limit (%).</summary>
public sealed record QualityLevel(InspectionLevel InspectionLevel, decimal Aql)
{
    /// <summary>General level II at AQL 1.0 %, the common default for machined parts.</summary>
    public static QualityLevel Default { get; } = new(InspectionLevel.II, 1.0m);
}

public enum OrderStatus
{
    Draft,
    Submitted,
    Quoted,
    Accepted,
    InProduction,
    Completed,
    Withdrawn,
}
