using System.Text.Json;
using System.Text.Json.Serialization;
using Cofab.Core.Orders;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cofab.Platform.Data;

internal static class OrderModel
{
    /// <summary>
    /// Parts and their routings are one document edited as a whole while the order is a draft and read as a whole after;
    /// nothing queries inside them, so they are kept as JSON rather than four tables joined on every read.
    /// </summary>
    internal static readonly JsonSerializerOptions PartsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Order>(order =>
        {
            order.Property(o => o.Title).HasMaxLength(OrderRules.MaxTitleLength);
            order.Property(o => o.DeliveryAddress).HasMaxLength(OrderRules.MaxAddressLength);
            order.Property(o => o.WithdrawalReason).HasMaxLength(500);
            order.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            order.Property(o => o.Version).IsConcurrencyToken();
            order.ComplexProperty(o => o.DeliveryLocation);
            order.Property(o => o.Parts).HasConversion(
                parts => JsonSerializer.Serialize(parts, PartsJson),
                json => JsonSerializer.Deserialize<List<OrderPart>>(json, PartsJson) ?? new List<OrderPart>(),
                new ValueComparer<List<OrderPart>>(
                    (a, b) => JsonSerializer.Serialize(a, PartsJson) == JsonSerializer.Serialize(b, PartsJson),
                    parts => JsonSerializer.Serialize(parts, PartsJson).GetHashCode(StringComparison.Ordinal),
                    parts => JsonSerializer.Deserialize<List<OrderPart>>(JsonSerializer.Serialize(parts, PartsJson), PartsJson)!));
            order.HasIndex(o => new { o.DemanderEnterpriseId, o.CreatedAt });
            order.HasIndex(o => new { o.Status, o.CreatedAt });
            order.HasOne<Cofab.Core.Members.Enterprise>().WithMany().HasForeignKey(o => o.DemanderEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<OrderDrawing>(drawing =>
        {
            drawing.Property(d => d.FileName).HasMaxLength(DrawingAccess.MaxFileNameLength);
            drawing.Property(d => d.ContentType).HasMaxLength(DrawingAccess.MaxContentTypeLength);
            drawing.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
            drawing.Property(d => d.Classification).HasConversion<string>().HasMaxLength(20);
            drawing.HasIndex(d => d.OrderId);
            drawing.HasOne<Order>().WithMany().HasForeignKey(d => d.OrderId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<DrawingContent>(content =>
        {
            content.HasKey(c => c.DrawingId);
            content.HasOne<OrderDrawing>().WithOne().HasForeignKey<DrawingContent>(c => c.DrawingId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<IdempotencyRecord>(record =>
        {
            record.Property(r => r.Operation).HasMaxLength(32);
            record.Property(r => r.Key).HasMaxLength(IdempotencyRecord.MaxKeyLength);
            // The guarantee: one outcome per key and enterprise, however many requests race.
            record.HasIndex(r => new { r.EnterpriseId, r.Operation, r.Key }).IsUnique();
        });
    }
}
