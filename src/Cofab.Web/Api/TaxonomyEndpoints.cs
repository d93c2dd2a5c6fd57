using System.Security.Claims;
using Cofab.Core.Taxonomy;
using Cofab.Platform.Features.Taxonomy;

namespace Cofab.Web.Api;

public static class TaxonomyEndpoints
{
    public static void MapTaxonomyEndpoints(this RouteGroupBuilder api)
    {
        var taxonomy = api.MapGroup("/taxonomy").WithTags("Capability taxonomy");

        taxonomy.MapGet("/", async (GetTaxonomy get, CancellationToken ct) =>
                TypedResults.Ok<IReadOnlyList<ProcessNode>>((await get.HandleAsync(ct)).Nodes))
            .WithSummary("Every process of the capability taxonomy, parents before children.");

        taxonomy.MapPost("/", async (ProcessNodeInput input, ClaimsPrincipal user, AddProcessNode add, CancellationToken ct) =>
                (await add.HandleAsync(input, ApiResults.CallerOf(user), ct)).ToCreated(n => $"/api/v1/taxonomy/{n.Code}"))
            .WithSummary("Operator: add a process to the taxonomy.");
    }
}
