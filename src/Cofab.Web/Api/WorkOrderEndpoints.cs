using System.Security.Claims;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Quotes;

namespace Cofab.Web.Api;

/// <summary>Work orders: providers answer theirs, demanders follow those of their orders.</summary>
public static class WorkOrderEndpoints
{
    public static void MapWorkOrderEndpoints(this RouteGroupBuilder api)
    {
        var work = api.MapGroup("/work-orders").WithTags("Work orders");

        work.MapGet("/", async (ClaimsPrincipal user, ListWorkOrders list, CancellationToken ct, Guid? orderId = null, string? status = null, int page = 1, int pageSize = 50) =>
            {
                var wanted = QueryEnum.Parse<WorkOrderStatus>(status, "status");
                if (!wanted.Succeeded) return ApiResults.ToOk(Result<Page<WorkOrderView>>.From(wanted.Failure!));
                return (await list.HandleAsync(orderId, wanted.Value, page, pageSize, ApiResults.CallerOf(user), ct)).ToOk();
            })
            .WithSummary("Work orders one may see, newest first: a provider its incoming ones, a demander those of its orders, the operator all.");

        work.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetWorkOrder get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("One work order with its operations, machines, dates and bookings.");

        work.MapPost("/{id:guid}/accept", async (Guid id, ClaimsPrincipal user, DecideWorkOrder decide, CancellationToken ct) =>
                (await decide.AcceptAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The provider accepts a released work order before its response deadline.");

        work.MapPost("/{id:guid}/decline", async (Guid id, DeclineWorkOrderInput input, ClaimsPrincipal user, DecideWorkOrder decide, CancellationToken ct) =>
                (await decide.DeclineAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The provider declines a released work order before its deadline: its bookings are released and its operations wait for re-matching.");
    }
}
