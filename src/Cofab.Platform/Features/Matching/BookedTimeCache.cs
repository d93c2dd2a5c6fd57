using Cofab.Core.Bookings;
using Cofab.Core.MachineData;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// Active bookings that have not ended, by resource, held in memory so that a search can subtract them from thousands of
/// resources within its budget. Bookings saved in this process mark it stale (<see cref="MatchingChangeInterceptor"/>);
/// bookings saved by another process are seen within <see cref="MaxAge"/>. The next search reloads it before answering.
/// </summary>
public sealed class BookedTimeCache(IServiceScopeFactory scopes, TimeProvider clock) : IBookedTimeSource, IDisposable
{
    /// <summary>How old the cache may get when nothing in this process changed a booking.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile IReadOnlyDictionary<Guid, TimeWindow[]> _busy = new Dictionary<Guid, TimeWindow[]>();
    private long _version;
    private long _loadedVersion = -1;
    private DateTimeOffset _loadedAt;

    public void Invalidate() => Interlocked.Increment(ref _version);

    public async ValueTask RefreshAsync(CancellationToken ct)
    {
        if (!Stale())
        {
            return;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (!Stale())
            {
                return;
            }

            var version = Interlocked.Read(ref _version);
            var now = clock.GetUtcNow();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var rows = await db.Bookings.AsNoTracking()
                .Where(b => b.Status == BookingStatus.Active && b.End > now)
                .Select(b => new { b.ResourceId, b.Start, b.End })
                .ToListAsync(ct);
            _busy = rows.GroupBy(r => r.ResourceId)
                .ToDictionary(g => g.Key, g => g.Select(r => new TimeWindow(r.Start, r.End)).OrderBy(w => w.Start).ToArray());
            _loadedVersion = version;
            _loadedAt = now;
        }
        finally
        {
            _gate.Release();
        }
    }

    public IReadOnlyList<TimeWindow> Busy(Guid resourceId, DateTimeOffset from, DateTimeOffset to) =>
        _busy.TryGetValue(resourceId, out var windows)
            ? windows.Where(w => w.Start < to && w.End > from).ToArray()
            : [];

    public void Dispose() => _gate.Dispose();

    private bool Stale() => Interlocked.Read(ref _version) != _loadedVersion || clock.GetUtcNow() - _loadedAt > MaxAge;
}
