using System.Security.Claims;
using Cofab.Platform.Features.Calendars;

namespace Cofab.Web.Api;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this RouteGroupBuilder api)
    {
        var calendars = api.MapGroup("/calendars").WithTags("Site calendars");

        calendars.MapGet("/", async (ClaimsPrincipal user, ListCalendars list, CancellationToken ct) =>
                TypedResults.Ok(await list.HandleAsync(ApiResults.CallerOf(user), ct)))
            .WithSummary("The site calendars of one's own enterprise.");

        calendars.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetCalendar get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk());

        calendars.MapPost("/", async (CalendarInput input, ClaimsPrincipal user, SaveCalendar save, CancellationToken ct) =>
                (await save.CreateAsync(input, ApiResults.CallerOf(user), ct)).ToCreated(c => $"/api/v1/calendars/{c.Id}"))
            .WithSummary("Create a site calendar: weekly shifts, holidays and dated exceptions.");

        calendars.MapPut("/{id:guid}", async (Guid id, CalendarInput input, ClaimsPrincipal user, SaveCalendar save, CancellationToken ct) =>
                (await save.UpdateAsync(id, input, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Replace a site calendar (send the version you read).");

        calendars.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, SaveCalendar save, CancellationToken ct) =>
                (await save.DeleteAsync(id, ApiResults.CallerOf(user), ct)).ToNoContent());
    }
}
