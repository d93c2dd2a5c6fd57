using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Cofab.Web.Hosting;

/// <summary>
/// The one place exceptions become responses. A request the framework could not bind is the caller's mistake
/// (400, with the field when the JSON reader knows it); anything else is our bug (500, logged, no internals shown).
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException badRequest)
        {
            httpContext.Response.StatusCode = badRequest.StatusCode;
            problem = BadRequestProblem(badRequest);
        }
        else
        {
            LogUnhandled(exception, httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong on our side",
                Detail = $"The request could not be completed and nothing was saved. The error is logged as {httpContext.TraceIdentifier}; quote it to the platform operator.",
            };
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails BadRequestProblem(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            var field = JsonPathToField(json.Path);
            var message = json.Path is null
                ? "The request body is not valid JSON."
                : $"The value of '{field}' has the wrong type or format.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body could not be read",
                Detail = $"{message} {json.Message.Split(" Path:", 2)[0]}",
            };
        }
        return new ProblemDetails
        {
            Status = exception.StatusCode,
            Title = "The request could not be read",
            Detail = exception.Message,
        };
    }

    /// <summary>"$.capabilities[0].toleranceMm" → "capabilities[0].toleranceMm", the same keys validation errors use.</summary>
    internal static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private partial void LogUnhandled(Exception exception, string method, string path);
}
