using System.Numerics;

namespace Cofab.Core.Ledger;

/// <summary>A run of leaves [Start, End) whose RFC 6962 Merkle tree hash is one element of a proof.</summary>
public readonly record struct LeafRange(long Start, long End)
{
}

/// <summary>
/// RFC 6962 §2.1 tree hash, audit paths (§2.1.1) and consistency proofs (§2.1.2), computed against any
/// <see cref="ISubtreeHashSource"/>. Every proof element is the hash of a range that RFC 6962's recursion produces;
/// such a range splits into at most log2(n) complete aligned subtrees, and all elements of one proof together need
/// O(log n) stored nodes, fetched in one request.
/// </summary>
public static class MerkleTree
{
    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n ≥ 2): where RFC 6962 splits.</summary>
    public static long SplitPoint(long n)
    {
        if (n < 2) throw new ArgumentOutOfRangeException(nameof(n), n, "A tree of fewer than two leaves does not split.");
        return (long)BitOperations.RoundUpToPowerOf2((ulong)n) >> 1;
    }

    /// <summary>
    /// The complete aligned subtrees that make up <paramref name="range"/>, left to right. The tree hash of the range is
    /// their hashes folded from the right: H(a, H(b, c)).
    /// </summary>
    public static IReadOnlyList<NodeId> Decompose(LeafRange range)
    {
        var nodes = new List<NodeId>();
        var start = range.Start;
        while (start < range.End)
        {
            var level = 0;
            while (start % (1L << (level + 1)) == 0 && start + (1L << (level + 1)) <= range.End) level++;
            nodes.Add(new NodeId(level, start >> level));
            start += 1L << level;
        }
        return nodes;
    }

    /// <summary>The ranges whose hashes form the audit path of leaf <paramref name="index"/> in a tree of <paramref name="size"/> leaves, leaf side first.</summary>
    public static IReadOnlyList<LeafRange> InclusionRanges(long index, long size)
    {
        if (size < 1) throw new ArgumentOutOfRangeException(nameof(size), size, "An empty tree contains no leaf, so no inclusion proof exists.");
        if (index < 0 || index >= size)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Leaf index {index} is outside a tree of {size} leaves (valid: 0 to {size - 1}).");
        var ranges = new List<LeafRange>();
        AuditPath(index, 0, size, ranges);
        return ranges;
    }

    /// <summary>The ranges whose hashes form the consistency proof from size <paramref name="first"/> to <paramref name="second"/>; empty when first is 0 or equals second.</summary>
    public static IReadOnlyList<LeafRange> ConsistencyRanges(long first, long second)
    {
        if (first < 0) throw new ArgumentOutOfRangeException(nameof(first), first, "A tree size cannot be negative.");
        if (first > second)
            throw new ArgumentOutOfRangeException(nameof(first), first, $"A tree of {first} leaves cannot be a prefix of a tree of {second} leaves.");
        var ranges = new List<LeafRange>();
        if (first == 0 || first == second) return ranges;
        SubProof(first, 0, second, completeSubtree: true, ranges);
        return ranges;
    }

    public static async Task<byte[]> RootAsync(ISubtreeHashSource source, long size, CancellationToken ct)
    {
        if (size < 0) throw new ArgumentOutOfRangeException(nameof(size), size, "A tree size cannot be negative.");
        if (size == 0) return MerkleHash.EmptyRoot;
        return (await HashRangesAsync(source, [new LeafRange(0, size)], ct))[0];
    }

    public static Task<IReadOnlyList<byte[]>> InclusionProofAsync(ISubtreeHashSource source, long index, long size, CancellationToken ct) =>
        HashRangesAsync(source, InclusionRanges(index, size), ct);

    public static Task<IReadOnlyList<byte[]>> ConsistencyProofAsync(ISubtreeHashSource source, long first, long second, CancellationToken ct) =>
        HashRangesAsync(source, ConsistencyRanges(first, second), ct);

    /// <summary>Tree hashes of the given ranges, reading each needed stored node once.</summary>
    public static async Task<IReadOnlyList<byte[]>> HashRangesAsync(ISubtreeHashSource source, IReadOnlyList<LeafRange> ranges, CancellationToken ct)
    {
        if (ranges.Count == 0) return [];
        var pieces = ranges.Select(Decompose).ToList();
        var wanted = pieces.SelectMany(p => p).Distinct().ToList();
        var hashes = await source.GetAsync(wanted, ct);
        return pieces.Select(p => FoldRight(p, hashes)).ToList();
    }

    /// <summary>
    /// The left siblings that leaf <paramref name="index"/> completes: appending it finishes one new node per trailing
    /// 1-bit of the index, each the parent of a stored left sibling and the node just finished.
    /// </summary>
    public static IReadOnlyList<NodeId> LeftSiblingsCompletedBy(long index)
    {
        var siblings = new List<NodeId>();
        for (var level = 0; ((index >> level) & 1) == 1; level++) siblings.Add(new NodeId(level, (index >> level) - 1));
        return siblings;
    }

    /// <summary>Every node that becomes complete when leaf <paramref name="index"/> is appended, the leaf itself first.</summary>
    public static IReadOnlyList<(NodeId Node, byte[] Hash)> NodesCompletedBy(long index, byte[] leafHash, IReadOnlyDictionary<NodeId, byte[]> leftSiblings)
    {
        var nodes = new List<(NodeId, byte[])> { (new NodeId(0, index), leafHash) };
        var hash = leafHash;
        foreach (var sibling in LeftSiblingsCompletedBy(index))
        {
            hash = MerkleHash.Node(leftSiblings[sibling], hash);
            nodes.Add((new NodeId(sibling.Level + 1, sibling.Index >> 1), hash));
        }
        return nodes;
    }

    private static byte[] FoldRight(IReadOnlyList<NodeId> nodes, IReadOnlyDictionary<NodeId, byte[]> hashes)
    {
        var hash = hashes[nodes[^1]];
        for (var i = nodes.Count - 2; i >= 0; i--) hash = MerkleHash.Node(hashes[nodes[i]], hash);
        return hash;
    }

    // PATH(m, D[n]) of RFC 6962 §2.1.1, on absolute leaf positions.
    private static void AuditPath(long index, long start, long end, List<LeafRange> path)
    {
        if (end - start == 1) return;
        var split = start + SplitPoint(end - start);
        if (index < split)
        {
            AuditPath(index, start, split, path);
            path.Add(new LeafRange(split, end));
        }
        else
        {
            AuditPath(index, split, end, path);
            path.Add(new LeafRange(start, split));
        }
    }

    // SUBPROOF(m, D[n], b) of RFC 6962 §2.1.2; m counts leaves from start.
    private static void SubProof(long m, long start, long end, bool completeSubtree, List<LeafRange> proof)
    {
        var n = end - start;
        if (m == n)
        {
            if (!completeSubtree) proof.Add(new LeafRange(start, end));
            return;
        }
        var k = SplitPoint(n);
        if (m <= k)
        {
            SubProof(m, start, start + k, completeSubtree, proof);
            proof.Add(new LeafRange(start + k, end));
        }
        else
        {
            SubProof(m - k, start + k, end, completeSubtree: false, proof);
            proof.Add(new LeafRange(start, start + k));
        }
    }
}
