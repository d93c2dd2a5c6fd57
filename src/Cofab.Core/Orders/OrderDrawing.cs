namespace Cofab.Core.Orders;

/// <summary>Data classification of an attachment, after the national data-security grading (一般/内部/敏感/重要).</summary>
public enum DataClassification
{
    Public,
    Internal,
    Sensitive,
    Important,
}

/// <summary>A drawing or other attachment of an order. The bytes are kept apart; this is what lists and checks need.</summary>
public sealed class OrderDrawing
{
    public Guid Id { get; set; }
    public Guid OrderId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the content, lower-case hex; lets a provider prove which revision it was given.</summary>
    public required string Sha256 { get; set; }

    public DataClassification Classification { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public Guid UploadedBy { get; set; }
}

/// <summary>Who may open an order's drawings, in one pure rule so the work-order side can widen it in one place.</summary>
public static class DrawingAccess
{
    /// <summary>
    /// The demander's own enterprise and the operator may open every drawing of the order; a provider may once it is
    /// assigned work on the order (<paramref name="assignedProviderEnterpriseIds"/>, empty until quotes are accepted).
    /// The regulator sees orders but not their drawings: designs are the demander's property.
    /// </summary>
    public static bool MayOpen(Guid callerEnterpriseId, bool callerIsOperator, Guid demanderEnterpriseId, IReadOnlySet<Guid> assignedProviderEnterpriseIds)
    {
        ArgumentNullException.ThrowIfNull(assignedProviderEnterpriseIds);
        return callerIsOperator || callerEnterpriseId == demanderEnterpriseId || assignedProviderEnterpriseIds.Contains(callerEnterpriseId);
    }

    /// <summary>Sensitive and important data: every opening is recorded in the audit trail and the verifiable ledger.</summary>
    public static bool OpeningIsRecorded(DataClassification classification) =>
        classification is DataClassification.Sensitive or DataClassification.Important;

    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 100;
}
