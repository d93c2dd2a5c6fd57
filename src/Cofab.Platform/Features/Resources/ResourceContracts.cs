using Cofab.Core.Resources;

namespace Cofab.Platform.Features.Resources;

/// <summary>What a provider states about a resource. Location defaults to the enterprise's.</summary>
public sealed record ResourceInput(
    ResourceKind Kind,
    string Name,
    string AssetNumber,
    string? Manufacturer = null,
    string? Model = null,
    string? Description = null,
    Guid? CalendarId = null,
    double? Latitude = null,
    double? Longitude = null,
    ResourceVisibility Visibility = ResourceVisibility.Private,
    DataLevel DataLevel = DataLevel.Internal,
    List<Capability>? Capabilities = null,
    List<PriceTerm>? Prices = null,
    List<IdleWindow>? IdleWindows = null,
    Guid? Version = null);

public sealed record ResourceView(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    ResourceKind Kind,
    string Name,
    string? AssetNumber,
    string? Manufacturer,
    string? Model,
    string? Description,
    Guid? CalendarId,
    double Latitude,
    double Longitude,
    ResourceVisibility Visibility,
    DataLevel DataLevel,
    IReadOnlyList<Capability> Capabilities,
    IReadOnlyList<PriceTerm> Prices,
    IReadOnlyList<IdleWindow> IdleWindows,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    Guid Version);

public sealed record ResourceSummary(
    Guid Id,
    Guid EnterpriseId,
    string EnterpriseName,
    string DivisionCode,
    ResourceKind Kind,
    string Name,
    string? Manufacturer,
    string? Model,
    ResourceVisibility Visibility,
    IReadOnlyList<string> Processes,
    PricingModel? PriceModel,
    decimal? PriceRate);

public enum ResourceScope
{
    /// <summary>The caller's own resources, published or not.</summary>
    Mine,

    /// <summary>Published resources of approved members: what can be matched and booked.</summary>
    Market,

    /// <summary>Everything, for the operator.</summary>
    All,
}

public sealed record ResourceQuery(
    ResourceScope Scope = ResourceScope.Mine,
    string? Search = null,
    ResourceKind? Kind = null,
    string? ProcessCode = null,
    string? Material = null,
    string? DivisionCode = null,
    Guid? ClusterId = null,
    int Page = 1,
    int PageSize = 50);
