using System.Security.Claims;
using Cofab.Core.Members;
using Cofab.Platform.Features.Groupings;

namespace Cofab.Web.Api;

public static class GroupingEndpoints
{
    public static void MapGroupingEndpoints(this RouteGroupBuilder api)
    {
        var groupings = api.MapGroup("/groupings").WithTags("Regions, clusters and parks");

        groupings.MapGet("/", async (ListGroupings list, CancellationToken ct, GroupingKind? kind) =>
                TypedResults.Ok(await list.HandleAsync(kind, ct)))
            .WithSummary("Regions, industrial clusters and parks.");

        groupings.MapPost("/", async (GroupingInput input, ClaimsPrincipal user, CreateGrouping create, CancellationToken ct) =>
                (await create.HandleAsync(input, ApiResults.CallerOf(user), ct)).ToCreated(g => $"/api/v1/groupings/{g.Id}"))
            .WithSummary("Operator: define a region, cluster or park.");
    }
}
