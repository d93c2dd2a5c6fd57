using Cofab.Core.Bookings;
using Cofab.Core.Members;
using Cofab.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class BookingModel
{
    public const string IdempotencyIndex = "IX_Bookings_BookedByEnterpriseId_IdempotencyKey";

    public static void Configure(ModelBuilder builder) =>
        builder.Entity<Booking>(b =>
        {
            b.ToTable(BookingSchema.Table);
            b.Ignore(x => x.Duration);
            b.Property(x => x.Currency).HasMaxLength(3);
            b.Property(x => x.Note).HasMaxLength(BookingRules.MaxNoteLength);
            b.Property(x => x.CancellationReason).HasMaxLength(BookingRules.MaxReasonLength);
            b.Property(x => x.IdempotencyKey).HasMaxLength(BookingRules.MaxIdempotencyKeyLength);
            b.Property(x => x.Price).HasPrecision(18, 2);
            b.Property(x => x.CancellationFee).HasPrecision(18, 2);
            b.Property(x => x.Version).IsConcurrencyToken();
            // The overlap guard (BookingSchema) reads ResourceId, Start, End and Status; this index serves it on SQLite
            // and the calendar query on both providers.
            b.HasIndex(x => new { x.ResourceId, x.Start, x.End });
            b.HasIndex(x => new { x.BookedByEnterpriseId, x.Start });
            b.HasIndex(x => new { x.OwnerEnterpriseId, x.Start });
            // NULLs are distinct in unique indexes on both providers, so bookings without a key never collide.
            b.HasIndex(x => new { x.BookedByEnterpriseId, x.IdempotencyKey }).IsUnique().HasDatabaseName(IdempotencyIndex);
            b.HasOne<Resource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.BookedByEnterpriseId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.OwnerEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
}
