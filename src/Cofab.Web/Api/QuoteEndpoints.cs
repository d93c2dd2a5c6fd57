using System.Security.Claims;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Quotes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cofab.Web.Api;

/// <summary>Instant quotes on an order and their acceptance.</summary>
public static class QuoteEndpoints
{
    public static void MapQuoteEndpoints(this RouteGroupBuilder api)
    {
        var onOrder = api.MapGroup("/orders/{orderId:guid}/quotes").WithTags("Quotes");

        onOrder.MapPost("/", async (Guid orderId, ClaimsPrincipal user, RequestQuote request, CancellationToken ct) =>
                (await request.HandleAsync(orderId, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Compute three instant quotes (fastest, cheapest, balanced) for a submitted order; earlier open quotes are superseded.");

        onOrder.MapGet("/", async (Guid orderId, ClaimsPrincipal user, ListQuotes list, CancellationToken ct) =>
                (await list.HandleAsync(orderId, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The order's quotes, newest first, each with price breakdown, delivery date, factories and schedule.");

        api.MapPost("/quotes/{id:guid}/accept", async Task<Results<Ok<AcceptedQuote>, ValidationProblem, ProblemHttpResult>> (
                Guid id, ClaimsPrincipal user, AcceptQuote accept, CancellationToken ct,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey = null) =>
            {
                var outcome = await accept.HandleAsync(id, idempotencyKey, ApiResults.CallerOf(user), ct);
                if (outcome.Result.Succeeded) return TypedResults.Ok(outcome.Result.Value);
                var failure = outcome.Result.Failure!;
                if (failure.Kind == FailureKind.Validation) return ApiResults.Validation(failure);
                var problem = ApiResults.Problem(failure);
                if (outcome.FreshQuotes.Count > 0)
                {
                    problem.ProblemDetails.Extensions["freshQuote"] = outcome.FreshQuotes[0];
                    problem.ProblemDetails.Extensions["freshQuotes"] = outcome.FreshQuotes;
                }
                return problem;
            })
            .WithTags("Quotes")
            .WithSummary("Accept a quote: books its machine time and releases one work order per provider, atomically. Send an Idempotency-Key to retry safely. "
                + "An expired quote or one whose time was taken is refused with 409 and fresh quotes in 'freshQuote' / 'freshQuotes'.");
    }
}
