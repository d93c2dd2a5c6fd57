using System.Security.Cryptography;
using Cofab.Core.Ledger;
using Cofab.Platform.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Ledger;

/// <summary>
/// Holds the tree-head signing key: ECDSA P-256 with SHA-256, signatures DER-encoded so that
/// <c>openssl dgst -sha256 -verify public.pem -signature sig.der message.bin</c> checks them.
/// </summary>
public sealed partial class LedgerSigner : IDisposable
{
    private readonly Lazy<ECDsa> _key;
    private readonly ILogger<LedgerSigner> _logger;

    public LedgerSigner(IOptions<LedgerOptions> options, IOptions<DatabaseOptions> database, LedgerPaths paths, ILogger<LedgerSigner> logger)
    {
        _logger = logger;
        KeyPath = options.Value.SigningKeyPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured, paths.ContentRoot)
            : Path.Combine(Path.GetFullPath(database.Value.DataDirectory, paths.ContentRoot), LedgerOptions.DefaultKeyFileName);
        _key = new Lazy<ECDsa>(() => LoadOrCreate(createIfMissing: string.IsNullOrEmpty(options.Value.SigningKeyPath)), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string KeyPath { get; }

    public string KeyId => ComputeKeyId(_key.Value);

    public string PublicKeyPem => _key.Value.ExportSubjectPublicKeyInfoPem();

    /// <summary>Loads (or, when none is configured, creates) the key now rather than at the first signature.</summary>
    public void EnsureKey() => _ = _key.Value;

    public byte[] Sign(long size, long timestampMs, byte[] root) =>
        _key.Value.SignData(LedgerRecord.TreeHeadMessage(size, timestampMs, root), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public static string ComputeKeyId(ECDsa key) => Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));

    public static bool Verify(ECDsa publicKey, SignedTreeHead head) =>
        publicKey.VerifyData(LedgerRecord.TreeHeadMessage(head.Size, head.TimestampMs, head.RootHash), head.Signature,
            HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    public static ECDsa PublicKeyFromPem(string pem)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        return key;
    }

    public void Dispose()
    {
        if (_key.IsValueCreated) _key.Value.Dispose();
    }

    private ECDsa LoadOrCreate(bool createIfMissing)
    {
        var key = ECDsa.Create();
        if (File.Exists(KeyPath))
        {
            key.ImportFromPem(File.ReadAllText(KeyPath));
            if (key.KeySize != 256) throw new InvalidOperationException($"The ledger signing key {KeyPath} is not a P-256 key.");
            return key;
        }
        if (!createIfMissing) throw new InvalidOperationException($"Ledger:SigningKeyPath names {KeyPath}, which does not exist.");
        key.Dispose();
        key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(Path.GetDirectoryName(KeyPath)!);
        var pem = key.ExportPkcs8PrivateKeyPem();
        // Create the file readable by the owner only before the secret is written into it.
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(KeyPath, file))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(pem);
        }
        LogKeyCreated(KeyPath, ComputeKeyId(key));
        return key;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created a new ledger signing key at {Path} (key id {KeyId}); back it up and keep it secret")]
    private partial void LogKeyCreated(string path, string keyId);
}

/// <summary>The content root that relative paths in configuration are resolved against.</summary>
public sealed record LedgerPaths(string ContentRoot);
