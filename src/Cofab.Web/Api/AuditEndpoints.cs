using System.Security.Claims;
using Cofab.Platform.Features.Audit;

namespace Cofab.Web.Api;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (ClaimsPrincipal user, ListAuditEntries list, CancellationToken ct, string? action = null, int page = 1, int pageSize = 50) =>
                (await list.HandleAsync(ApiResults.CallerOf(user), action, page, pageSize, ct)).ToOk())
            .WithTags("Audit")
            .WithSummary("Changes to, and outside reads of, one's own data (everything, for the operator), newest first.");
    }
}
