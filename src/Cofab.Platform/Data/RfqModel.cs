using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Resources;
using Cofab.Core.Rfqs;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class RfqModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Rfq>(rfq =>
        {
            rfq.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            rfq.Property(r => r.Note).HasMaxLength(RfqRules.MaxNoteLength);
            rfq.Property(r => r.Version).IsConcurrencyToken();
            // The scope is read and written whole with its RFQ; nothing queries inside it.
            QuoteModel.Json(rfq.Property(r => r.Scope));
            rfq.HasIndex(r => r.OrderId);
            rfq.HasIndex(r => r.DemanderEnterpriseId);
            rfq.HasOne<Order>().WithMany().HasForeignKey(r => r.OrderId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<RfqInvitation>(invitation =>
        {
            invitation.HasKey(i => new { i.RfqId, i.ProviderEnterpriseId });
            invitation.HasIndex(i => i.ProviderEnterpriseId);
            invitation.HasOne<Rfq>().WithMany().HasForeignKey(i => i.RfqId).OnDelete(DeleteBehavior.Cascade);
            invitation.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.ProviderEnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<Bid>(bid =>
        {
            // A concurrency token: an award and a re-bid racing for the same bid cannot both change it.
            bid.Property(b => b.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
            bid.Property(b => b.Currency).HasMaxLength(3);
            bid.Property(b => b.Price).HasPrecision(18, 2);
            bid.Property(b => b.Note).HasMaxLength(RfqRules.MaxNoteLength);
            // Each revision once: two re-bids racing from the same revision cannot both become the live one.
            bid.HasIndex(b => new { b.RfqId, b.ProviderEnterpriseId, b.Revision }).IsUnique();
            bid.HasOne<Rfq>().WithMany().HasForeignKey(b => b.RfqId).OnDelete(DeleteBehavior.Cascade);
            bid.HasOne<Enterprise>().WithMany().HasForeignKey(b => b.ProviderEnterpriseId).OnDelete(DeleteBehavior.Restrict);
            bid.HasOne<Resource>().WithMany().HasForeignKey(b => b.ResourceId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
