using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class LedgerModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<LedgerEntry>(entry =>
        {
            entry.HasKey(e => e.Index);
            // The index is the log position, assigned under the append lock, never by the database.
            entry.Property(e => e.Index).ValueGeneratedNever();
            entry.Property(e => e.Type).HasMaxLength(64);
            entry.Property(e => e.Parties).HasMaxLength(4000);
            entry.Property(e => e.LeafHash).HasMaxLength(32);
            entry.Property(e => e.Subject).HasMaxLength(100);
            entry.HasIndex(e => e.Subject);
        });
        builder.Entity<LedgerNode>(node =>
        {
            node.HasKey(n => new { n.Level, n.Index });
            node.Property(n => n.Hash).HasMaxLength(32);
        });
        builder.Entity<SignedTreeHead>(head =>
        {
            head.HasKey(h => h.Size);
            head.Property(h => h.Size).ValueGeneratedNever();
            head.Property(h => h.RootHash).HasMaxLength(32);
            head.Property(h => h.KeyId).HasMaxLength(64);
            head.Property(h => h.Signature).HasMaxLength(80);
        });
    }
}
