using Cofab.Core.Ledger;

namespace Cofab.Platform.Features.Ledger;

/// <summary>
/// Checks a downloaded record offline, trusting nothing but the platform's public key: every entry's leaf hash is
/// recomputed from its fields, every audit path leads to the tree head's root, the tree head's signature verifies, and
/// every entry names the subject in its payload. Returns the problems found (none: the record is genuine).
/// </summary>
public static class CheckSubjectRecord
{
    public static IReadOnlyList<string> Problems(SubjectRecord record, string publicKeyPem)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problems = new List<string>();
        var head = record.TreeHead;
        var root = Convert.FromHexString(head.RootHash);
        using (var key = LedgerSigner.PublicKeyFromPem(publicKeyPem))
        {
            var signed = new SignedTreeHead { Size = head.Size, RootHash = root, TimestampMs = head.TimestampMs, KeyId = head.KeyId, Signature = Convert.FromBase64String(head.Signature) };
            if (!LedgerSigner.Verify(key, signed))
            {
                problems.Add($"the tree head of size {head.Size} is not signed by this key");
            }
        }

        var subjectId = record.Subject[(record.Subject.IndexOf(':', StringComparison.Ordinal) + 1)..];
        foreach (var (entry, proof) in record.Entries)
        {
            var leaf = LedgerRecord.LeafHash(entry.Index, entry.Type, entry.At, entry.Parties, entry.Payload);
            if (!Convert.ToHexStringLower(leaf).Equals(entry.LeafHash, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"entry {entry.Index} ({entry.Type}): its fields do not hash to its leaf hash");
                continue;
            }

            var check = MerkleVerifier.VerifyInclusion(entry.Index, head.Size, leaf, proof.Select(Convert.FromHexString).ToList(), root);
            if (!check.IsValid)
            {
                problems.Add($"entry {entry.Index} ({entry.Type}): the inclusion proof fails: {check.Reason}");
            }

            if (!entry.Payload.Contains(subjectId, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"entry {entry.Index} ({entry.Type}) does not name {record.Subject} in its payload");
            }
        }

        return problems;
    }
}
