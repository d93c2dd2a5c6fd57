using System.Security.Claims;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Bookings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cofab.Web.Api;

public static class BookingEndpoints
{
    private static readonly TimeSpan DefaultCalendarPeriod = TimeSpan.FromDays(14);

    public static void MapBookingEndpoints(this RouteGroupBuilder api)
    {
        var onResource = api.MapGroup("/resources/{resourceId:guid}/bookings").WithTags("Bookings");

        onResource.MapGet("/", async (Guid resourceId, ClaimsPrincipal user, ListBookings list, TimeProvider clock, CancellationToken ct,
                DateTimeOffset? from = null, DateTimeOffset? to = null) =>
            {
                var start = from ?? clock.GetUtcNow();
                return (await list.HandleAsync(resourceId, start, to ?? start + DefaultCalendarPeriod, ApiResults.CallerOf(user), ct)).ToOk();
            })
            .WithSummary("A resource's calendar for a period (default: the next 14 days): busy spans for everyone, booking details for its owner.");

        onResource.MapPost("/", async Task<Results<Created<BookingView>, Ok<BookingView>, ValidationProblem, ProblemHttpResult>> (
                Guid resourceId, BookSlotInput input, ClaimsPrincipal user, BookSlot book, CancellationToken ct,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey = null) =>
            {
                var result = await book.HandleAsync(resourceId, input, idempotencyKey, ApiResults.CallerOf(user), ct);
                if (!result.Succeeded) return result.Failure!.Kind == FailureKind.Validation ? ApiResults.Validation(result.Failure) : ApiResults.Problem(result.Failure);
                var booking = result.Value.Booking;
                return result.Value.Replayed ? TypedResults.Ok(booking) : TypedResults.Created($"/api/v1/bookings/{booking.Id}", booking);
            })
            .WithSummary("Book a resource's time directly at its per-hour price. Send an Idempotency-Key header to retry safely: a repeat returns 200 with the first booking.");

        onResource.MapPost("/blocks", async (Guid resourceId, BlockTimeInput input, ClaimsPrincipal user, BlockTime block, CancellationToken ct) =>
                (await block.HandleAsync(resourceId, input, ApiResults.CallerOf(user), ct)).ToCreated(b => $"/api/v1/bookings/{b.Id}"))
            .WithSummary("The owner blocks time on a resource (own work, maintenance); booked time cannot be blocked.");

        var bookings = api.MapGroup("/bookings").WithTags("Bookings");

        bookings.MapGet("/", async (ClaimsPrincipal user, ListMyBookings list, CancellationToken ct,
                string? side = null, DateTimeOffset? from = null, DateTimeOffset? to = null, int page = 1, int pageSize = 50) =>
            {
                var wantedSide = QueryEnum.Parse<BookingSide>(side, "side");
                if (!wantedSide.Succeeded) return ApiResults.ToOk(Result<Page<BookingView>>.From(wantedSide.Failure!));
                return (await list.HandleAsync(wantedSide.Value ?? BookingSide.Booked, from, to, page, pageSize, ApiResults.CallerOf(user), ct)).ToOk();
            })
            .WithSummary("One's own bookings: side=booked (what one booked, the default) or side=owned (bookings and blocks on one's resources).");

        bookings.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetBooking get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("One booking, for its booker and the resource's owner.");

        bookings.MapPost("/{id:guid}/cancel", async (Guid id, CancelBookingInput input, ClaimsPrincipal user, CancelBooking cancel, CancellationToken ct) =>
                (await cancel.HandleAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Cancel a booking: free until 24 h before the start, then a late fee; an owner cancelling a customer's booking must give a reason.");
    }
}
