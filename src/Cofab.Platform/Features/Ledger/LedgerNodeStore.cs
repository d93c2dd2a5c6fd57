using Cofab.Core.Ledger;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Ledger;

/// <summary>
/// Stored subtree hashes, read in one query per request. <paramref name="pending"/> holds nodes added in the current
/// unit of work but not yet saved, so several appends in one transaction chain correctly.
/// </summary>
public sealed class LedgerNodeStore(AppDbContext db, IReadOnlyDictionary<NodeId, byte[]>? pending = null) : ISubtreeHashSource
{
    public async Task<IReadOnlyDictionary<NodeId, byte[]>> GetAsync(IReadOnlyCollection<NodeId> nodes, CancellationToken ct)
    {
        var found = new Dictionary<NodeId, byte[]>();
        foreach (var id in nodes)
        {
            if (pending is not null && pending.TryGetValue(id, out var hash)) found[id] = hash;
        }
        var missing = nodes.Where(n => !found.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            // A superset (any wanted level × any wanted index) is at most log² n rows; filtered here.
            var levels = missing.Select(n => n.Level).Distinct().ToList();
            var indices = missing.Select(n => n.Index).Distinct().ToList();
            var rows = await db.LedgerNodes.AsNoTracking()
                .Where(n => levels.Contains(n.Level) && indices.Contains(n.Index))
                .Select(n => new { n.Level, n.Index, n.Hash })
                .ToListAsync(ct);
            var wanted = missing.ToHashSet();
            foreach (var row in rows)
            {
                var id = new NodeId(row.Level, row.Index);
                if (wanted.Contains(id)) found[id] = row.Hash;
            }
        }
        var absent = nodes.FirstOrDefault(n => !found.ContainsKey(n));
        if (found.Count < nodes.Distinct().Count())
            throw new InvalidOperationException($"The ledger has no stored {absent}; the node table is incomplete (run `cofab ledger verify`).");
        return found;
    }
}
