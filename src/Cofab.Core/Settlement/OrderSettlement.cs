namespace Cofab.Core.Settlement;

/// <summary>
/// The settlement of a completed order, computed once when the demander accepts delivery and kept as computed (with the
/// fee terms of that moment), so later changes of the platform's rates do not rewrite it.
/// </summary>
public sealed class OrderSettlement
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public Guid DemanderEnterpriseId { get; set; }
    public string Currency { get; set; } = "CNY";
    public decimal FeePercent { get; set; }
    public decimal FeeMinimumPerWorkOrder { get; set; }
    public decimal DemanderTotal { get; set; }
    public decimal FeeTotal { get; set; }
    public decimal NetTotal { get; set; }
    public DateTimeOffset ComputedAt { get; set; }
    public Guid ComputedBy { get; set; }
    public List<SettlementEntry> Lines { get; set; } = [];
}

/// <summary>A stored provider line of a settlement (see <see cref="SettlementLine"/>).</summary>
public sealed class SettlementEntry
{
    public Guid ProviderEnterpriseId { get; set; }
    public List<Guid> WorkOrderIds { get; set; } = [];
    public decimal Gross { get; set; }
    public decimal Deductions { get; set; }
    public decimal Amount { get; set; }
    public decimal Fee { get; set; }
    public decimal Net { get; set; }

    public static SettlementEntry From(SettlementLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new SettlementEntry
        {
            ProviderEnterpriseId = line.ProviderEnterpriseId, WorkOrderIds = [.. line.WorkOrderIds], Gross = line.Gross, Deductions = line.Deductions,
            Amount = line.Amount, Fee = line.Fee, Net = line.Net,
        };
    }
}
