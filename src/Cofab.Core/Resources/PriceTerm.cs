namespace Cofab.Core.Resources;

/// <summary>How a resource is charged: time-share (分时), per piece (计件) or by value (按价值计价).</summary>
public sealed class PriceTerm
{
    public PricingModel Model { get; set; }

    /// <summary>Yuan per hour, yuan per piece, or percent of the declared value, according to <see cref="Model"/>.</summary>
    public decimal Rate { get; set; }

    /// <summary>Fixed charge per batch for setting up, in yuan.</summary>
    public decimal SetupCharge { get; set; }

    public string Currency { get; set; } = "CNY";

    /// <summary>The process this price applies to; null means every capability of the resource.</summary>
    public string? ProcessCode { get; set; }
}

public enum PricingModel
{
    PerHour = 0,
    PerPiece = 1,
    ValueShare = 2,
}
