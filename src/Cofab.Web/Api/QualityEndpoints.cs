using System.Security.Claims;
using Cofab.Platform.Features.Quality;

namespace Cofab.Web.Api;

/// <summary>Inspections by ISO 2859-1 single sampling, their nonconformities and dispositions.</summary>
public static class QualityEndpoints
{
    public static void MapQualityEndpoints(this RouteGroupBuilder api)
    {
        var quality = api.MapGroup("").WithTags("Quality");

        quality.MapPost("/work-orders/{id:guid}/inspections", async (Guid id, PlanInspectionInput? input, ClaimsPrincipal user, PlanInspection plan, CancellationToken ct) =>
                (await plan.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToCreated(i => $"/api/v1/inspections/{i.Id}"))
            .WithSummary("Plans an inspection of a work order's lot: the ISO 2859-1 code letter, sample size, Ac and Re from lot size, level, AQL and severity (defaults from the order's part).");

        quality.MapGet("/work-orders/{id:guid}/inspections", async (Guid id, ClaimsPrincipal user, ListInspections list, CancellationToken ct) =>
                (await list.ForWorkOrderAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The inspections of a work order with their results and nonconformities.");

        quality.MapGet("/orders/{id:guid}/inspections", async (Guid id, ClaimsPrincipal user, ListInspections list, CancellationToken ct) =>
                (await list.ForOrderAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The inspections of an order's work orders one may see, with their results and nonconformities.");

        quality.MapPost("/inspections/{id:guid}/result", async (Guid id, RecordInspectionResultInput? input, ClaimsPrincipal user, RecordInspectionResult record, CancellationToken ct) =>
                (await record.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The inspector records the sample (exactly the plan's sample size) and its nonconforming count; the lot is accepted or rejected by the plan, and an accepted lot of a done work order makes it inspected.");

        quality.MapPost("/inspections/{id:guid}/nonconformities", async (Guid id, RecordNonconformityInput? input, ClaimsPrincipal user, RecordNonconformity record, CancellationToken ct) =>
                (await record.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToCreated(n => $"/api/v1/nonconformities/{n.Id}"))
            .WithSummary("Records nonconforming pieces an inspection found: description, quantity and severity (minor, major, critical).");

        quality.MapPost("/nonconformities/{id:guid}/disposition", async (Guid id, DecideDispositionInput? input, ClaimsPrincipal user, DecideDisposition decide, CancellationToken ct) =>
                (await decide.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Decides what becomes of nonconforming pieces: rework (the work order goes back in progress), scrap, useAsIs (the demander's concession) or returnToProvider.");
    }
}
