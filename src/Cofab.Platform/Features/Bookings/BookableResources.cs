using Cofab.Core.Members;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Bookings;

/// <summary>A resource as a booking use case needs it, and whether the caller manages it.</summary>
internal sealed record BookableResource(Resource Resource, bool Managed);

/// <summary>
/// The visibility rule of bookings follows the resource's: its owner (and the operator) always, other approved members
/// only when it is published by an approved member. Anything else is "not found", so private ids are not confirmed.
/// </summary>
internal static class BookableResources
{
    public static async Task<Result<BookableResource>> FindAsync(AppDbContext db, MemberGate gate, Guid id, Caller caller, CancellationToken ct)
    {
        var found = await (from r in db.Resources.AsNoTracking()
                           join e in db.Enterprises on r.EnterpriseId equals e.Id
                           where r.Id == id
                           select new { Resource = r, e.Status }).SingleOrDefaultAsync(ct);
        if (found is null) return Failure.NotFound($"No resource {id} is visible to you.");
        if (caller.CanManage(found.Resource.EnterpriseId)) return new BookableResource(found.Resource, Managed: true);
        if (found.Resource.Visibility != ResourceVisibility.Published || found.Status != MembershipStatus.Approved)
            return Failure.NotFound($"No resource {id} is visible to you.");
        if (await gate.RequireApprovedAsync(caller, ct) is { } failure) return failure;
        return new BookableResource(found.Resource, Managed: false);
    }
}
