using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Core.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class TrackingModel
{
    /// <summary>One alert per work order, operation and kind: a second scan, or a racing one, cannot raise it twice.</summary>
    public const string OnceIndex = "IX_ExecutionAlerts_Once";

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<ExecutionAlert>(alert =>
        {
            alert.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
            alert.Property(a => a.OperationKey).HasMaxLength(60);
            alert.Property(a => a.PartName).HasMaxLength(200);
            alert.Property(a => a.ProcessCode).HasMaxLength(100);
            alert.Property(a => a.Version).IsConcurrencyToken();
            // Read and written whole with the alert, like a quote's schedule.
            QuoteModel.Json(alert.Property(a => a.ProjectedDelays));
            alert.HasIndex(a => new { a.WorkOrderId, a.OperationKey, a.Kind }).IsUnique().HasDatabaseName(OnceIndex);
            alert.HasIndex(a => a.OrderId);
            alert.HasIndex(a => a.ProviderEnterpriseId);
            alert.HasIndex(a => a.DemanderEnterpriseId);
            alert.HasOne<Order>().WithMany().HasForeignKey(a => a.OrderId).OnDelete(DeleteBehavior.Cascade);
            alert.HasOne<WorkOrder>().WithMany().HasForeignKey(a => a.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
