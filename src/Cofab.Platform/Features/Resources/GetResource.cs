using Cofab.Core.Members;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Resources;

/// <summary>
/// One resource: the owner and the operator see all of it; other approved members see published
/// resources of approved members, without the owner's internal asset number and calendar.
/// </summary>
public sealed class GetResource(AppDbContext db, Members.MemberGate gate)
{
    public async Task<Result<ResourceView>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var found = await (from r in db.Resources.AsNoTracking()
                           join e in db.Enterprises on r.EnterpriseId equals e.Id
                           where r.Id == id
                           select new { Resource = r, e.Name, e.Status }).SingleOrDefaultAsync(ct);
        var notFound = Failure.NotFound($"No resource {id} is visible to you.");
        if (found is null) return notFound;
        var owner = caller.CanManage(found.Resource.EnterpriseId);
        if (!owner)
        {
            if (found.Resource.Visibility != ResourceVisibility.Published || found.Status != MembershipStatus.Approved) return notFound;
            if (await gate.RequireApprovedAsync(caller, ct) is { } failure) return failure;
        }
        return ResourceMapping.ToView(found.Resource, found.Name, owner);
    }
}
