namespace Cofab.Platform.Features.Audit;

/// <summary>
/// A record of a write, or of a read of private data by someone other than its owner.
/// Kept in the database so the operator can answer "who saw what, when".
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid UserId { get; set; }
    public Guid ActorEnterpriseId { get; set; }
    public required string Action { get; set; }
    public required string SubjectType { get; set; }
    public required string SubjectId { get; set; }

    /// <summary>The enterprise whose data was touched.</summary>
    public Guid? OwnerEnterpriseId { get; set; }

    public string? Detail { get; set; }
}
