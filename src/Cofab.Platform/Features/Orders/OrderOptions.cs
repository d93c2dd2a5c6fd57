using System.ComponentModel.DataAnnotations;

namespace Cofab.Platform.Features.Orders;

/// <summary>Bound from the <c>Orders</c> section and validated at start-up.</summary>
public sealed class OrderOptions
{
    public const string Section = "Orders";

    /// <summary>Largest drawing accepted, in bytes (default 20 MB: a STEP model or a multi-sheet PDF fits).</summary>
    [Range(1024, 200L * 1024 * 1024, ErrorMessage = "Orders:MaxDrawingBytes must be between 1 KB and 200 MB.")]
    public long MaxDrawingBytes { get; set; } = 20L * 1024 * 1024;
}
