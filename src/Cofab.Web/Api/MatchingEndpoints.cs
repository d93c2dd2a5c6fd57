using System.Security.Claims;
using Cofab.Core.Orders;
using Cofab.Platform.Features.Matching;

namespace Cofab.Web.Api;

public static class MatchingEndpoints
{
    public static void MapMatchingEndpoints(this RouteGroupBuilder api)
    {
        var matching = api.MapGroup("/matching").WithTags("Matching");

        matching.MapPost("/candidates", async (CandidateSearch search, ClaimsPrincipal user, FindCandidates find, CancellationToken ct) =>
                (await find.HandleAsync(search, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Ranked candidate resources for one operation; the operator and the owning provider also get explained exclusions.");

        matching.MapGet("/explain", async ([AsParameters] ExplainQuery query, ClaimsPrincipal user, ExplainMatch explain, CancellationToken ct) =>
                (await explain.HandleAsync(query.ResourceId, query.ToSearch(), ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Why one resource is or is not a candidate for a requirement (its owner and the operator only).");

        matching.MapGet("/orders/{orderId:guid}/parts/{partId:guid}/steps/{step:int}", async (Guid orderId, Guid partId, int step, ClaimsPrincipal user, ExplainOrderMatching explain, CancellationToken ct, Guid? provider = null) =>
                (await explain.HandleAsync(new OrderOperationRef(orderId, partId, step, provider), ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Matching for one operation of any order, as quotes search it: ranked candidates and every excluded machine with its reasons, or with ?provider= only that provider's (operator and regulator; recorded).");
    }

    /// <summary>The requirement in query parameters; lists repeat the parameter (certifications=ISO 9001&amp;certifications=…).</summary>
    public sealed record ExplainQuery(
        Guid ResourceId,
        string? ProcessCode,
        DateTimeOffset? DueDate,
        double? DeliveryLatitude,
        double? DeliveryLongitude,
        decimal? EnvelopeXMm,
        decimal? EnvelopeYMm,
        decimal? EnvelopeZMm,
        decimal? ToleranceMm,
        string? Material,
        decimal? WeightKg,
        int? Quantity,
        string[]? Certifications,
        string? MinCreditGrade,
        string[]? PreferredDivisions,
        decimal? DeclaredValueYuan)
    {
        public CandidateSearch ToSearch() => new(
            new OperationRequirement
            {
                ProcessCode = ProcessCode ?? "",
                EnvelopeXMm = EnvelopeXMm,
                EnvelopeYMm = EnvelopeYMm,
                EnvelopeZMm = EnvelopeZMm,
                ToleranceMm = ToleranceMm,
                Material = Material,
                WeightKg = WeightKg,
                Quantity = Quantity ?? 1,
                Certifications = Certifications ?? [],
                MinCreditGrade = MinCreditGrade,
                PreferredDivisions = PreferredDivisions ?? [],
            },
            DueDate ?? default,
            DeliveryLatitude ?? double.NaN,
            DeliveryLongitude ?? double.NaN,
            DeclaredValueYuan: DeclaredValueYuan);
    }
}
