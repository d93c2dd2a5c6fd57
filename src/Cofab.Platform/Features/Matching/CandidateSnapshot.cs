using Cofab.Core.Calendars;
using Cofab.Core.MachineData;
using Cofab.Core.Matching;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;

namespace Cofab.Platform.Features.Matching;

/// <summary>A resource as the index holds it: the description, and its idle windows ready for the capacity test.</summary>
public sealed record IndexedResource(Resource Resource, TimeWindow[] IdleWindows)
{
    public static IndexedResource Of(Resource resource) =>
        new(resource, resource.IdleWindows.Select(w => new TimeWindow(w.Start, w.End)).OrderBy(w => w.Start).ToArray());
}

/// <summary>
/// A resource as a process bucket lists it, with what the search's first tests read resolved once per snapshot, side
/// by side in one array: its owner, whether it is offered (published, owner approved), and the one capability that
/// covers the bucket's process when only one does. A broad search reads twenty thousand of these; chasing each
/// resource's objects (its owner in a dictionary, its capabilities' codes) cost more than the tests themselves.
/// </summary>
public readonly record struct CandidateRow(IndexedResource Entry, Guid EnterpriseId, ProviderFacts? Provider, bool Offered, Capability? OnlyCovering);

/// <summary>
/// Counts and latest change times of the tables the index reads. Two equal fingerprints mean (for all practical
/// purposes) nothing another process did needs reloading: an insert raises a count or the latest update time, a
/// delete lowers a count, an update raises the latest update time, a membership decision moves DecidedAt.
/// </summary>
public sealed record IndexFingerprint(int Resources, DateTimeOffset? ResourcesUpdated, int Enterprises, int Approved, DateTimeOffset? Decided, int Certifications, int Calendars, int ProcessNodes);

/// <summary>
/// One immutable state of the candidate index. Resources are listed under their capabilities' process codes and
/// under every ancestor of them, so a search for <c>machining.milling</c> reads one list that already holds the 3-axis
/// and 5-axis mills. Searches read a snapshot without locks; refreshes build a new one and swap it in.
/// </summary>
public sealed class CandidateSnapshot
{
    private static readonly CandidateRow[] None = [];

    public CandidateSnapshot(
        IReadOnlyDictionary<Guid, IndexedResource> resources,
        IReadOnlyDictionary<Guid, ProviderFacts> providers,
        IReadOnlyDictionary<Guid, SiteCalendar> calendars,
        CapabilityTaxonomy taxonomy,
        DateTimeOffset horizonFrom,
        DateTimeOffset horizonTo,
        IndexFingerprint fingerprint,
        long feedVersion,
        IReadOnlyDictionary<Guid, WorkingTimeline>? timelines = null)
    {
        Resources = resources;
        Providers = providers;
        CalendarDefinitions = calendars;
        Taxonomy = taxonomy;
        Fingerprint = fingerprint;
        FeedVersion = feedVersion;
        // Calendars unchanged since the previous snapshot keep their expanded timelines (patching resources reuses them).
        Timelines = timelines ?? calendars.ToDictionary(c => c.Key, c => new WorkingTimeline(c.Value, horizonFrom, horizonTo));
        ByProcess = BuildBuckets(resources.Values, providers);
    }

    public IReadOnlyDictionary<Guid, IndexedResource> Resources { get; }
    public IReadOnlyDictionary<Guid, ProviderFacts> Providers { get; }
    public IReadOnlyDictionary<Guid, SiteCalendar> CalendarDefinitions { get; }
    public IReadOnlyDictionary<Guid, WorkingTimeline> Timelines { get; }
    public CapabilityTaxonomy Taxonomy { get; }
    public IndexFingerprint Fingerprint { get; }
    public long FeedVersion { get; }
    public IReadOnlyDictionary<string, CandidateRow[]> ByProcess { get; }

    /// <summary>Resources with a capability of <paramref name="processCode"/> or of a process below it.</summary>
    public CandidateRow[] Covering(string processCode) => ByProcess.TryGetValue(processCode, out var list) ? list : None;

    /// <summary>The calendar of a resource expanded over [from, to): the cached timeline when it covers the period.</summary>
    public WorkingTimeline? TimelineFor(Resource resource, DateTimeOffset from, DateTimeOffset to, Dictionary<Guid, WorkingTimeline>? extra = null)
    {
        if (resource.CalendarId is not { } id || !CalendarDefinitions.TryGetValue(id, out var calendar)) return null;
        if (Timelines.TryGetValue(id, out var cached) && cached.Covers(from, to)) return cached;
        if (extra is not null && extra.TryGetValue(id, out var expanded)) return expanded;
        var fresh = new WorkingTimeline(calendar, from, to);
        if (extra is not null) extra[id] = fresh;
        return fresh;
    }

    private static Dictionary<string, CandidateRow[]> BuildBuckets(IEnumerable<IndexedResource> resources, IReadOnlyDictionary<Guid, ProviderFacts> providers)
    {
        var buckets = new Dictionary<string, List<CandidateRow>>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in resources)
        {
            var resource = entry.Resource;
            codes.Clear();
            foreach (var capability in resource.Capabilities)
            {
                // Every dotted prefix of a code is an ancestor in the taxonomy (its validation enforces that).
                var code = capability.ProcessCode;
                codes.Add(code);
                for (var dot = code.LastIndexOf('.'); dot > 0; dot = code.LastIndexOf('.', dot - 1)) codes.Add(code[..dot]);
            }

            var provider = providers.GetValueOrDefault(resource.EnterpriseId);
            var offered = resource.Visibility == ResourceVisibility.Published && provider is { Approved: true };
            foreach (var code in codes)
            {
                if (!buckets.TryGetValue(code, out var list)) buckets[code] = list = [];
                list.Add(new CandidateRow(entry, resource.EnterpriseId, provider, offered, OnlyCovering(resource, code)));
            }
        }

        return buckets.ToDictionary(b => b.Key, b => b.Value.ToArray(), StringComparer.Ordinal);
    }

    private static Capability? OnlyCovering(Resource resource, string processCode)
    {
        Capability? only = null;
        foreach (var capability in resource.Capabilities)
        {
            if (!CapabilityTaxonomy.IsSameOrDescendant(capability.ProcessCode, processCode)) continue;
            if (only is not null) return null;
            only = capability;
        }

        return only;
    }
}
