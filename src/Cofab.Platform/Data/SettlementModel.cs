using Cofab.Core.Orders;
using Cofab.Core.Settlement;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class SettlementModel
{
    public static void Configure(ModelBuilder builder) =>
        builder.Entity<OrderSettlement>(settlement =>
        {
            settlement.Property(s => s.Currency).HasMaxLength(3);
            settlement.Property(s => s.FeePercent).HasPrecision(9, 4);
            settlement.Property(s => s.FeeMinimumPerWorkOrder).HasPrecision(18, 2);
            settlement.Property(s => s.DemanderTotal).HasPrecision(18, 2);
            settlement.Property(s => s.FeeTotal).HasPrecision(18, 2);
            settlement.Property(s => s.NetTotal).HasPrecision(18, 2);
            // One settlement per order: a replayed or racing acceptance cannot settle twice.
            settlement.HasIndex(s => s.OrderId).IsUnique();
            settlement.HasOne<Order>().WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Restrict);
            settlement.OwnsMany(s => s.Lines, line =>
            {
                line.ToTable("SettlementLines");
                line.WithOwner().HasForeignKey("SettlementId");
                line.Property<int>("Id");
                line.HasKey("Id");
                line.Property(l => l.WorkOrderIds);
                line.Property(l => l.Gross).HasPrecision(18, 2);
                line.Property(l => l.Deductions).HasPrecision(18, 2);
                line.Property(l => l.Amount).HasPrecision(18, 2);
                line.Property(l => l.Fee).HasPrecision(18, 2);
                line.Property(l => l.Net).HasPrecision(18, 2);
                line.HasIndex(l => l.ProviderEnterpriseId);
            });
        });
}
