using System.Security.Claims;
using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Orders;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cofab.Web.Api;

/// <summary>Orders, their drawings, and the routing templates a demander starts from.</summary>
public static class OrderEndpoints
{
    public static void MapOrderEndpoints(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Orders");

        orders.MapGet("/", async (ClaimsPrincipal user, ListOrders list, CancellationToken ct, string? status = null, int page = 1, int pageSize = 50) =>
            {
                var wanted = QueryEnum.Parse<OrderStatus>(status, "status");
                if (!wanted.Succeeded) return ApiResults.ToOk(Result<Page<OrderSummary>>.From(wanted.Failure!));
                return (await list.HandleAsync(new OrderQuery(wanted.Value, page, pageSize), ApiResults.CallerOf(user), ct)).ToOk();
            })
            .WithSummary("Orders one may see, newest first: a demander its own; the operator and the regulator all.");

        orders.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetOrder get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("One order with its parts, routings and drawings.");

        orders.MapGet("/{id:guid}/record", async (Guid id, ClaimsPrincipal user, GetOrderRecord get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The order's verifiable record: its ledger entries, each with an inclusion proof to one signed tree head (check offline with `cofab ledger check-record`).");

        orders.MapPost("/", async (OrderInput input, ClaimsPrincipal user, CreateDraftOrder create, CancellationToken ct) =>
                (await create.HandleAsync(input, ApiResults.CallerOf(user), ct)).ToCreated(o => $"/api/v1/orders/{o.Id}"))
            .WithSummary("Start a draft order (approved demanders). The delivery site defaults to one's own.");

        orders.MapPut("/{id:guid}", async (Guid id, OrderInput input, ClaimsPrincipal user, UpdateDraftOrder update, CancellationToken ct) =>
                (await update.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Replace a draft's content (send the version you read).");

        orders.MapPost("/{id:guid}/submit", async (Guid id, OrderTransitionInput? input, ClaimsPrincipal user, SubmitOrder submit, CancellationToken ct,
                [FromHeader(Name = SubmitOrder.KeyField)] string? idempotencyKey = null) =>
                (await submit.HandleAsync(id, input ?? new OrderTransitionInput(null), idempotencyKey, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Submit a draft after validating the whole order. With an Idempotency-Key header, repeating the request returns the first outcome.");

        orders.MapPost("/{id:guid}/withdraw", async (Guid id, OrderTransitionInput input, ClaimsPrincipal user, WithdrawOrder withdraw, CancellationToken ct) =>
                (await withdraw.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Withdraw a draft or a submitted order (send the version you read and, optionally, a reason).");

        orders.MapPost("/{id:guid}/drawings", async Task<Results<Created<DrawingView>, ValidationProblem, ProblemHttpResult>> (
                Guid id, IFormFile? file, [FromForm] string? classification, ClaimsPrincipal user, UploadDrawing upload, CancellationToken ct) =>
            {
                if (file is null)
                    return ApiResults.Validation(Failure.Invalid(UploadDrawing.FileField, "Attach the drawing as a multipart/form-data field named 'file'."));
                if (file.Length > upload.MaxBytes) return TooLarge(file.FileName, upload.MaxBytes);
                var wanted = QueryEnum.Parse<DataClassification>(classification, "classification");
                if (!wanted.Succeeded) return ApiResults.Validation(wanted.Failure!);
                await using var stream = file.OpenReadStream();
                return (await upload.HandleAsync(id, stream, file.FileName, file.ContentType, wanted.Value, ApiResults.CallerOf(user), ct))
                    .ToCreated(d => $"/api/v1/orders/{id}/drawings/{d.Id}");
            })
            // API clients send bearer tokens; the auth cookie is SameSite=Lax, so a cross-site form post carries no credentials.
            .DisableAntiforgery()
            .WithSummary("Attach a drawing (form fields 'file' and 'classification': public, internal, sensitive or important).");

        orders.MapGet("/{id:guid}/drawings/{drawingId:guid}", async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> (
                Guid id, Guid drawingId, ClaimsPrincipal user, DownloadDrawing download, CancellationToken ct) =>
            {
                var result = await download.HandleAsync(id, drawingId, ApiResults.CallerOf(user), ct);
                if (!result.Succeeded) return ApiResults.Problem(result.Failure!);
                return TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
            })
            .WithSummary("Download a drawing (the demander and the operator; assigned providers later). Sensitive and important drawings are opened on record.");

        var templates = api.MapGroup("/routing-templates").WithTags("Orders");

        templates.MapGet("/", async (ListRoutingTemplates list, CancellationToken ct) => TypedResults.Ok(await list.HandleAsync(ct)))
            .WithSummary("Routing templates per part family, with bilingual names.");

        templates.MapPost("/{code}/proposal", async (string code, OrderPartData part, ProposeRouting propose, CancellationToken ct) =>
                (await propose.HandleAsync(new ProposeRoutingInput(code, part), ct)).ToOk())
            .WithSummary("The template's routing filled in from the part (quantity, material, envelope, weight), for the demander to edit.");
    }

    private static ProblemHttpResult TooLarge(string fileName, long maxBytes) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "The file is too large",
        Detail = $"'{fileName}' is larger than {maxBytes / (1024 * 1024.0):0.#} MB; compress it or split it into several drawings.",
    });
}
