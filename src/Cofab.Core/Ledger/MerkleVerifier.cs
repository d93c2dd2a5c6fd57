namespace Cofab.Core.Ledger;

/// <summary>The outcome of checking a proof: valid, or why not.</summary>
public readonly record struct ProofCheck(bool IsValid, string Reason)
{
    public static ProofCheck Valid => new(true, "");
    public static ProofCheck Invalid(string reason) => new(false, reason);
}

/// <summary>
/// Proof verification exactly as RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency) describe it, for any
/// verifier that holds only a leaf hash or two tree heads.
/// </summary>
public static class MerkleVerifier
{
    public static ProofCheck VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        if (index < 0 || size < 0 || index >= size) return ProofCheck.Invalid($"Leaf index {index} is outside a tree of {size} leaves.");
        if (leafHash.Length != MerkleHash.Size || root.Length != MerkleHash.Size) return ProofCheck.Invalid("Leaf hash and root must be 32-byte SHA-256 hashes.");
        if (proof.Any(p => p.Length != MerkleHash.Size)) return ProofCheck.Invalid("Every proof element must be a 32-byte SHA-256 hash.");

        var fn = index;
        var sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0) return ProofCheck.Invalid("The proof is longer than the path from the leaf to the root.");
            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) return ProofCheck.Invalid("The proof is shorter than the path from the leaf to the root.");
        return MerkleHash.Equal(r, root) ? ProofCheck.Valid : ProofCheck.Invalid("The proof leads to a different root.");
    }

    /// <summary>
    /// Also decides the cases RFC 9162's algorithm leaves to the caller: from size 0 (any tree extends the empty tree;
    /// the proof must be empty) and between equal sizes (the proof must be empty and the roots equal).
    /// </summary>
    public static ProofCheck VerifyConsistency(long first, long second, ReadOnlySpan<byte> firstRoot, ReadOnlySpan<byte> secondRoot, IReadOnlyList<byte[]> proof)
    {
        if (first < 0 || first > second) return ProofCheck.Invalid($"Size {first} cannot be a prefix of size {second}.");
        if (proof.Any(p => p.Length != MerkleHash.Size)) return ProofCheck.Invalid("Every proof element must be a 32-byte SHA-256 hash.");
        if (first == second)
        {
            if (proof.Count != 0) return ProofCheck.Invalid("A proof between equal sizes must be empty.");
            return MerkleHash.Equal(firstRoot, secondRoot) ? ProofCheck.Valid : ProofCheck.Invalid("Two heads of the same size have different roots.");
        }
        if (first == 0) return proof.Count == 0 ? ProofCheck.Valid : ProofCheck.Invalid("A proof from the empty tree must be empty.");
        if (proof.Count == 0) return ProofCheck.Invalid("The consistency proof is empty.");
        if (firstRoot.Length != MerkleHash.Size || secondRoot.Length != MerkleHash.Size) return ProofCheck.Invalid("Roots must be 32-byte SHA-256 hashes.");

        var path = new List<byte[]>(proof.Count + 1);
        if ((first & (first - 1)) == 0) path.Add(firstRoot.ToArray());
        path.AddRange(proof);

        var fn = first - 1;
        var sn = second - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }
        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0) return ProofCheck.Invalid("The proof is longer than the trees need.");
            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) return ProofCheck.Invalid("The proof is shorter than the trees need.");
        if (!MerkleHash.Equal(fr, firstRoot)) return ProofCheck.Invalid("The proof does not lead to the first root.");
        return MerkleHash.Equal(sr, secondRoot) ? ProofCheck.Valid : ProofCheck.Invalid("The proof does not lead to the second root.");
    }
}
