namespace Cofab.Core.Ledger;

/// <summary>
/// A complete, aligned subtree: the <paramref name="Level"/>-high tree over leaves
/// [Index·2^Level, (Index+1)·2^Level). Level 0 nodes are leaf hashes. Once complete, a node never changes,
/// so a store can keep it and answer proofs without rehashing the log.
/// </summary>
public readonly record struct NodeId(int Level, long Index)
{
    public long FirstLeaf => Index << Level;
    public long EndLeaf => (Index + 1) << Level;

    public override string ToString() => $"node(level {Level}, index {Index})";
}

/// <summary>Answers the hash of complete aligned subtrees, e.g. from a database table in one query.</summary>
public interface ISubtreeHashSource
{
    /// <summary>Returns a hash for every requested node; every requested node lies within the log.</summary>
    Task<IReadOnlyDictionary<NodeId, byte[]>> GetAsync(IReadOnlyCollection<NodeId> nodes, CancellationToken ct);
}
