using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cofab.Core.Bookings;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Core.Tracking;
using Cofab.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Tracking;

/// <summary>
/// What a proposal would apply: its order, when it was computed, the state it was computed from
/// (<see cref="RescheduleFingerprint"/>) and every remaining operation's new time, including those the viewer does not see.
/// </summary>
public sealed record RescheduleTicket(Guid OrderId, DateTimeOffset ComputedAt, string Fingerprint, IReadOnlyList<OperationMove> Moves);

/// <summary>
/// Seals a <see cref="RescheduleTicket"/> into the proposal's apply token and opens it again, with ASP.NET Core data
/// protection (the keys that protect sign-in cookies): a client can neither read the other providers' times in it nor
/// change a time, so what is applied is exactly what the scheduler proposed.
/// </summary>
public sealed class RescheduleTickets(IDataProtectionProvider protection)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _protector = protection.CreateProtector("Cofab.Tracking.RescheduleTicket.v1");

    public string Seal(RescheduleTicket ticket) => _protector.Protect(JsonSerializer.Serialize(ticket, Json));

    /// <summary>The ticket, or null when the token was not issued by this platform or was altered.</summary>
    public RescheduleTicket? Open(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<RescheduleTicket>(_protector.Unprotect(token), Json);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}

/// <summary>
/// A digest of everything a re-scheduling depends on: the order (due dates), its work orders (status, progress, plan), the
/// booked machines (calendar assignment), their calendars and every active booking on them that had not ended when the
/// proposal was computed. Each row's <c>Version</c> is renewed on every change, so any change since gives another digest.
/// </summary>
public static class RescheduleFingerprint
{
    public static async Task<string> ComputeAsync(AppDbContext db, Order order, IReadOnlyList<WorkOrder> orderWork, IReadOnlyCollection<Guid> resourceIds,
        DateTimeOffset since, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(orderWork);
        var resources = await db.Resources.AsNoTracking().Where(r => resourceIds.Contains(r.Id)).Select(r => new { r.Id, r.Version, r.CalendarId }).ToListAsync(ct);
        var calendarIds = resources.Where(r => r.CalendarId != null).Select(r => r.CalendarId!.Value).Distinct().ToList();
        var calendars = await db.Calendars.AsNoTracking().Where(c => calendarIds.Contains(c.Id)).Select(c => new { c.Id, c.Version }).ToListAsync(ct);
        var bookings = await db.Bookings.AsNoTracking().Where(b => resourceIds.Contains(b.ResourceId) && b.Status == BookingStatus.Active)
            .Select(b => new { b.Id, b.Version, b.End }).ToListAsync(ct);
        // Compared in memory: SQLite cannot compare DateTimeOffset values in SQL.
        return Of([
            $"order {order.Id} {order.Version}",
            .. orderWork.Select(w => $"work {w.Id} {w.Version}"),
            .. resources.Select(r => $"resource {r.Id} {r.Version}"),
            .. calendars.Select(c => $"calendar {c.Id} {c.Version}"),
            .. bookings.Where(b => b.End > since).Select(b => $"booking {b.Id} {b.Version}"),
        ]);
    }

    /// <summary>SHA-256 over the rows in ordinal order, so the order they were read in does not matter.</summary>
    public static string Of(IEnumerable<string> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = string.Join('\n', rows.Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
