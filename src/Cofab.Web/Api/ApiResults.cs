using Cofab.Platform.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cofab.Web.Api;

/// <summary>Turns use-case outcomes into typed HTTP results; failures become RFC 9457 problem details.</summary>
public static class ApiResults
{
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> ToOk<T>(this Result<T> result)
    {
        if (result.Succeeded) return TypedResults.Ok(result.Value);
        return result.Failure!.Kind == FailureKind.Validation ? Validation(result.Failure) : Problem(result.Failure);
    }

    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> ToCreated<T>(this Result<T> result, Func<T, string> location)
    {
        if (result.Succeeded) return TypedResults.Created(location(result.Value), result.Value);
        return result.Failure!.Kind == FailureKind.Validation ? Validation(result.Failure) : Problem(result.Failure);
    }

    public static Results<NoContent, ValidationProblem, ProblemHttpResult> ToNoContent<T>(this Result<T> result)
    {
        if (result.Succeeded) return TypedResults.NoContent();
        return result.Failure!.Kind == FailureKind.Validation ? Validation(result.Failure) : Problem(result.Failure);
    }

    public static ValidationProblem Validation(Failure failure) =>
        TypedResults.ValidationProblem(failure.Errors ?? new Dictionary<string, string[]>(), failure.Message, title: "Some fields are not valid");

    public static ProblemHttpResult Problem(Failure failure)
    {
        var (status, title) = failure.Kind switch
        {
            FailureKind.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            FailureKind.Forbidden => (StatusCodes.Status403Forbidden, "Not allowed"),
            FailureKind.Conflict => (StatusCodes.Status409Conflict, "Conflict"),
            _ => (StatusCodes.Status400BadRequest, "Some fields are not valid"),
        };
        var problem = new ProblemDetails { Status = status, Title = title, Detail = failure.Message };
        if (failure.Errors is { Count: > 0 } errors) problem.Extensions["errors"] = errors;
        return TypedResults.Problem(problem);
    }

    /// <summary>The caller of an authorised endpoint; a signed-in principal without an enterprise is a bug in sign-in.</summary>
    public static Caller CallerOf(System.Security.Claims.ClaimsPrincipal user) =>
        Caller.From(user) ?? throw new InvalidOperationException("Authenticated principal without user and enterprise claims.");
}
