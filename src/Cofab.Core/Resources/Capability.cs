namespace Cofab.Core.Resources;

/// <summary>
/// One process a resource can perform, with its parameters in canonical units:
/// millimetres, kilograms, pieces and minutes. Absent parameters mean "not stated", never "unlimited".
/// </summary>
public sealed class Capability
{
    /// <summary>Code of a node of the capability taxonomy, e.g. <c>machining.milling.5axis</c>.</summary>
    public required string ProcessCode { get; set; }

    public decimal? EnvelopeXMm { get; set; }
    public decimal? EnvelopeYMm { get; set; }
    public decimal? EnvelopeZMm { get; set; }

    /// <summary>Best achievable tolerance, as a symmetric ± value in millimetres.</summary>
    public decimal? ToleranceMm { get; set; }

    public List<string> Materials { get; set; } = [];
    public decimal? MaxWeightKg { get; set; }
    public int? MinBatch { get; set; }
    public int? MaxBatch { get; set; }

    /// <summary>Typical time per piece, in minutes.</summary>
    public decimal? UnitTimeMin { get; set; }

    /// <summary>Typical set-up time per batch, in minutes.</summary>
    public decimal? SetupTimeMin { get; set; }
}
