using System.Security.Claims;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Resources;

namespace Cofab.Web.Api;

public static class ResourceEndpoints
{
    public static void MapResourceEndpoints(this RouteGroupBuilder api)
    {
        var resources = api.MapGroup("/resources").WithTags("Resources");

        resources.MapGet("/", async (ClaimsPrincipal user, ListResources list, CancellationToken ct,
                string? scope = null, string? search = null, string? kind = null, string? processCode = null,
                string? material = null, string? divisionCode = null, Guid? clusterId = null, int page = 1, int pageSize = 50) =>
            {
                var wantedScope = QueryEnum.Parse<ResourceScope>(scope, "scope");
                if (!wantedScope.Succeeded) return ApiResults.ToOk(Result<Page<ResourceSummary>>.From(wantedScope.Failure!));
                var wantedKind = QueryEnum.Parse<ResourceKind>(kind, "kind");
                if (!wantedKind.Succeeded) return ApiResults.ToOk(Result<Page<ResourceSummary>>.From(wantedKind.Failure!));
                var query = new ResourceQuery(wantedScope.Value ?? ResourceScope.Mine, search, wantedKind.Value, processCode, material, divisionCode, clusterId, page, pageSize);
                return (await list.HandleAsync(query, ApiResults.CallerOf(user), ct)).ToOk();
            })
            .WithSummary("Search resources: one's own (scope=mine), the market (scope=market) or, for the operator, all.");

        resources.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetResource get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("One resource with its capabilities, prices and idle windows.");

        resources.MapPost("/", async (ResourceInput input, ClaimsPrincipal user, SaveResource save, CancellationToken ct) =>
                (await save.CreateAsync(input, ApiResults.CallerOf(user), ct)).ToCreated(r => $"/api/v1/resources/{r.Id}"))
            .WithSummary("Register a resource of one's own enterprise.");

        resources.MapPut("/{id:guid}", async (Guid id, ResourceInput input, ClaimsPrincipal user, SaveResource save, CancellationToken ct) =>
                (await save.UpdateAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Replace a resource's description (send the version you read).");

        resources.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, SaveResource save, CancellationToken ct) =>
                (await save.DeleteAsync(id, ApiResults.CallerOf(user), ct)).ToNoContent())
            .WithSummary("Retire a resource.");
    }
}
