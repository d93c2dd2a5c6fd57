using System.ComponentModel.DataAnnotations;
using Cofab.Core.Settlement;

namespace Cofab.Platform.Features.Settlement;

/// <summary>
/// Operator settings for settling completed orders (section "Settlement"): the platform's commission withheld from each
/// provider's amount.
/// </summary>
public sealed class SettlementOptions
{
    public const string Section = "Settlement";

    /// <summary>Percent of the provider's amount (its work order price less write-offs).</summary>
    [Range(0, 50)]
    public decimal FeePercent { get; set; } = 2m;

    /// <summary>The least the platform takes per work order, in yuan (never more than the work order's amount).</summary>
    [Range(0, 100_000)]
    public decimal MinimumFeePerWorkOrder { get; set; } = 20m;

    public FeeTerms Terms => new(FeePercent, MinimumFeePerWorkOrder);
}
