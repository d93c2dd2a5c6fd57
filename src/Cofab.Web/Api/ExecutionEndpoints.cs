using System.Security.Claims;
using Cofab.Core.Execution;
using Cofab.Platform.Features.Execution;

namespace Cofab.Web.Api;

/// <summary>What happens to a work order after the provider accepted it: start, progress, done, shipment and receipt.</summary>
public static class ExecutionEndpoints
{
    public static void MapExecutionEndpoints(this RouteGroupBuilder api)
    {
        var work = api.MapGroup("/work-orders").WithTags("Execution");

        work.MapPost("/{id:guid}/start", async (Guid id, ClaimsPrincipal user, StartWorkOrder start, CancellationToken ct) =>
                (await start.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The provider starts an accepted work order; the first of an order to start puts the order in production.");

        work.MapPost("/{id:guid}/progress", async (Guid id, ReportProgressInput input, ClaimsPrincipal user, ReportProgress report, CancellationToken ct) =>
                (await report.HandleAsync(id, input, ProgressSource.Api, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The provider reports good and scrapped pieces (increments) on one operation, by operationIndex or by partId and step, optionally finishing it; an accepted work order starts.");

        work.MapGet("/{id:guid}/progress", async (Guid id, ClaimsPrincipal user, ListProgressReports list, CancellationToken ct, int page = 1, int pageSize = 50) =>
                (await list.HandleAsync(id, page, pageSize, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The progress reports of a work order, newest first, with their source (ui, api or machine).");

        work.MapPost("/{id:guid}/done", async (Guid id, ClaimsPrincipal user, FinishWorkOrder finish, CancellationToken ct) =>
                (await finish.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The provider reports the work order done; refused while any operation is not reported finished.");

        work.MapPost("/{id:guid}/ship", async (Guid id, ShipWorkOrderInput? input, ClaimsPrincipal user, ShipWorkOrder ship, CancellationToken ct) =>
                (await ship.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The provider ships an inspected lot to the provider of each part's next step, or to the demander; records the transport legs.");

        work.MapPost("/{id:guid}/receive", async (Guid id, ClaimsPrincipal user, ReceiveShipment receive, CancellationToken ct) =>
                (await receive.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The receiving side (next provider or demander) confirms the shipped lot arrived; the last confirmation makes the work order received.");

        api.MapGroup("/orders").WithTags("Execution")
            .MapGet("/{id:guid}/transport-legs", async (Guid id, ClaimsPrincipal user, ListTransportLegs list, CancellationToken ct, Guid? workOrderId = null) =>
                (await list.HandleAsync(id, workOrderId, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The transport legs of an order (optionally of one work order): all for the demander, operator and regulator; a provider's own for a provider.");
    }
}
