using System.Security.Claims;
using Cofab.Platform.Features.Settlement;

namespace Cofab.Web.Api;

/// <summary>Delivery acceptance and the settlement of a completed order.</summary>
public static class SettlementEndpoints
{
    public static void MapSettlementEndpoints(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Settlement");

        orders.MapPost("/{id:guid}/accept-delivery", async (Guid id, ClaimsPrincipal user, AcceptDelivery accept, CancellationToken ct) =>
                (await accept.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The demander accepts delivery once every work order is received: the order is completed and settled (work order prices, write-offs, the platform's fee, what each provider is owed).");

        orders.MapGet("/{id:guid}/settlement", async (Guid id, ClaimsPrincipal user, GetSettlement get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("An order's settlement: every line for the demander, the operator and the regulator; a provider sees only its own line.");
    }
}
