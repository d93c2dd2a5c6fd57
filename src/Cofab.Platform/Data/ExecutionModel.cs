using Cofab.Core.Execution;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class ExecutionModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ProgressReport>(report =>
        {
            report.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.Note).HasMaxLength(ProgressRules.MaxNoteLength);
            report.HasIndex(r => new { r.WorkOrderId, r.At });
            report.HasOne<WorkOrder>().WithMany().HasForeignKey(r => r.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
            report.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<TransportLeg>(leg =>
        {
            leg.Property(l => l.Parts).HasMaxLength(1000);
            leg.Property(l => l.Carrier).HasMaxLength(TransportLeg.MaxCarrierLength);
            leg.Property(l => l.TrackingNumber).HasMaxLength(TransportLeg.MaxTrackingNumberLength);
            leg.Property(l => l.Version).IsConcurrencyToken();
            leg.HasIndex(l => l.OrderId);
            leg.HasIndex(l => l.FromWorkOrderId);
            leg.HasIndex(l => l.ToEnterpriseId);
            leg.HasOne<Order>().WithMany().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Restrict);
            leg.HasOne<WorkOrder>().WithMany().HasForeignKey(l => l.FromWorkOrderId).OnDelete(DeleteBehavior.Restrict);
            leg.HasOne<Enterprise>().WithMany().HasForeignKey(l => l.FromEnterpriseId).OnDelete(DeleteBehavior.Restrict);
            leg.HasOne<Enterprise>().WithMany().HasForeignKey(l => l.ToEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
