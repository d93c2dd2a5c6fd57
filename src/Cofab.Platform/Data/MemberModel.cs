using Cofab.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class MemberModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Enterprise>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.CreditCode).HasMaxLength(18).IsFixedLength();
            e.HasIndex(x => x.CreditCode).IsUnique();
            e.Property(x => x.DivisionCode).HasMaxLength(6);
            e.HasIndex(x => x.DivisionCode);
            e.Property(x => x.Address).HasMaxLength(300);
            e.Property(x => x.Industry).HasMaxLength(100);
            e.Property(x => x.ContactName).HasMaxLength(100);
            e.Property(x => x.ContactPhone).HasMaxLength(40);
            e.Property(x => x.DecisionNote).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.ComplexProperty(x => x.Location);
            e.HasIndex(x => x.Status);
            e.HasOne<Grouping>().WithMany().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne<Grouping>().WithMany().HasForeignKey(x => x.ParkId).OnDelete(DeleteBehavior.SetNull);
            e.OwnsMany(x => x.Certifications, c =>
            {
                c.ToTable("EnterpriseCertifications");
                c.WithOwner().HasForeignKey("EnterpriseId");
                c.Property<int>("Id");
                c.HasKey("Id");
                c.Property(x => x.Standard).HasMaxLength(100);
                c.Property(x => x.Number).HasMaxLength(100);
                c.Property(x => x.Issuer).HasMaxLength(200);
            });
        });
        builder.Entity<Grouping>(g =>
        {
            g.Property(x => x.Name).HasMaxLength(200);
            g.Property(x => x.NameZh).HasMaxLength(200);
            g.Property(x => x.DivisionCode).HasMaxLength(6);
            g.Property(x => x.Industry).HasMaxLength(100);
            g.HasOne<Grouping>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
