using System.Security.Claims;
using Cofab.Platform.Features.Tracking;

namespace Cofab.Web.Api;

/// <summary>Execution tracking: late-work alerts, re-scheduling proposals and an order's tracking view.</summary>
public static class TrackingEndpoints
{
    public static void MapTrackingEndpoints(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Tracking");

        orders.MapGet("/{id:guid}/alerts", async (Guid id, ClaimsPrincipal user, ListOrderAlerts list, CancellationToken ct) =>
                (await list.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The order's late-work alerts, newest first: all for its demander and the operator, its own for a provider working on it.");

        orders.MapGet("/{id:guid}/tracking", async (Guid id, ClaimsPrincipal user, GetOrderTracking get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The order's execution at a glance: its record as a timeline, its work orders with progress, its alerts.");

        orders.MapGet("/{id:guid}/reschedule-proposal", async (Guid id, ClaimsPrincipal user, ProposeReschedule propose, CancellationToken ct) =>
                (await propose.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("For an order with late work: a new timing of its remaining operations on their booked machines from now on, and each part's projected delay. Nothing is moved.");

        orders.MapPost("/{id:guid}/reschedule", async (Guid id, ApplyRescheduleInput input, ClaimsPrincipal user, ApplyReschedule apply, CancellationToken ct) =>
                (await apply.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The demander or the operator applies the proposal they looked at (its applyToken): the remaining operations' bookings and planned times move to the proposed ones and the alerts they answer are closed, all or nothing. 409 when anything changed since: look at the fresh proposal.");

        var alerts = api.MapGroup("/alerts").WithTags("Tracking");

        alerts.MapGet("/", async (ClaimsPrincipal user, ListAlerts list, CancellationToken ct, bool open = false, int page = 1, int pageSize = 50) =>
                (await list.HandleAsync(open, page, pageSize, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("One's late-work alerts, newest first (open=true: not acknowledged yet): a provider its work orders', a demander its orders', the operator all.");

        alerts.MapPost("/{id:guid}/acknowledge", async (Guid id, ClaimsPrincipal user, AcknowledgeAlert acknowledge, CancellationToken ct) =>
                (await acknowledge.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("The provider, the demander or the operator takes note of an alert.");

        api.MapPost("/operator/alerts/scan", async (ClaimsPrincipal user, ScanLateWork scan, CancellationToken ct) =>
                (await scan.HandleAsync(ApiResults.CallerOf(user), ct)).ToOk())
            .WithTags("Tracking")
            .WithSummary("Operator: look for late work now and raise the alerts not raised yet (the platform also does so every few minutes).");
    }
}
