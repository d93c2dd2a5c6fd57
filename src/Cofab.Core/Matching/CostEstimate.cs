using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;

namespace Cofab.Core.Matching;

/// <summary>
/// Rough figures for ranking, from the capability's times and the resource's price terms. Quotes price properly later;
/// these only need to order candidates sensibly.
/// </summary>
public static class CostEstimate
{
    /// <summary>Set-up plus quantity × unit time, in minutes; null when the capability states no unit time.</summary>
    public static decimal? Minutes(Capability capability, int quantity) =>
        capability.UnitTimeMin is { } unit ? (capability.SetupTimeMin ?? 0) + (quantity * unit) : null;

    /// <summary>
    /// The cheapest price the resource offers for this capability, in yuan: per hour × (set-up + quantity × unit time),
    /// per piece × quantity, or value share × declared value; each plus its set-up charge. A term for a process
    /// applies to capabilities of that process or below it and wins over a general term. Null when no term can be
    /// computed (no unit time for an hourly rate, no declared value for a value share).
    /// </summary>
    public static decimal? Yuan(IReadOnlyList<PriceTerm> prices, Capability capability, int quantity, decimal? declaredValueYuan)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(capability);
        // A term for the capability's process (or a process above it) wins over the general terms.
        var specific = false;
        // Indexed loops: foreach over the interface costs an enumerator (and its calls) for every candidate of a search.
        for (var i = 0; i < prices.Count; i++) specific |= prices[i].ProcessCode is not null && CapabilityTaxonomy.IsSameOrDescendant(capability.ProcessCode, prices[i].ProcessCode);
        decimal? best = null;
        for (var i = 0; i < prices.Count; i++)
        {
            var term = prices[i];
            var applies = specific ? term.ProcessCode is not null && CapabilityTaxonomy.IsSameOrDescendant(capability.ProcessCode, term.ProcessCode) : term.ProcessCode is null;
            if (!applies) continue;
            decimal? cost = term.Model switch
            {
                PricingModel.PerHour when Minutes(capability, quantity) is { } minutes => term.Rate * minutes / 60m,
                PricingModel.PerPiece => term.Rate * quantity,
                PricingModel.ValueShare when declaredValueYuan is { } value => term.Rate / 100m * value,
                _ => null,
            };
            if (cost is { } c && (best is null || c + term.SetupCharge < best)) best = c + term.SetupCharge;
        }

        return best is { } b ? decimal.Round(b, 2) : null;
    }
}
