using Cofab.Core.Bookings;
using Cofab.Core.Calendars;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Machines;
using Cofab.Platform.Features.Orders;
using Cofab.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

/// <summary>
/// The one model of the platform. Each provider has a subclass only so that its migrations are kept apart
/// (see ADR 0003); the model itself is shared.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<CofabUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Grouping> Groupings => Set<Grouping>();
    public DbSet<Resource> Resources => Set<Resource>();
    public DbSet<SiteCalendar> Calendars => Set<SiteCalendar>();
    public DbSet<ProcessNode> ProcessNodes => Set<ProcessNode>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<LedgerNode> LedgerNodes => Set<LedgerNode>();
    public DbSet<SignedTreeHead> SignedTreeHeads => Set<SignedTreeHead>();
    public DbSet<MachineConnection> MachineConnections => Set<MachineConnection>();
    public DbSet<MachineStateRecord> MachineStateIntervals => Set<MachineStateRecord>();
    public DbSet<MachineLatestStatus> MachineStatuses => Set<MachineLatestStatus>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderDrawing> OrderDrawings => Set<OrderDrawing>();
    public DbSet<DrawingContent> DrawingContents => Set<DrawingContent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<Cofab.Core.Quotes.Quote> Quotes => Set<Cofab.Core.Quotes.Quote>();
    public DbSet<Cofab.Core.Quotes.WorkOrder> WorkOrders => Set<Cofab.Core.Quotes.WorkOrder>();
    public DbSet<Cofab.Core.Rfqs.Rfq> Rfqs => Set<Cofab.Core.Rfqs.Rfq>();
    public DbSet<Cofab.Core.Rfqs.RfqInvitation> RfqInvitations => Set<Cofab.Core.Rfqs.RfqInvitation>();
    public DbSet<Cofab.Core.Rfqs.Bid> Bids => Set<Cofab.Core.Rfqs.Bid>();
    public DbSet<Cofab.Core.Execution.ProgressReport> ProgressReports => Set<Cofab.Core.Execution.ProgressReport>();
    public DbSet<Cofab.Core.Execution.TransportLeg> TransportLegs => Set<Cofab.Core.Execution.TransportLeg>();
    public DbSet<Cofab.Core.Tracking.ExecutionAlert> ExecutionAlerts => Set<Cofab.Core.Tracking.ExecutionAlert>();
    public DbSet<Cofab.Core.Quality.Inspection> Inspections => Set<Cofab.Core.Quality.Inspection>();
    public DbSet<Cofab.Core.Quality.Nonconformity> Nonconformities => Set<Cofab.Core.Quality.Nonconformity>();
    public DbSet<Cofab.Core.Settlement.OrderSettlement> Settlements => Set<Cofab.Core.Settlement.OrderSettlement>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<CofabUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.PreferredCulture).HasMaxLength(10);
            user.HasIndex(u => u.EnterpriseId);
            user.HasOne<Enterprise>().WithMany().HasForeignKey(u => u.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        });
        MemberModel.Configure(builder);
        ResourceModel.Configure(builder);
        LedgerModel.Configure(builder);
        MachineModel.Configure(builder);
        OrderModel.Configure(builder);
        BookingModel.Configure(builder);
        QuoteModel.Configure(builder);
        RfqModel.Configure(builder);
        ExecutionModel.Configure(builder);
        TrackingModel.Configure(builder);
        QualityModel.Configure(builder);
        SettlementModel.Configure(builder);
        builder.Entity<ProcessNode>(node =>
        {
            node.HasKey(n => n.Code);
            node.Property(n => n.Code).HasMaxLength(100);
            node.Property(n => n.ParentCode).HasMaxLength(100);
            node.Property(n => n.NameEn).HasMaxLength(100);
            node.Property(n => n.NameZh).HasMaxLength(100);
        });
        builder.Entity<AuditEntry>(audit =>
        {
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.SubjectType).HasMaxLength(64);
            audit.Property(a => a.SubjectId).HasMaxLength(64);
            audit.Property(a => a.Detail).HasMaxLength(1000);
            audit.HasIndex(a => new { a.OwnerEnterpriseId, a.At });
        });
    }
}
