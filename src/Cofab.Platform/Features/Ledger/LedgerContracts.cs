namespace Cofab.Platform.Features.Ledger;

/// <summary>A signed tree head as published: hashes in lower-case hex, the signature in base64 (DER).</summary>
public sealed record TreeHeadView(long Size, string RootHash, long TimestampMs, DateTimeOffset Timestamp, string KeyId, string Signature)
{
    public static TreeHeadView From(SignedTreeHead head) => new(
        head.Size, Convert.ToHexStringLower(head.RootHash), head.TimestampMs, DateTimeOffset.FromUnixTimeMilliseconds(head.TimestampMs),
        head.KeyId, Convert.ToBase64String(head.Signature));
}

/// <summary>An entry as stored; <see cref="Payload"/> is its canonical JSON text.</summary>
public sealed record LedgerEntryView(long Index, string Type, DateTimeOffset At, IReadOnlyList<Guid> Parties, string Payload, string LeafHash)
{
    public static LedgerEntryView From(LedgerEntry entry) => new(
        entry.Index, entry.Type, entry.At, entry.PartyIds(), entry.Payload, Convert.ToHexStringLower(entry.LeafHash));
}

/// <summary>
/// Everything a party needs to prove, without trusting the platform, that an entry is in the log: the entry (to rebuild
/// its leaf data), the audit path to the root of a signed tree head, and that head.
/// </summary>
public sealed record LedgerReceipt(LedgerEntryView Entry, IReadOnlyList<string> InclusionProof, TreeHeadView TreeHead);

public sealed record ConsistencyView(long From, long To, string FromRoot, string ToRoot, IReadOnlyList<string> Proof);
