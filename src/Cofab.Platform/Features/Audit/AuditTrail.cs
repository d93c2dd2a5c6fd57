using Cofab.Platform.Common;
using Cofab.Platform.Data;

namespace Cofab.Platform.Features.Audit;

/// <summary>Adds audit entries to the current unit of work, so they commit (or roll back) with the change they describe.</summary>
public sealed class AuditTrail(AppDbContext db, TimeProvider clock)
{
    public void Record(Caller caller, string action, string subjectType, string subjectId, Guid? ownerEnterpriseId, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = caller.UserId,
            ActorEnterpriseId = caller.EnterpriseId,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            OwnerEnterpriseId = ownerEnterpriseId,
            Detail = detail,
        });
}
