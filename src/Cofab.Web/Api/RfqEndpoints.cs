using System.Security.Claims;
using Cofab.Platform.Features.Rfqs;

namespace Cofab.Web.Api;

/// <summary>Requests for quotation: the demander invites bids, invited providers answer, the demander compares and awards.</summary>
public static class RfqEndpoints
{
    public static void MapRfqEndpoints(this RouteGroupBuilder api)
    {
        var onOrder = api.MapGroup("/orders/{orderId:guid}/rfqs").WithTags("RFQs");

        onOrder.MapPost("/", async (Guid orderId, OpenRfqInput input, ClaimsPrincipal user, OpenRfq open, CancellationToken ct) =>
                (await open.HandleAsync(orderId, input, ApiResults.CallerOf(user), ct)).ToCreated(r => $"/api/v1/rfqs/{r.Id}"))
            .WithSummary("Invite bids on a submitted order: the whole order or chosen operations (partId + step), until a deadline at most 30 days away, "
                + "from named approved providers or, with none named, from the owners of the best-matched machines of each operation.");

        onOrder.MapGet("/", async (Guid orderId, ClaimsPrincipal user, ListOrderRfqs list, CancellationToken ct) =>
                (await list.HandleAsync(orderId, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The order's RFQs, newest first, each with its invited providers and bids side by side.");

        var rfqs = api.MapGroup("/rfqs").WithTags("RFQs");

        rfqs.MapGet("/", async (ClaimsPrincipal user, ListRfqs list, CancellationToken ct, bool openOnly = false, int page = 1, int pageSize = 50) =>
                (await list.HandleAsync(openOnly, page, pageSize, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The caller's RFQs, newest first: a demander those it opened, a provider those it is invited to, the operator all. "
                + "openOnly=true keeps those still taking bids.");

        rfqs.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetRfq get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("One RFQ: its demander and the operator see every bid (price, lead time, delivery date, provider, credit grade, distance); "
                + "an invited provider sees its own bid only.");

        rfqs.MapPost("/{id:guid}/bids", async (Guid id, SubmitBidInput input, ClaimsPrincipal user, BidOnRfq bid, CancellationToken ct) =>
                (await bid.SubmitAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("An invited provider bids (price in yuan for the whole scope, lead time 1–365 days, optionally one of its machines and a note) "
                + "before the deadline; bidding again replaces its bid, keeping the history.");

        rfqs.MapPost("/{id:guid}/bids/withdraw", async (Guid id, ClaimsPrincipal user, BidOnRfq bid, CancellationToken ct) =>
                (await bid.WithdrawAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("An invited provider withdraws its live bid before the deadline.");

        rfqs.MapPost("/{id:guid}/award", async (Guid id, AwardRfqInput input, ClaimsPrincipal user, AwardRfq award, CancellationToken ct) =>
                (await award.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The demander awards one live bid (at any time; it closes bidding): a released work order for the provider, the other bids lost, "
                + "and the order accepted once work orders cover all its operations; atomically, once.");

        rfqs.MapPost("/{id:guid}/cancel", async (Guid id, ClaimsPrincipal user, CancelRfq cancel, CancelRfqInput? input, CancellationToken ct) =>
                (await cancel.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The demander cancels an open RFQ without awarding it.");
    }
}
