using System.Text.Json;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cofab.Platform.Data;

internal static class QuoteModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Quote>(quote =>
        {
            quote.Property(q => q.Option).HasConversion<string>().HasMaxLength(20);
            quote.Property(q => q.Status).HasConversion<string>().HasMaxLength(20);
            quote.Property(q => q.Currency).HasMaxLength(3);
            quote.Property(q => q.Total).HasPrecision(18, 2);
            quote.Property(q => q.SolverSummary).HasMaxLength(500);
            quote.Property(q => q.Version).IsConcurrencyToken();
            // The schedule, the breakdown and the factories are read and written whole with their quote.
            Json(quote.Property(q => q.Breakdown));
            Json(quote.Property(q => q.Operations));
            Json(quote.Property(q => q.Factories));
            quote.HasIndex(q => new { q.OrderId, q.CreatedAt });
            quote.HasOne<Order>().WithMany().HasForeignKey(q => q.OrderId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<WorkOrder>(work =>
        {
            work.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
            work.Property(w => w.Currency).HasMaxLength(3);
            work.Property(w => w.Price).HasPrecision(18, 2);
            work.Property(w => w.DeclineReason).HasMaxLength(500);
            work.Property(w => w.Version).IsConcurrencyToken();
            Json(work.Property(w => w.Operations));
            work.HasIndex(w => new { w.ProviderEnterpriseId, w.CreatedAt });
            work.HasIndex(w => new { w.DemanderEnterpriseId, w.CreatedAt });
            // One work order per provider and quote: a replayed or racing acceptance cannot release it twice.
            work.HasIndex(w => new { w.QuoteId, w.ProviderEnterpriseId }).IsUnique();
            work.HasIndex(w => w.OrderId);
            work.HasOne<Order>().WithMany().HasForeignKey(w => w.OrderId).OnDelete(DeleteBehavior.Restrict);
            work.HasOne<Quote>().WithMany().HasForeignKey(w => w.QuoteId).OnDelete(DeleteBehavior.Restrict);
            work.HasOne<Enterprise>().WithMany().HasForeignKey(w => w.ProviderEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    internal static void Json<T>(PropertyBuilder<T> property) where T : class =>
        property.HasConversion(
            value => JsonSerializer.Serialize(value, OrderModel.PartsJson),
            json => JsonSerializer.Deserialize<T>(json, OrderModel.PartsJson)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, OrderModel.PartsJson) == JsonSerializer.Serialize(b, OrderModel.PartsJson),
                value => JsonSerializer.Serialize(value, OrderModel.PartsJson).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, OrderModel.PartsJson), OrderModel.PartsJson)!));
}
