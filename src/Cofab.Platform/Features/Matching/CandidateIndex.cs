using System.Diagnostics;
using Cofab.Core.Calendars;
using Cofab.Core.Matching;
using Cofab.Core.Members;
using Cofab.Core.Taxonomy;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// The in-memory candidate index (a singleton): every resource, member and calendar, loaded once from the database
/// and kept fresh two ways.
/// <list type="bullet">
/// <item>Changes saved in this process arrive through <see cref="MatchingChangeFeed"/> (an EF save interceptor sees
/// every save of resources, members, calendars and taxonomy nodes). The next search notices the feed moved, reloads
/// only the changed resources (or the small member/calendar/taxonomy tables) and swaps in a new snapshot before it
/// answers: a search never misses a change this process committed before it started.</item>
/// <item>Changes by other processes (the CLI, another web instance) are caught by comparing an
/// <see cref="IndexFingerprint"/> with the database at most every <see cref="MatchingOptions.FingerprintCheckInterval"/>,
/// in the background; a difference rebuilds the index while searches keep reading the previous snapshot.</item>
/// </list>
/// </summary>
public sealed partial class CandidateIndex(
    IServiceScopeFactory scopes,
    MatchingChangeFeed feed,
    ICreditGradeSource credit,
    TimeProvider clock,
    IOptions<MatchingOptions> options,
    ILogger<CandidateIndex> logger) : IDisposable
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CandidateSnapshot? _snapshot;
    private long _lastCheck;
    private int _checking;

    /// <summary>The snapshot to search: built on first use, patched when this process changed something.</summary>
    public async ValueTask<CandidateSnapshot> CurrentAsync(CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && snapshot.FeedVersion == feed.Version)
        {
            CheckFingerprintInBackground(snapshot);
            return snapshot;
        }

        await _refresh.WaitAsync(ct);
        try
        {
            snapshot = _snapshot;
            if (snapshot is null) snapshot = await BuildAsync(ct);
            else if (snapshot.FeedVersion != feed.Version) snapshot = await PatchAsync(snapshot, ct);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<CandidateSnapshot> BuildAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var (_, _, version) = feed.Drain();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var fingerprint = await FingerprintAsync(db, ct);
        var (providers, calendars, taxonomy) = await LoadSmallTablesAsync(db, ct);
        var resources = await db.Resources.AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow();
        var snapshot = new CandidateSnapshot(
            resources.Where(r => providers.ContainsKey(r.EnterpriseId)).ToDictionary(r => r.Id, IndexedResource.Of),
            providers, calendars, taxonomy, now.AddDays(-1), now + options.Value.CalendarHorizon, fingerprint, version);
        LogBuilt(snapshot.Resources.Count, watch.ElapsedMilliseconds);
        return snapshot;
    }

    private async Task<CandidateSnapshot> PatchAsync(CandidateSnapshot old, CancellationToken ct)
    {
        var (changed, others, version) = feed.Drain();
        if (changed.Count > options.Value.PatchLimit) return await BuildAsync(ct);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var fingerprint = await FingerprintAsync(db, ct);
        var (providers, calendars, taxonomy) = others ? await LoadSmallTablesAsync(db, ct) : (old.Providers, old.CalendarDefinitions, old.Taxonomy);
        var ids = changed.ToList();
        var reloaded = ids.Count == 0 ? [] : await db.Resources.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var resources = new Dictionary<Guid, IndexedResource>(old.Resources);
        foreach (var id in ids) resources.Remove(id);
        foreach (var resource in reloaded) resources[resource.Id] = IndexedResource.Of(resource);
        // A deleted member takes its resources with it (a database cascade no save of ours reports).
        if (others) foreach (var orphan in resources.Values.Where(r => !providers.ContainsKey(r.Resource.EnterpriseId)).Select(r => r.Resource.Id).ToList()) resources.Remove(orphan);
        var now = clock.GetUtcNow();
        return new CandidateSnapshot(resources, providers, calendars, taxonomy, now.AddDays(-1), now + options.Value.CalendarHorizon, fingerprint, version,
            others ? null : old.Timelines);
    }

    private async Task<(Dictionary<Guid, ProviderFacts>, Dictionary<Guid, SiteCalendar>, CapabilityTaxonomy)> LoadSmallTablesAsync(AppDbContext db, CancellationToken ct)
    {
        var enterprises = await db.Enterprises.AsNoTracking().ToListAsync(ct);
        var providers = enterprises.ToDictionary(e => e.Id, e => new ProviderFacts(
            e.Id, e.Name, e.DivisionCode, e.Status == MembershipStatus.Approved, e.Certifications, credit.GradeOf(e.Id)));
        var calendars = await db.Calendars.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var taxonomy = new CapabilityTaxonomy(await db.ProcessNodes.AsNoTracking().ToListAsync(ct));
        return (providers, calendars, taxonomy);
    }

    internal static async Task<IndexFingerprint> FingerprintAsync(AppDbContext db, CancellationToken ct) => new(
        await db.Resources.CountAsync(ct),
        await db.Resources.MaxAsync(r => (DateTimeOffset?)r.UpdatedAt, ct),
        await db.Enterprises.CountAsync(ct),
        await db.Enterprises.CountAsync(e => e.Status == MembershipStatus.Approved, ct),
        await db.Enterprises.MaxAsync(e => e.DecidedAt, ct),
        await db.Enterprises.SelectMany(e => e.Certifications).CountAsync(ct),
        await db.Calendars.CountAsync(ct),
        await db.ProcessNodes.CountAsync(ct));

    private void CheckFingerprintInBackground(CandidateSnapshot snapshot)
    {
        var now = clock.GetTimestamp();
        if (clock.GetElapsedTime(Interlocked.Read(ref _lastCheck), now) < options.Value.FingerprintCheckInterval) return;
        if (Interlocked.CompareExchange(ref _checking, 1, 0) != 0) return;
        Interlocked.Exchange(ref _lastCheck, now);
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var current = await FingerprintAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
                if (current == snapshot.Fingerprint) return;
                await _refresh.WaitAsync();
                try
                {
                    if (_snapshot is { } latest && latest.Fingerprint != current) _snapshot = await BuildAsync(CancellationToken.None);
                }
                finally
                {
                    _refresh.Release();
                }
            }
#pragma warning disable CA1031 // a failed background check must not crash the host; the next search tries again
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogCheckFailed(e);
            }
            finally
            {
                Interlocked.Exchange(ref _checking, 0);
            }
        });
    }

    public void Dispose() => _refresh.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Candidate index built: {Resources} resources in {Milliseconds} ms")]
    private partial void LogBuilt(int resources, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Candidate index freshness check failed; searches use the previous snapshot")]
    private partial void LogCheckFailed(Exception exception);
}
