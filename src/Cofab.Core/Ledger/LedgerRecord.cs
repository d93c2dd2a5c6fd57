using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Cofab.Core.Ledger;

/// <summary>
/// The byte layouts that anyone verifying the log must reproduce: the leaf data of an entry and the message a tree head
/// signature covers. Both are documented in ADR 0007.
/// </summary>
public static class LedgerRecord
{
    /// <summary>Domain separation for tree-head signatures, so the key signs nothing else by accident.</summary>
    public const string TreeHeadContext = "cofab-ledger-tree-head-v1";

    /// <summary>Entry times are kept to whole microseconds, the finest instant both databases store exactly.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    public static string FormatTime(DateTimeOffset at) =>
        Normalize(at).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Leaf data of an entry: the UTF-8 bytes of the canonical JSON object
    /// <c>{"at":"…Z","index":n,"parties":[sorted lower-case ids],"payload":{…},"type":"…"}</c>. The index is inside the
    /// hashed data, so moving an entry to another position changes its leaf hash.
    /// </summary>
    public static byte[] LeafData(long index, string type, DateTimeOffset at, IEnumerable<Guid> parties, string canonicalPayload)
    {
        var builder = new StringBuilder();
        builder.Append("{\"at\":\"").Append(FormatTime(at)).Append("\",\"index\":").Append(index.ToString(CultureInfo.InvariantCulture))
            .Append(",\"parties\":[");
        builder.AppendJoin(',', parties.Select(p => p.ToString("D")).Order(StringComparer.Ordinal).Distinct().Select(p => $"\"{p}\""));
        builder.Append("],\"payload\":").Append(canonicalPayload).Append(",\"type\":").Append(CanonicalJson.Quote(type)).Append('}');
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    public static byte[] LeafHash(long index, string type, DateTimeOffset at, IEnumerable<Guid> parties, string canonicalPayload) =>
        MerkleHash.Leaf(LeafData(index, type, at, parties, canonicalPayload));

    /// <summary>
    /// The signed message of a tree head: ASCII <see cref="TreeHeadContext"/>, one 0x00 byte, the tree size as an unsigned
    /// 64-bit big-endian integer, the timestamp as unsigned 64-bit big-endian milliseconds since 1970-01-01T00:00Z, and
    /// the 32-byte root hash (25 + 1 + 8 + 8 + 32 = 74 bytes).
    /// </summary>
    public static byte[] TreeHeadMessage(long size, long timestampMilliseconds, ReadOnlySpan<byte> root)
    {
        if (root.Length != MerkleHash.Size) throw new ArgumentException("A root is a 32-byte SHA-256 hash.", nameof(root));
        var context = Encoding.ASCII.GetBytes(TreeHeadContext);
        var message = new byte[context.Length + 1 + 8 + 8 + MerkleHash.Size];
        context.CopyTo(message, 0);
        var at = context.Length + 1;
        BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(at), checked((ulong)size));
        BinaryPrimitives.WriteUInt64BigEndian(message.AsSpan(at + 8), checked((ulong)timestampMilliseconds));
        root.CopyTo(message.AsSpan(at + 16));
        return message;
    }
}
