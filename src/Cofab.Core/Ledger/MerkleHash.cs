using System.Security.Cryptography;

namespace Cofab.Core.Ledger;

/// <summary>
/// RFC 6962 §2.1 hashing with SHA-256: leaves and interior nodes get different one-byte prefixes (0x00 / 0x01) so that
/// a leaf can never be passed off as an interior node (second-preimage protection).
/// </summary>
public static class MerkleHash
{
    public const int Size = 32;

    private static readonly byte[] Empty = SHA256.HashData(ReadOnlySpan<byte>.Empty);

    /// <summary>MTH({}) = SHA-256 of the empty string.</summary>
    public static byte[] EmptyRoot => (byte[])Empty.Clone();

    /// <summary>MTH({d}) = SHA-256(0x00 || d).</summary>
    public static byte[] Leaf(ReadOnlySpan<byte> data)
    {
        var buffer = new byte[data.Length + 1];
        data.CopyTo(buffer.AsSpan(1));
        return SHA256.HashData(buffer);
    }

    /// <summary>SHA-256(0x01 || left || right).</summary>
    public static byte[] Node(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + left.Length + right.Length];
        buffer[0] = 1;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + left.Length)..]);
        return SHA256.HashData(buffer);
    }

    public static bool Equal(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => a.SequenceEqual(b);
}
