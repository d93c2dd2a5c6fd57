using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Audit;

public sealed record AuditEntryView(DateTimeOffset At, Guid UserId, Guid ActorEnterpriseId, string Action, string SubjectType, string SubjectId, Guid? OwnerEnterpriseId, string? Detail);

/// <summary>
/// "Who touched my data?": a member sees every recorded change to, and outside read of, its own data;
/// the operator sees everything.
/// </summary>
public sealed class ListAuditEntries(AppDbContext db)
{
    public async Task<Result<Page<AuditEntryView>>> HandleAsync(Caller caller, string? action, int page, int pageSize, CancellationToken ct)
    {
        var paging = Paging.Check(page, pageSize);
        if (paging.Failure is not null) return paging.Failure;
        var entries = db.AuditEntries.AsNoTracking();
        if (!caller.IsOperator) entries = entries.Where(e => e.OwnerEnterpriseId == caller.EnterpriseId);
        if (!string.IsNullOrWhiteSpace(action)) entries = entries.Where(e => e.Action == action);
        var total = await entries.CountAsync(ct);
        var items = await entries.OrderByDescending(e => e.Id).Skip((paging.Page - 1) * paging.Size).Take(paging.Size)
            .Select(e => new AuditEntryView(e.At, e.UserId, e.ActorEnterpriseId, e.Action, e.SubjectType, e.SubjectId, e.OwnerEnterpriseId, e.Detail))
            .ToListAsync(ct);
        return new Page<AuditEntryView>(items, total, paging.Page, paging.Size);
    }
}
