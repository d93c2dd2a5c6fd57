using System.Security.Claims;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Groupings;

namespace Cofab.Web.Api;

public static class GroupingEndpoints
{
    public static void MapGroupingEndpoints(this RouteGroupBuilder api)
    {
        var groupings = api.MapGroup("/groupings").WithTags("Regions, clusters and parks");

        groupings.MapGet("/", async (ListGroupings list, CancellationToken ct, string? kind) =>
            {
                var wanted = QueryEnum.Parse<GroupingKind>(kind, "kind");
                if (!wanted.Succeeded) return ApiResults.ToOk(Result<IReadOnlyList<Grouping>>.From(wanted.Failure!));
                return ApiResults.ToOk(Result<IReadOnlyList<Grouping>>.From(await list.HandleAsync(wanted.Value, ct)));
            })
            .WithSummary("Regions, industrial clusters and parks.");

        groupings.MapPost("/", async (GroupingInput input, ClaimsPrincipal user, CreateGrouping create, CancellationToken ct) =>
                (await create.HandleAsync(input, ApiResults.CallerOf(user), ct)).ToCreated(g => $"/api/v1/groupings/{g.Id}"))
            .WithSummary("Operator: define a region, cluster or park.");
    }
}
