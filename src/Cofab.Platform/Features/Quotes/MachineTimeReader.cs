using Cofab.Core.Bookings;
using Cofab.Core.Calendars;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Quotes;

/// <summary>Reads the candidate machines' site calendars and active bookings over the planning horizon.</summary>
public sealed class MachineTimeReader(AppDbContext db)
{
    public async Task<Dictionary<Guid, MachineTime>> ReadAsync(IReadOnlyCollection<QuoteCandidate> machines, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(machines);
        var ids = machines.Select(m => m.ResourceId).Distinct().ToList();
        var calendarIds = machines.Where(m => m.CalendarId is not null).Select(m => m.CalendarId!.Value).Distinct().ToList();
        var calendars = await db.Calendars.AsNoTracking().Where(c => calendarIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => ids.Contains(b.ResourceId) && b.Status == BookingStatus.Active)
            .Select(b => new { b.ResourceId, b.Start, b.End })
            .ToListAsync(ct);
        // Compared in memory: SQLite cannot order DateTimeOffset values in SQL.
        var booked = bookings.Where(b => b.End > from && b.Start < to).ToLookup(b => b.ResourceId, b => (b.Start, b.End));

        var result = new Dictionary<Guid, MachineTime>();
        foreach (var machine in machines.DistinctBy(m => m.ResourceId))
        {
            var busy = booked[machine.ResourceId].ToList();
            if (machine.CalendarId is not { } calendarId || !calendars.TryGetValue(calendarId, out var calendar))
            {
                result[machine.ResourceId] = new MachineTime([], busy, 1, null);
                continue;
            }

            var working = WorkingTime.Intervals(calendar, from, to);
            var nonWorking = new List<(DateTimeOffset, DateTimeOffset)>();
            var cursor = from;
            foreach (var interval in working)
            {
                if (interval.Start > cursor) nonWorking.Add((cursor, interval.Start));
                cursor = interval.End > cursor ? interval.End : cursor;
            }
            if (cursor < to) nonWorking.Add((cursor, to));
            var share = working.Sum(w => w.Duration.TotalMinutes) / (to - from).TotalMinutes;
            var longest = working.Count == 0 ? TimeSpan.Zero : working.Max(w => w.Duration);
            result[machine.ResourceId] = new MachineTime(nonWorking, busy, share, longest);
        }
        return result;
    }
}
