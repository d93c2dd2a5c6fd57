using System.Runtime.CompilerServices;
using Cofab.Core.Bookings;
using Cofab.Core.Calendars;
using Cofab.Core.Members;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// What changed in this process since the candidate index last looked: the ids of saved resources, and whether
/// members, calendars or the taxonomy changed (small tables the index reloads whole). Every successful EF save that
/// touches them reports here through <see cref="MatchingChangeInterceptor"/>, so no use case has to remember to.
/// </summary>
public sealed class MatchingChangeFeed
{
    private readonly Lock _gate = new();
    private HashSet<Guid> _resources = [];
    private bool _others;
    private long _version;

    /// <summary>Bumped by every reported change; the index compares it with the version it was built at.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void Report(IEnumerable<Guid> resourceIds, bool othersChanged)
    {
        lock (_gate)
        {
            _resources.UnionWith(resourceIds);
            _others |= othersChanged;
            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>Takes the pending changes and the version they bring the index to.</summary>
    public (IReadOnlySet<Guid> Resources, bool Others, long Version) Drain()
    {
        lock (_gate)
        {
            var taken = (_resources, _others, Version);
            _resources = [];
            _others = false;
            return taken;
        }
    }
}

/// <summary>Reports saved changes of resources, members, calendars and taxonomy nodes to the <see cref="MatchingChangeFeed"/>.</summary>
public sealed class MatchingChangeInterceptor(MatchingChangeFeed feed, BookedTimeCache bookings) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        var pending = new Pending();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Resource resource:
                    pending.Resources.Add(resource.Id);
                    break;
                case Capability or PriceTerm or IdleWindow when entry.Property("ResourceId").CurrentValue is Guid owner:
                    pending.Resources.Add(owner);
                    break;
                case Booking:
                    pending.Bookings = true;
                    break;
                case Enterprise or Certification or SiteCalendar or Shift or Holiday or CalendarException or ProcessNode:
                    pending.Others = true;
                    break;
            }
        }

        if (pending.Resources.Count > 0 || pending.Others || pending.Bookings) _pending.AddOrUpdate(context, pending);
        else _pending.Remove(context);
    }

    private void Publish(DbContext? context)
    {
        // A failed save leaves its entry behind; the next Collect replaces it, and an unsaved change is never published.
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            _pending.Remove(context);
            if (pending.Bookings) bookings.Invalidate();
            if (pending.Resources.Count > 0 || pending.Others) feed.Report(pending.Resources, pending.Others);
        }
    }

    private sealed class Pending
    {
        public HashSet<Guid> Resources { get; } = [];
        public bool Others { get; set; }

        public bool Bookings { get; set; }
    }
}
