using Cofab.Core.Resources;

namespace Cofab.Core.Demo;

/// <summary>
/// A kind of machine, instrument, licence, service or worker pool as it is found in the region, with nominal
/// parameters; the generator varies times and prices a little per copy.
/// </summary>
internal sealed class MachineTemplate
{
    public required ResourceKind Kind { get; init; }

    /// <summary>What the owner calls it, e.g. 五轴加工中心.</summary>
    public required string Descriptor { get; init; }

    public string? Manufacturer { get; init; }
    public string? Model { get; init; }
    public required IReadOnlyList<string> ProcessCodes { get; init; }

    /// <summary>Two or three dimensions in mm (a lathe has diameter × length), or none.</summary>
    public IReadOnlyList<decimal> EnvelopeMm { get; init; } = [];

    public decimal? ToleranceMm { get; init; }
    public IReadOnlyList<string> Materials { get; init; } = [];
    public decimal? MaxWeightKg { get; init; }
    public int? MinBatch { get; init; }
    public int? MaxBatch { get; init; }
    public decimal? UnitTimeMin { get; init; }
    public decimal? SetupTimeMin { get; init; }
    public required PricingModel Pricing { get; init; }
    public required decimal RateMin { get; init; }
    public required decimal RateMax { get; init; }
    public decimal SetupCharge { get; init; }
    public DataLevel DataLevel { get; init; } = DataLevel.Public;

    /// <summary>Whether owners sometimes also offer it for a share of the output value (按价值计价).</summary>
    public bool OffersValueShare { get; init; }

    public string DisplayName => Manufacturer is null ? Descriptor : $"{Manufacturer} {Model} {Descriptor}";
}
