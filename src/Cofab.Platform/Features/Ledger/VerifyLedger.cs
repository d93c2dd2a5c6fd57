using System.Security.Cryptography;
using Cofab.Core.Ledger;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Ledger;

/// <summary>The outcome of a full audit. <see cref="FirstBadEntry"/> is the lowest entry index found altered, removed or reordered.</summary>
public sealed record LedgerAudit(bool Intact, long Size, string Root, int HeadsChecked, long? FirstBadEntry, IReadOnlyList<string> Problems);

/// <summary>
/// Audits the stored log from scratch, trusting nothing in the database: every leaf hash is recomputed from the stored
/// entry, every stored node from the leaves, every signed head's root from the leaves and its signature with the given
/// public key, and consistency between consecutive heads from proofs the store serves.
/// </summary>
public sealed class VerifyLedger(AppDbContext db)
{
    public async Task<LedgerAudit> HandleAsync(ECDsa publicKey, CancellationToken ct)
    {
        var problems = new List<(long? Entry, string Message)>();
        var tree = new InMemoryMerkleTree();
        // After a bad entry the scan stops: what lies beyond it is not evidence of further damage, so it is not reported.
        var complete = await CheckEntriesAsync(tree, problems, ct);
        await CheckNodesAsync(tree, complete, problems, ct);
        var headsChecked = await CheckHeadsAsync(tree, complete, publicKey, problems, ct);

        var ordered = problems.OrderBy(p => p.Entry ?? long.MaxValue).ToList();
        var first = ordered.Select(p => p.Entry).FirstOrDefault(e => e is not null);
        return new LedgerAudit(ordered.Count == 0, tree.Size, Convert.ToHexStringLower(tree.Root(tree.Size)), headsChecked, first,
            ordered.Select(p => p.Message).ToList());
    }

    private async Task<bool> CheckEntriesAsync(InMemoryMerkleTree tree, List<(long?, string)> problems, CancellationToken ct)
    {
        long expected = 0;
        // AsSingleQuery: under the platform's split-query default EF buffers the whole result first (7.2 GB at 10M on PostgreSQL).
        await foreach (var entry in db.LedgerEntries.AsNoTracking().AsSingleQuery().OrderBy(e => e.Index).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (entry.Index != expected)
            {
                problems.Add((expected, $"Entry {expected} was removed: the log jumps from entry {expected - 1} to entry {entry.Index}."));
                return false;
            }
            if (Recompute(entry) is { } why)
            {
                problems.Add((entry.Index, $"Entry {entry.Index} was altered or reordered: {why}"));
                return false;
            }
            tree.AppendLeafHash(entry.LeafHash);
            expected++;
        }
        return true;
    }

    private static string? Recompute(LedgerEntry entry)
    {
        string canonical;
        IReadOnlyList<Guid> parties;
        try
        {
            canonical = CanonicalJson.Canonicalize(entry.Payload);
            parties = entry.PartyIds();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException)
        {
            return "its stored payload or parties are no longer well-formed.";
        }
        if (canonical != entry.Payload) return "its stored payload is not in canonical form.";
        var leafHash = LedgerRecord.LeafHash(entry.Index, entry.Type, entry.At, parties, entry.Payload);
        return MerkleHash.Equal(leafHash, entry.LeafHash) ? null : "its content no longer hashes to its stored leaf hash.";
    }

    private async Task CheckNodesAsync(InMemoryMerkleTree tree, bool complete, List<(long?, string)> problems, CancellationToken ct)
    {
        long stored = 0;
        await foreach (var node in db.LedgerNodes.AsNoTracking().AsSingleQuery().OrderBy(n => n.Level).ThenBy(n => n.Index).AsAsyncEnumerable().WithCancellation(ct))
        {
            var id = new NodeId(node.Level, node.Index);
            var expected = tree.Find(id);
            if (expected is null)
            {
                if (complete) problems.Add((tree.Size, $"The stored {id} covers entries [{id.FirstLeaf}, {id.EndLeaf}) that are no longer stored: entry {tree.Size} was removed."));
                continue;
            }
            stored++;
            if (!MerkleHash.Equal(expected, node.Hash))
                problems.Add((id.FirstLeaf, $"The stored {id} (entries [{id.FirstLeaf}, {id.EndLeaf})) does not match the entries: an entry in that range or the node was altered."));
        }
        var total = Enumerable.Range(0, tree.Height).Sum(tree.CountOnLevel);
        if (complete && stored < total) problems.Add((null, $"{total - stored} stored tree nodes are missing; proofs cannot be served for every entry."));
    }

    private async Task<int> CheckHeadsAsync(InMemoryMerkleTree tree, bool complete, ECDsa publicKey, List<(long?, string)> problems, CancellationToken ct)
    {
        var keyId = LedgerSigner.ComputeKeyId(publicKey);
        var heads = await db.SignedTreeHeads.AsNoTracking().OrderBy(h => h.Size).ToListAsync(ct);
        SignedTreeHead? previous = null;
        long trustedPrefix = 0;
        foreach (var head in heads)
        {
            if (head.KeyId != keyId || !LedgerSigner.Verify(publicKey, head))
                problems.Add((null, $"The tree head of size {head.Size} is not signed by key {keyId[..16]}…: forged or signed with another key."));
            if (head.Size > tree.Size)
            {
                if (complete) problems.Add((tree.Size, $"The tree head of size {head.Size} covers entries the log no longer holds: entry {tree.Size} was removed."));
            }
            else if (!MerkleHash.Equal(tree.Root(head.Size), head.RootHash))
            {
                problems.Add((trustedPrefix, $"The entries no longer match the signed root of size {head.Size}: an entry in [{trustedPrefix}, {head.Size}) was altered."));
            }
            else
            {
                trustedPrefix = head.Size;
                if (previous is not null)
                {
                    // From the recomputed tree, not the store: stored nodes were checked against it already.
                    var proof = await MerkleTree.ConsistencyProofAsync(tree, previous.Size, head.Size, ct);
                    var check = MerkleVerifier.VerifyConsistency(previous.Size, head.Size, previous.RootHash, head.RootHash, proof);
                    if (!check.IsValid) problems.Add((null, $"The heads of size {previous.Size} and {head.Size} are not consistent: {check.Reason}"));
                }
            }
            previous = head;
        }
        return heads.Count;
    }
}
