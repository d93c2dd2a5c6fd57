using Cofab.Core.Orders;
using Cofab.Core.Quality;

namespace Cofab.Platform.Features.Orders;

/// <summary>An order as the demander writes it. Latitude and longitude default to the demander's own site.</summary>
public sealed record OrderInput(
    string? Title,
    string? DeliveryAddress,
    double? Latitude,
    double? Longitude,
    decimal? DeclaredValue,
    decimal? Budget,
    IReadOnlyList<OrderPartData>? Parts,
    Guid? Version = null);

/// <summary>A part, the same shape in and out; <see cref="Id"/> is empty for a new part.</summary>
public sealed record OrderPartData(
    Guid? Id,
    string? Name,
    int Quantity,
    string? Material,
    decimal? EnvelopeXMm,
    decimal? EnvelopeYMm,
    decimal? EnvelopeZMm,
    decimal? WeightKg,
    DateTimeOffset? DueDate,
    QualityLevel? Quality,
    string? TemplateCode,
    IReadOnlyList<RoutingStepData>? Routing);

/// <summary>
/// One operation, flat: the process and its requirement parameters. <see cref="Predecessors"/> null means "after the
/// step listed before" (a chain); an empty list means it can start at once. <see cref="Quantity"/> null means the part's.
/// </summary>
public sealed record RoutingStepData(
    int Number,
    string? ProcessCode,
    decimal? EnvelopeXMm = null,
    decimal? EnvelopeYMm = null,
    decimal? EnvelopeZMm = null,
    decimal? ToleranceMm = null,
    string? Material = null,
    decimal? WeightKg = null,
    int? Quantity = null,
    IReadOnlyList<string>? Certifications = null,
    string? MinCreditGrade = null,
    IReadOnlyList<string>? PreferredDivisions = null,
    IReadOnlyDictionary<string, string>? Attributes = null,
    IReadOnlyList<int>? Predecessors = null,
    string? Note = null);

public sealed record OrderView(
    Guid Id,
    Guid DemanderEnterpriseId,
    string Title,
    string DeliveryAddress,
    double Latitude,
    double Longitude,
    OrderStatus Status,
    decimal? DeclaredValue,
    decimal? Budget,
    IReadOnlyList<OrderPartData> Parts,
    IReadOnlyList<DrawingView> Drawings,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? WithdrawnAt,
    string? WithdrawalReason,
    Guid Version);

public sealed record OrderSummary(
    Guid Id, Guid DemanderEnterpriseId, string Title, OrderStatus Status, int PartCount, DateTimeOffset? EarliestDueDate,
    DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt);

public sealed record OrderQuery(OrderStatus? Status = null, int Page = 1, int PageSize = 50);

public sealed record OrderTransitionInput(Guid? Version, string? Reason = null);

public sealed record DrawingView(
    Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, DataClassification Classification, DateTimeOffset UploadedAt);

/// <summary>A drawing's bytes, for download.</summary>
public sealed record DrawingFile(string FileName, string ContentType, byte[] Content, string Sha256);

public sealed record RoutingTemplateView(string Code, string NameEn, string NameZh, string DefaultMaterial, IReadOnlyList<TemplateStepView> Steps);

public sealed record TemplateStepView(
    int Number, string ProcessCode, string ProcessNameEn, string ProcessNameZh, string NameEn, string NameZh, decimal? ToleranceMm,
    bool PerPiece, IReadOnlyList<int> Predecessors, IReadOnlyDictionary<string, string> Attributes);

/// <summary>Ask for a template's routing filled in from a part (quantity, material, envelope, weight).</summary>
public sealed record ProposeRoutingInput(string? TemplateCode, OrderPartData? Part);
