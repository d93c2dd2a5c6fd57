namespace Cofab.Core.Ledger;

/// <summary>
/// A Merkle tree held in memory, storing every complete subtree exactly as a persisted log does: for tests, the CLI
/// and for recomputing a stored log during an audit.
/// </summary>
public sealed class InMemoryMerkleTree : ISubtreeHashSource
{
    private readonly List<HashLevel> _levels = [new()];

    public long Size => _levels[0].Count;

    public static InMemoryMerkleTree FromLeafData(IEnumerable<byte[]> leaves)
    {
        var tree = new InMemoryMerkleTree();
        foreach (var leaf in leaves) tree.AppendLeafHash(MerkleHash.Leaf(leaf));
        return tree;
    }

    /// <summary>Appends a leaf by its hash and returns the nodes it completed, the leaf first.</summary>
    public IReadOnlyList<(NodeId Node, byte[] Hash)> AppendLeafHash(byte[] leafHash)
    {
        var index = Size;
        var siblings = MerkleTree.LeftSiblingsCompletedBy(index).ToDictionary(n => n, Get);
        var completed = MerkleTree.NodesCompletedBy(index, leafHash, siblings);
        foreach (var (node, hash) in completed)
        {
            if (_levels.Count == node.Level) _levels.Add(new());
            _levels[node.Level].Add(hash);
        }
        return completed;
    }

    /// <summary>The stored hash of a complete node, or null when the tree has no such node.</summary>
    public byte[]? Find(NodeId node) =>
        node.Level < _levels.Count && node.Index >= 0 && node.Index < _levels[node.Level].Count ? _levels[node.Level].Get(node.Index) : null;

    public byte[] Get(NodeId node) => Find(node) ?? throw new ArgumentOutOfRangeException(nameof(node), node, $"The tree of {Size} leaves has no complete {node}.");

    /// <summary>How many complete nodes a tree of this size stores on each level.</summary>
    public long CountOnLevel(int level) => level < _levels.Count ? _levels[level].Count : 0;

    public int Height => _levels.Count;

    public Task<IReadOnlyDictionary<NodeId, byte[]>> GetAsync(IReadOnlyCollection<NodeId> nodes, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<NodeId, byte[]>>(nodes.Distinct().ToDictionary(n => n, Get));

    public byte[] Root(long size)
    {
        CheckSize(size);
        return MerkleTree.RootAsync(this, size, CancellationToken.None).GetAwaiter().GetResult();
    }

    public IReadOnlyList<byte[]> InclusionProof(long index, long size)
    {
        CheckSize(size);
        return MerkleTree.InclusionProofAsync(this, index, size, CancellationToken.None).GetAwaiter().GetResult();
    }

    public IReadOnlyList<byte[]> ConsistencyProof(long first, long second)
    {
        CheckSize(second);
        return MerkleTree.ConsistencyProofAsync(this, first, second, CancellationToken.None).GetAwaiter().GetResult();
    }

    private void CheckSize(long size)
    {
        if (size > Size) throw new ArgumentOutOfRangeException(nameof(size), size, $"The tree holds only {Size} leaves.");
    }

    /// <summary>
    /// One level's hashes packed in large arrays: an audit of 10M entries holds 20M hashes, which as separate 32-byte
    /// arrays would cost twice the memory.
    /// </summary>
    private sealed class HashLevel
    {
        private const int HashesPerChunk = 1 << 16;
        private readonly List<byte[]> _chunks = [];

        public long Count { get; private set; }

        public void Add(byte[] hash)
        {
            if (hash.Length != MerkleHash.Size) throw new ArgumentException($"A tree hash is {MerkleHash.Size} bytes, not {hash.Length}.", nameof(hash));
            var slot = (int)(Count % HashesPerChunk);
            if (slot == 0) _chunks.Add(new byte[HashesPerChunk * MerkleHash.Size]);
            hash.CopyTo(_chunks[^1], slot * MerkleHash.Size);
            Count++;
        }

        public byte[] Get(long index) =>
            _chunks[(int)(index / HashesPerChunk)].AsSpan((int)(index % HashesPerChunk) * MerkleHash.Size, MerkleHash.Size).ToArray();
    }
}
