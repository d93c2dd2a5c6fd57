using Cofab.Core.Ledger;
using static Cofab.Tests.Ledger.Rfc6962Vectors;

namespace Cofab.Tests.Ledger;

public sealed class MerkleTreeTests
{
    private static string Hx(byte[] hash) => Convert.ToHexStringLower(hash);

    private static InMemoryMerkleTree Eight => EightLeafTree();

    [Fact]
    public void Empty_tree_root_is_sha256_of_the_empty_string()
    {
        Assert.Equal(Roots[0], Hx(new InMemoryMerkleTree().Root(0)));
        Assert.Equal(Roots[0], Hx(MerkleHash.EmptyRoot));
    }

    [Fact]
    public void Leaf_hashes_match_the_published_vectors()
    {
        for (var i = 0; i < LeafInputs.Length; i++) Assert.Equal(LeafHashes[i], Hx(MerkleHash.Leaf(Hex(LeafInputs[i]))));
    }

    [Fact]
    public void Roots_of_sizes_0_to_8_match_the_published_vectors()
    {
        var tree = Eight;
        for (var size = 0; size <= 8; size++) Assert.Equal(Roots[size], Hx(tree.Root(size)));
    }

    [Fact]
    public void Stored_complete_subtrees_match_the_published_node_hashes()
    {
        var tree = Eight;
        for (var i = 0; i < 8; i++) Assert.Equal(LeafHashes[i], Hx(tree.Get(new NodeId(0, i))));
        for (var i = 0; i < 4; i++) Assert.Equal(Level1[i], Hx(tree.Get(new NodeId(1, i))));
        for (var i = 0; i < 2; i++) Assert.Equal(Level2[i], Hx(tree.Get(new NodeId(2, i))));
        Assert.Equal(Roots[8], Hx(tree.Get(new NodeId(3, 0))));
        Assert.Equal(15, Enumerable.Range(0, tree.Height).Sum(l => tree.CountOnLevel(l)));
    }

    [Fact]
    public void Audit_paths_match_the_published_vectors()
    {
        var tree = Eight;
        foreach (var (index, size, path) in Inclusion)
        {
            Assert.Equal(path, tree.InclusionProof(index, size).Select(Hx));
            Assert.True(MerkleVerifier.VerifyInclusion(index, size, Hex(LeafHashes[index]), path.Select(Hex).ToList(), Hex(Roots[size])).IsValid);
        }
    }

    [Fact]
    public void Consistency_proofs_match_the_published_vectors()
    {
        var tree = Eight;
        foreach (var (first, second, proof) in Consistency)
        {
            Assert.Equal(proof, tree.ConsistencyProof(first, second).Select(Hx));
            Assert.True(MerkleVerifier.VerifyConsistency(first, second, Hex(Roots[first]), Hex(Roots[second]), proof.Select(Hex).ToList()).IsValid);
        }
    }

    [Fact]
    public void Inclusion_proof_outside_the_tree_is_refused_with_the_valid_range()
    {
        var tree = Eight;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => tree.InclusionProof(8, 8));
        Assert.Contains("0 to 7", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.InclusionProof(-1, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.InclusionProof(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.InclusionProof(0, 9));
    }

    [Fact]
    public void Consistency_between_equal_sizes_or_from_empty_is_an_empty_proof_and_backwards_is_refused()
    {
        var tree = Eight;
        Assert.Empty(tree.ConsistencyProof(5, 5));
        Assert.Empty(tree.ConsistencyProof(0, 8));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.ConsistencyProof(6, 5));
        Assert.True(MerkleVerifier.VerifyConsistency(5, 5, Hex(Roots[5]), Hex(Roots[5]), []).IsValid);
        Assert.False(MerkleVerifier.VerifyConsistency(5, 5, Hex(Roots[5]), Hex(Roots[6]), []).IsValid);
        Assert.False(MerkleVerifier.VerifyConsistency(6, 5, Hex(Roots[6]), Hex(Roots[5]), []).IsValid);
        Assert.False(MerkleVerifier.VerifyConsistency(1, 2, Hex(Roots[1]), Hex(Roots[2]), []).IsValid);
        Assert.False(MerkleVerifier.VerifyConsistency(0, 1, Hex(Roots[0]), Hex(Roots[1]), [Hex(Roots[0])]).IsValid);
    }

    [Fact]
    public void Size_one_tree_has_an_empty_path_and_its_root_is_the_leaf_hash()
    {
        var leaf = MerkleHash.Leaf("data"u8);
        Assert.True(MerkleVerifier.VerifyInclusion(0, 1, leaf, [], leaf).IsValid);
        Assert.False(MerkleVerifier.VerifyInclusion(0, 1, leaf, [], MerkleHash.EmptyRoot).IsValid);
        Assert.False(MerkleVerifier.VerifyInclusion(1, 1, leaf, [], leaf).IsValid);
        Assert.False(MerkleVerifier.VerifyInclusion(0, 0, leaf, [], leaf).IsValid);
    }

    [Fact]
    public void Verification_rejects_corrupted_vector_proofs()
    {
        foreach (var (index, size, path) in Inclusion.Where(v => v.Path.Length > 0))
        {
            var proof = path.Select(Hex).ToList();
            var leaf = Hex(LeafHashes[index]);
            var root = Hex(Roots[size]);
            Assert.False(MerkleVerifier.VerifyInclusion(index + 1 < size ? index + 1 : index - 1, size, leaf, proof, root).IsValid);
            Assert.False(MerkleVerifier.VerifyInclusion(index, size * 2, leaf, proof, root).IsValid);
            Assert.False(MerkleVerifier.VerifyInclusion(index, size, leaf, [.. proof, root], root).IsValid);
            Assert.False(MerkleVerifier.VerifyInclusion(index, size, leaf, proof[..^1], root).IsValid);
            for (var i = 0; i < proof.Count; i++)
            {
                var flipped = proof.Select(p => (byte[])p.Clone()).ToList();
                flipped[i][0] ^= 8;
                Assert.False(MerkleVerifier.VerifyInclusion(index, size, leaf, flipped, root).IsValid);
            }
        }
        foreach (var (first, second, hexProof) in Consistency.Where(v => v.Proof.Length > 0))
        {
            var proof = hexProof.Select(Hex).ToList();
            var (root1, root2) = (Hex(Roots[first]), Hex(Roots[second]));
            Assert.False(MerkleVerifier.VerifyConsistency(first, second, root2, root1, proof).IsValid);
            Assert.False(MerkleVerifier.VerifyConsistency(first, second, root1, root2, proof[..^1]).IsValid);
            Assert.False(MerkleVerifier.VerifyConsistency(first, second, root1, root2, [.. proof, root2]).IsValid);
            Assert.False(MerkleVerifier.VerifyConsistency(first - 1 == 0 ? first + 1 : first - 1, second, root1, root2, proof).IsValid);
            for (var i = 0; i < proof.Count; i++)
            {
                var flipped = proof.Select(p => (byte[])p.Clone()).ToList();
                flipped[i][0] ^= 16;
                Assert.False(MerkleVerifier.VerifyConsistency(first, second, root1, root2, flipped).IsValid);
            }
        }
    }

    [Fact]
    public void Every_generated_proof_up_to_64_leaves_verifies_and_a_wrong_leaf_does_not()
    {
        const int max = 64;
        var tree = InMemoryMerkleTree.FromLeafData(Enumerable.Range(0, max).Select(i => BitConverter.GetBytes(i * 7919)));
        var roots = Enumerable.Range(0, max + 1).Select(n => tree.Root(n)).ToArray();
        for (var n = 1; n <= max; n++)
        {
            Assert.Equal(roots[n], RecursiveRoot(tree, 0, n));
            for (var m = 0; m < n; m++)
            {
                var leaf = tree.Get(new NodeId(0, m));
                var path = tree.InclusionProof(m, n);
                Assert.True(MerkleVerifier.VerifyInclusion(m, n, leaf, path, roots[n]).IsValid, $"inclusion {m} in {n}");
                Assert.False(MerkleVerifier.VerifyInclusion(m, n, tree.Get(new NodeId(0, (m + 1) % max)), path, roots[n]).IsValid);
            }
            for (var m = 0; m <= n; m++)
            {
                var proof = tree.ConsistencyProof(m, n);
                Assert.True(MerkleVerifier.VerifyConsistency(m, n, roots[m], roots[n], proof).IsValid, $"consistency {m} to {n}");
                if (m > 0 && m < n) Assert.False(MerkleVerifier.VerifyConsistency(m, n, roots[m - 1], roots[n], proof).IsValid);
            }
        }
    }

    // The RFC 6962 definition itself, straight from the leaves, as an independent check of the stored-node path.
    private static byte[] RecursiveRoot(InMemoryMerkleTree tree, long start, long end)
    {
        if (end - start == 1) return tree.Get(new NodeId(0, start));
        var split = start + MerkleTree.SplitPoint(end - start);
        return MerkleHash.Node(RecursiveRoot(tree, start, split), RecursiveRoot(tree, split, end));
    }
}
