using Cofab.Core.Geography;
using Cofab.Core.Resources;

namespace Cofab.Core.Pricing;

/// <summary>Operator-set rates for what the platform adds to the providers' prices.</summary>
/// <param name="TransportYuanPerKm">Per shipment and great-circle kilometre.</param>
/// <param name="TransportMinimumYuan">Least charged for one shipment, however short.</param>
/// <param name="PlatformFeePercent">Share of the goods and transport subtotal.</param>
public sealed record PricingRates(decimal TransportYuanPerKm, decimal TransportMinimumYuan, decimal PlatformFeePercent, string Currency = "CNY");

/// <summary>One priced operation of a quote.</summary>
public sealed record PriceLine(Guid PartId, string PartName, int Step, string ProcessCode, Guid ResourceId, Guid ProviderEnterpriseId, PricingModel Model, decimal Amount);

/// <summary>One shipment: between two factories, or from the last factory to the delivery site (<see cref="ToEnterpriseId"/> null).</summary>
public sealed record TransportLeg(Guid PartId, Guid FromEnterpriseId, Guid? ToEnterpriseId, double DistanceKm, decimal Amount);

/// <summary>
/// A quote's price. <see cref="Subtotal"/> is the sum of the (already rounded) line and leg amounts,
/// <see cref="PlatformFee"/> = round(Subtotal × fee %), <see cref="Total"/> = Subtotal + PlatformFee: the parts add up to the
/// total exactly, to the fen.
/// </summary>
public sealed record PriceBreakdown(
    IReadOnlyList<PriceLine> Lines,
    IReadOnlyList<TransportLeg> Transport,
    decimal OperationsTotal,
    decimal TransportTotal,
    decimal Subtotal,
    decimal PlatformFeePercent,
    decimal PlatformFee,
    decimal Total,
    string Currency)
{
    public static PriceBreakdown Create(IReadOnlyList<PriceLine> lines, IReadOnlyList<TransportLeg> transport, PricingRates rates)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(rates);
        var operations = lines.Sum(l => Money.Round(l.Amount));
        var shipping = transport.Sum(t => Money.Round(t.Amount));
        var subtotal = operations + shipping;
        var fee = Money.Round(subtotal * rates.PlatformFeePercent / 100m);
        return new PriceBreakdown(lines, transport, operations, shipping, subtotal, rates.PlatformFeePercent, fee, subtotal + fee, rates.Currency);
    }

    /// <summary>What the lines of one provider come to (a work order's price), without transport or the platform's fee.</summary>
    public decimal ShareOf(Guid providerEnterpriseId) => Lines.Where(l => l.ProviderEnterpriseId == providerEnterpriseId).Sum(l => l.Amount);
}

/// <summary>Transport priced by great-circle distance: max(minimum, km × rate) per shipment, rounded to the fen.</summary>
public static class TransportPricing
{
    public static decimal Charge(double distanceKm, PricingRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (distanceKm < 0 || double.IsNaN(distanceKm)) throw new ArgumentOutOfRangeException(nameof(distanceKm), "A distance is a non-negative number of kilometres.");
        return Money.Round(Math.Max(rates.TransportMinimumYuan, (decimal)distanceKm * rates.TransportYuanPerKm));
    }

    public static decimal Charge(GeoPoint from, GeoPoint to, PricingRates rates) => Charge(from.DistanceKmTo(to), rates);
}
