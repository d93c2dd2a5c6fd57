using System.ComponentModel.DataAnnotations;

namespace Cofab.Platform.Features.Ledger;

/// <summary>Bound from the <c>Ledger</c> section and validated at start-up.</summary>
public sealed class LedgerOptions
{
    public const string Section = "Ledger";
    public const string DefaultKeyFileName = "ledger-signing-key.pem";

    /// <summary>
    /// PEM file (PKCS#8 or SEC1 "EC PRIVATE KEY") of the ECDSA P-256 key that signs tree heads. When empty, the key lives in
    /// <c>{Database:DataDirectory}/ledger-signing-key.pem</c> and is created there on first start. It is never kept in
    /// the repository.
    /// </summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>How often the publisher checks whether the log grew and, if so, signs a new tree head.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Ledger:PublishInterval must be between 1 second and 1 day.")]
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Turn off the background publisher (the CLI, tests that publish by hand).</summary>
    public bool PublishInBackground { get; set; } = true;
}
