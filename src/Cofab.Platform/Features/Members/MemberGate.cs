using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Members;

/// <summary>
/// Membership is checked against the database, not the token: an enterprise suspended an hour ago
/// must not keep trading on a token issued before.
/// </summary>
public sealed class MemberGate(AppDbContext db)
{
    public async Task<Failure?> RequireApprovedAsync(Caller caller, CancellationToken ct)
    {
        if (caller.IsOperator) return null;
        var status = await db.Enterprises.Where(e => e.Id == caller.EnterpriseId).Select(e => (MembershipStatus?)e.Status).SingleOrDefaultAsync(ct);
        return status switch
        {
            MembershipStatus.Approved => null,
            null => Failure.Forbidden("Your enterprise is not registered on the platform."),
            MembershipStatus.Pending => Failure.Forbidden("Your enterprise is awaiting the operator's approval; this is available once it is approved."),
            _ => Failure.Forbidden($"Your enterprise's membership is {status.Value.ToString().ToLowerInvariant()}; contact the platform operator."),
        };
    }
}
