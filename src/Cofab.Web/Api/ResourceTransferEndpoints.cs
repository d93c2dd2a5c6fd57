using System.Security.Claims;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cofab.Web.Api;

/// <summary>Spreadsheet import and export of resources, for factories whose equipment lists live in Excel.</summary>
public static class ResourceTransferEndpoints
{
    public static void MapResourceTransferEndpoints(this RouteGroupBuilder api)
    {
        var resources = api.MapGroup("/resources").WithTags("Resources");

        resources.MapGet("/export", async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> (
                ClaimsPrincipal user, ExportResources export, CancellationToken ct, string? format = null, Guid? enterpriseId = null) =>
            {
                var wanted = QueryEnum.Parse<SheetFormat>(format, "format");
                if (!wanted.Succeeded) return Fail(wanted.Failure!);
                var result = await export.HandleAsync(wanted.Value ?? SheetFormat.Xlsx, enterpriseId, ApiResults.CallerOf(user), ct);
                if (!result.Succeeded) return Fail(result.Failure!);
                return TypedResults.File(result.Value.Content, result.Value.ContentType, result.Value.FileName);
            })
            .WithSummary("Download one's own resources (the operator: any enterprise's) as .xlsx or .csv in the import layout.");

        resources.MapGet("/import-template", async (GetImportTemplate template, CancellationToken ct) =>
            {
                var file = await template.HandleAsync(ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("Download the import template: header, two example rows, a bilingual guide and the process list.");

        resources.MapPost("/import", async Task<Results<Ok<ImportReport>, ValidationProblem, ProblemHttpResult>> (
                IFormFile? file, ClaimsPrincipal user, ImportResources import, CancellationToken ct, bool dryRun = false) =>
            {
                if (file is null)
                    return ApiResults.Validation(Failure.Invalid(ImportRowError.FileKey, "Attach the spreadsheet as a multipart/form-data field named 'file'."));
                if (file.Length > ResourceSheet.MaxFileBytes) return TooLarge(file.FileName);
                await using var stream = file.OpenReadStream();
                return (await import.HandleAsync(stream, file.FileName, dryRun, ApiResults.CallerOf(user), rowsRead: null, ct)).ToOk();
            })
            // API clients send bearer tokens; the auth cookie is SameSite=Lax, so a cross-site form post carries no credentials.
            .DisableAntiforgery()
            .WithSummary("Import resources from .xlsx or .csv (one form field 'file'). All or nothing: any invalid row and nothing is imported; "
                + "errors are keyed rows[N].Column. dryRun=true checks without saving.");
    }

    private static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> Fail(Failure failure) =>
        failure.Kind == FailureKind.Validation ? ApiResults.Validation(failure) : ApiResults.Problem(failure);

    private static ProblemHttpResult TooLarge(string fileName) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status413PayloadTooLarge,
        Title = "The file is too large",
        Detail = $"'{fileName}' is larger than {ResourceSheet.MaxFileBytes / (1024 * 1024)} MB; split it into smaller files "
            + $"(at most {ResourceSheet.MaxRows:N0} rows each) and import them one after the other.",
    });
}
