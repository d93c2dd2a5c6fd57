namespace Cofab.Platform.Features.Ledger;

/// <summary>
/// One appended event. Rows are never updated or deleted; <see cref="LeafHash"/> is RFC 6962 leaf hash of
/// <see cref="Cofab.Core.Ledger.LedgerRecord.LeafData"/> over the other columns.
/// </summary>
public sealed class LedgerEntry
{
    /// <summary>Position in the log, from 0, without gaps.</summary>
    public long Index { get; set; }

    /// <summary>What happened, e.g. <c>member.approved</c>.</summary>
    public required string Type { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Enterprise ids entitled to see the entry, lower-case, sorted, comma-separated.</summary>
    public required string Parties { get; set; }

    /// <summary>The event's data in canonical JSON (see <see cref="Cofab.Core.Ledger.CanonicalJson"/>).</summary>
    public required string Payload { get; set; }

    public required byte[] LeafHash { get; set; }

    /// <summary>
    /// What the entry is about (e.g. <c>order:&lt;id&gt;</c>), to find an order's entries without scanning payloads. Not
    /// part of the leaf hash: a lookup aid only. The payload names the subject too, and that is what a verifier checks.
    /// </summary>
    public string? Subject { get; set; }

    public IReadOnlyList<Guid> PartyIds() =>
        Parties.Length == 0 ? [] : Parties.Split(',').Select(Guid.Parse).ToList();

    public static string JoinParties(IEnumerable<Guid> parties) =>
        string.Join(',', parties.Select(p => p.ToString("D")).Distinct().Order(StringComparer.Ordinal));
}

/// <summary>The hash of a complete aligned subtree: written once, when its last leaf is appended.</summary>
public sealed class LedgerNode
{
    public int Level { get; set; }
    public long Index { get; set; }
    public required byte[] Hash { get; set; }
}

/// <summary>A signed statement "the log had <see cref="Size"/> entries with this root at this time".</summary>
public sealed class SignedTreeHead
{
    public long Size { get; set; }
    public required byte[] RootHash { get; set; }

    /// <summary>Milliseconds since 1970-01-01T00:00Z, exactly as signed.</summary>
    public long TimestampMs { get; set; }

    /// <summary>Lower-case hex SHA-256 of the signing key's SubjectPublicKeyInfo (DER).</summary>
    public required string KeyId { get; set; }

    /// <summary>ECDSA P-256 / SHA-256 signature, DER-encoded (RFC 3279), over <see cref="Cofab.Core.Ledger.LedgerRecord.TreeHeadMessage"/>.</summary>
    public required byte[] Signature { get; set; }
}
