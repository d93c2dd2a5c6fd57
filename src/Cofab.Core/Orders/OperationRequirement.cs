namespace Cofab.Core.Orders;

/// <summary>
/// What one operation of a routing demands of the resource that performs it, in the canonical units of
/// <see cref="Resources.Capability"/> (millimetres, kilograms, pieces, minutes). Matching compares it with capabilities;
/// orders store it per routing step. Absent values demand nothing.
/// </summary>
public sealed record OperationRequirement
{
    /// <summary>Taxonomy node the operation needs; a capability of this node or of any node below it covers it.</summary>
    public required string ProcessCode { get; init; }

    /// <summary>Part envelope to be held by the machine, in millimetres (orientation may be chosen).</summary>
    public decimal? EnvelopeXMm { get; init; }
    public decimal? EnvelopeYMm { get; init; }
    public decimal? EnvelopeZMm { get; init; }

    /// <summary>Tightest symmetric tolerance demanded (± mm); the capability's tolerance must be at most this.</summary>
    public decimal? ToleranceMm { get; init; }

    /// <summary>Material code as capabilities list them (e.g. <c>aluminium</c>, <c>steel</c>, <c>cotton</c>).</summary>
    public string? Material { get; init; }

    /// <summary>Weight of one piece, in kilograms.</summary>
    public decimal? WeightKg { get; init; }

    /// <summary>Pieces in the batch; checked against the capability's minimum and maximum batch.</summary>
    public int Quantity { get; init; } = 1;

    /// <summary>Certification standards the provider must hold, valid on the due date (e.g. <c>ISO 9001</c>).</summary>
    public IReadOnlyList<string> Certifications { get; init; } = [];

    /// <summary>Lowest acceptable credit grade of the provider (A best … D), or null for no demand.</summary>
    public string? MinCreditGrade { get; init; }

    /// <summary>Preferred administrative divisions (GB/T 2260 code prefixes, e.g. <c>3302</c> for Ningbo); a ranking preference, not a filter.</summary>
    public IReadOnlyList<string> PreferredDivisions { get; init; } = [];

    /// <summary>Free-form process parameters shown to providers (e.g. <c>colour</c> = <c>black</c> for anodizing).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
