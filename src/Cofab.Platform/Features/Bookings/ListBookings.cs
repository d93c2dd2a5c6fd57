using Cofab.Core.Bookings;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Bookings;

/// <summary>
/// A resource's calendar for a period (at most <see cref="MaxPeriod"/>): busy spans for everyone who may see the
/// resource, the bookings behind them only for its owner, so competitors learn when a machine is taken but not by whom.
/// </summary>
public sealed class ListBookings(AppDbContext db, MemberGate gate)
{
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(92);

    public async Task<Result<ResourceBookingsView>> HandleAsync(Guid resourceId, DateTimeOffset from, DateTimeOffset to, Caller caller, CancellationToken ct)
    {
        if (to <= from) return Failure.Invalid("to", "The period's end (to) must be after its start (from).");
        if (to - from > MaxPeriod) return Failure.Invalid("to", $"A calendar covers at most {MaxPeriod.TotalDays:0} days; ask for a shorter period.");
        var found = await BookableResources.FindAsync(db, gate, resourceId, caller, ct);
        if (!found.Succeeded) return found.Failure!;
        var resource = found.Value.Resource;

        var fromUtc = from.ToUniversalTime();
        var toUtc = to.ToUniversalTime();
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.ResourceId == resourceId && b.Start < toUtc && b.End > fromUtc && (found.Value.Managed || b.Status == BookingStatus.Active))
            .OrderBy(b => b.Start)
            .ToListAsync(ct);
        var busy = bookings.Where(b => b.Status == BookingStatus.Active).Select(b => new BusySpan(b.Start, b.End)).ToList();
        var details = found.Value.Managed ? bookings.Select(b => BookingViews.ToView(b, resource.Name)).ToList() : null;
        return new ResourceBookingsView(resourceId, fromUtc, toUtc, busy, details);
    }
}

/// <summary>
/// One's own bookings, newest start first: <see cref="BookingSide.Booked"/> what one's enterprise booked elsewhere,
/// <see cref="BookingSide.Owned"/> the bookings and blocks on one's own resources.
/// </summary>
public sealed class ListMyBookings(AppDbContext db)
{
    public async Task<Result<Page<BookingView>>> HandleAsync(BookingSide side, DateTimeOffset? from, DateTimeOffset? to, int page, int pageSize, Caller caller, CancellationToken ct)
    {
        var (pageNumber, size, failure) = Paging.Check(page, pageSize);
        if (failure is not null) return failure;
        if (from is { } f && to is { } t && t <= f) return Failure.Invalid("to", "The period's end (to) must be after its start (from).");

        var query = side == BookingSide.Owned
            ? db.Bookings.AsNoTracking().Where(b => b.OwnerEnterpriseId == caller.EnterpriseId)
            : db.Bookings.AsNoTracking().Where(b => b.BookedByEnterpriseId == caller.EnterpriseId && b.Kind != BookingKind.ProviderBlock);
        if (from is { } start)
        {
            var fromUtc = start.ToUniversalTime();
            query = query.Where(b => b.End > fromUtc);
        }
        if (to is { } end)
        {
            var toUtc = end.ToUniversalTime();
            query = query.Where(b => b.Start < toUtc);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.WithResourceName(db).OrderByDescending(r => r.Booking.Start).ThenBy(r => r.Booking.Id)
            .Skip((pageNumber - 1) * size).Take(size).ToListAsync(ct);
        return new Page<BookingView>(rows.Select(BookingViews.ToView).ToList(), total, pageNumber, size);
    }
}

public enum BookingSide
{
    Booked = 0,
    Owned = 1,
}

/// <summary>One booking, for its booker and the resource's owner.</summary>
public sealed class GetBooking(AppDbContext db)
{
    public async Task<Result<BookingView>> HandleAsync(Guid bookingId, Caller caller, CancellationToken ct)
    {
        var found = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId).WithResourceName(db).SingleOrDefaultAsync(ct);
        if (found is null || !(caller.CanRead(found.Booking.OwnerEnterpriseId) || found.Booking.BookedByEnterpriseId == caller.EnterpriseId))
            return Failure.NotFound($"No booking {bookingId} of yours.");
        return BookingViews.ToView(found);
    }
}
