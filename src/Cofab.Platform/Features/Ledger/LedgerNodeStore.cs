using System.Linq.Expressions;
using Cofab.Core.Ledger;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Ledger;

/// <summary>
/// Stored subtree hashes, read in one query per request that probes the primary key once per wanted node. <paramref name="pending"/> holds nodes added in the current
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
            var rows = await db.LedgerNodes.AsNoTracking()
                .Where(AnyOf(missing))
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

    /// <summary>
    /// (Level = l0 AND Index = i0) OR (Level = l1 AND Index = i1) …: one primary-key probe per wanted node. Values are
    /// read through boxes so EF sends them as parameters and caches one query per count of nodes, not one per proof.
    /// </summary>
    private static Expression<Func<LedgerNode, bool>> AnyOf(IReadOnlyList<NodeId> nodes)
    {
        var node = Expression.Parameter(typeof(LedgerNode), "n");
        Expression? any = null;
        foreach (var id in nodes.Distinct())
        {
            var match = Expression.AndAlso(
                Expression.Equal(Expression.Property(node, nameof(LedgerNode.Level)), Parameter(id.Level)),
                Expression.Equal(Expression.Property(node, nameof(LedgerNode.Index)), Parameter(id.Index)));
            any = any is null ? match : Expression.OrElse(any, match);
        }
        return Expression.Lambda<Func<LedgerNode, bool>>(any ?? Expression.Constant(false), node);
    }

    private static MemberExpression Parameter<T>(T value) =>
        Expression.Field(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    private sealed class Box<T>(T value)
    {
        public readonly T Value = value;
    }
}
