using Cofab.Core.Calendars;
using Cofab.Core.Members;
using Cofab.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class ResourceModel
{
    // Column sizes come from the validation rules, so a value the rules accept always fits.
    /// <summary>Lower-cased name, maker, model and asset number, kept by the use cases, so search is one indexed-friendly column.</summary>
    public const string SearchText = "SearchText";

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<Resource>(r =>
        {
            r.Property(x => x.Name).HasMaxLength(ResourceRules.MaxNameLength);
            r.Property(x => x.Manufacturer).HasMaxLength(ResourceRules.MaxTextLength);
            r.Property(x => x.Model).HasMaxLength(ResourceRules.MaxTextLength);
            r.Property(x => x.AssetNumber).HasMaxLength(ResourceRules.MaxAssetNumberLength);
            r.Property(x => x.Description).HasMaxLength(ResourceRules.MaxDescriptionLength);
            r.Property<string>(SearchText).HasMaxLength(ResourceRules.MaxNameLength + (2 * ResourceRules.MaxTextLength) + ResourceRules.MaxAssetNumberLength + 3);
            r.Property(x => x.Version).IsConcurrencyToken();
            r.ComplexProperty(x => x.Location);
            r.HasIndex(x => new { x.EnterpriseId, x.AssetNumber }).IsUnique();
            // The market list walks the first in name order without touching the table (it covers the join column);
            // the second covers counting and listing one enterprise's resources by visibility.
            r.HasIndex(x => new { x.Visibility, x.Name, x.Id, x.EnterpriseId });
            r.HasIndex(x => new { x.EnterpriseId, x.Visibility, x.Name, x.Id });
            r.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            r.HasOne<SiteCalendar>().WithMany().HasForeignKey(x => x.CalendarId).OnDelete(DeleteBehavior.SetNull);
            r.OwnsMany(x => x.Capabilities, c =>
            {
                c.ToTable("ResourceCapabilities");
                c.WithOwner().HasForeignKey("ResourceId");
                c.Property<int>("Id");
                c.HasKey("Id");
                c.Property(x => x.ProcessCode).HasMaxLength(100);
                // Process filters select resource ids from here (ProcessCode, then the owner) without reading rows.
                c.HasIndex("ProcessCode", "ResourceId");
                c.Property(x => x.Materials);
            });
            r.OwnsMany(x => x.Prices, p =>
            {
                p.ToTable("ResourcePrices");
                p.WithOwner().HasForeignKey("ResourceId");
                p.Property<int>("Id");
                p.HasKey("Id");
                p.Property(x => x.Currency).HasMaxLength(3);
                p.Property(x => x.ProcessCode).HasMaxLength(100);
                p.Property(x => x.Rate).HasPrecision(18, 4);
                p.Property(x => x.SetupCharge).HasPrecision(18, 2);
            });
            r.OwnsMany(x => x.IdleWindows, w =>
            {
                w.ToTable("ResourceIdleWindows");
                w.WithOwner().HasForeignKey("ResourceId");
                w.Property<int>("Id");
                w.HasKey("Id");
                w.Property(x => x.Note).HasMaxLength(ResourceRules.MaxNoteLength);
                w.HasIndex(x => new { x.Start, x.End });
            });
        });
        builder.Entity<SiteCalendar>(c =>
        {
            c.Property(x => x.Name).HasMaxLength(CalendarRules.MaxNameLength);
            c.Property(x => x.TimeZone).HasMaxLength(64);
            c.Property(x => x.Version).IsConcurrencyToken();
            c.HasIndex(x => x.EnterpriseId);
            c.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            c.OwnsMany(x => x.Shifts, s =>
            {
                s.ToTable("CalendarShifts");
                s.WithOwner().HasForeignKey("CalendarId");
                s.Property<int>("Id");
                s.HasKey("Id");
                s.Property(x => x.Name).HasMaxLength(CalendarRules.MaxShiftNameLength);
            });
            c.OwnsMany(x => x.Holidays, h =>
            {
                h.ToTable("CalendarHolidays");
                h.WithOwner().HasForeignKey("CalendarId");
                h.Property<int>("Id");
                h.HasKey("Id");
                h.Property(x => x.Name).HasMaxLength(CalendarRules.MaxHolidayNameLength);
            });
            c.OwnsMany(x => x.Exceptions, e =>
            {
                e.ToTable("CalendarExceptions");
                e.WithOwner().HasForeignKey("CalendarId");
                e.Property<int>("Id");
                e.HasKey("Id");
                e.Property(x => x.Reason).HasMaxLength(CalendarRules.MaxReasonLength);
            });
        });
    }
}
