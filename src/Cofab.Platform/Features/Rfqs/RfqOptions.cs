using System.ComponentModel.DataAnnotations;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>Operator settings for requests for quotation (section "Rfqs").</summary>
public sealed class RfqOptions
{
    public const string Section = "Rfqs";

    /// <summary>How far away a bid deadline may be set.</summary>
    [Range(1, 365)]
    public int MaxBidDays { get; set; } = 30;

    /// <summary>Provider enterprises proposed per operation when the demander names none (owners of the top matched machines).</summary>
    [Range(1, 20)]
    public int ProposedPerOperation { get; set; } = 3;

    /// <summary>Hours the invited providers get to bid when a decline puts operations back on the market.</summary>
    [Range(1, 24 * 14)]
    public int RematchBidHours { get; set; } = 24;

    /// <summary>Most provider enterprises one RFQ may invite.</summary>
    [Range(1, 500)]
    public int MaxInvited { get; set; } = 50;
}
