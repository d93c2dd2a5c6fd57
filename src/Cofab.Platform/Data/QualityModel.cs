using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Quality;
using Cofab.Core.Quotes;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class QualityModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Inspection>(inspection =>
        {
            inspection.Property(i => i.Level).HasConversion<string>().HasMaxLength(8);
            inspection.Property(i => i.Severity).HasConversion<string>().HasMaxLength(12);
            inspection.Property(i => i.Status).HasConversion<string>().HasMaxLength(12);
            inspection.Property(i => i.Aql).HasPrecision(9, 3);
            inspection.Property(i => i.CodeLetter).HasMaxLength(1);
            inspection.Property(i => i.PlanCodeLetter).HasMaxLength(1);
            inspection.Property(i => i.Note).HasMaxLength(InspectionRules.MaxNoteLength);
            inspection.Property(i => i.Version).IsConcurrencyToken();
            inspection.Ignore(i => i.Plan);
            inspection.HasIndex(i => i.WorkOrderId);
            inspection.HasIndex(i => i.OrderId);
            inspection.HasIndex(i => i.InspectorEnterpriseId);
            inspection.HasOne<WorkOrder>().WithMany().HasForeignKey(i => i.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
            inspection.HasOne<Order>().WithMany().HasForeignKey(i => i.OrderId).OnDelete(DeleteBehavior.Restrict);
            inspection.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.InspectorEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Nonconformity>(nc =>
        {
            nc.Property(n => n.Description).HasMaxLength(InspectionRules.MaxDescriptionLength);
            nc.Property(n => n.Severity).HasConversion<string>().HasMaxLength(12);
            nc.Property(n => n.Disposition).HasConversion<string>().HasMaxLength(20);
            nc.Property(n => n.DispositionNote).HasMaxLength(InspectionRules.MaxNoteLength);
            nc.Property(n => n.Version).IsConcurrencyToken();
            nc.Ignore(n => n.WritesOffAgainstProvider);
            nc.HasIndex(n => n.InspectionId);
            nc.HasIndex(n => n.OrderId);
            nc.HasOne<Inspection>().WithMany().HasForeignKey(n => n.InspectionId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
