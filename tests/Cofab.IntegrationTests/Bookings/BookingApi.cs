using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cofab.IntegrationTests.Resources;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Bookings;

/// <summary>Booking calls as a client makes them; slots are built from the real clock, a few days ahead.</summary>
internal static class BookingApi
{
    /// <summary>Midnight UTC some days ahead, so every slot is in the future and quarter-hour aligned.</summary>
    public static DateTimeOffset DayAhead(int days = 3) => new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(days);

    public static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A published machine at 260 CNY per hour, no calendar and no idle windows: bookable at any time.</summary>
    public static async Task<Guid> MachineAsync(HttpClient owner, CancellationToken ct, Action<JsonObject>? change = null)
    {
        var body = ResourceTests.Machine("Booking test mill " + Guid.NewGuid().ToString("N")[..6]);
        body["idleWindows"] = new JsonArray();
        change?.Invoke(body);
        var response = await owner.PostAsJsonAsync("/api/v1/resources", body, ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, ct)).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> BookAsync(HttpClient client, Guid resourceId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/resources/{resourceId}/bookings")
        {
            Content = JsonContent.Create(new { start = Iso(start), end = Iso(end), note = "trial parts" }),
        };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request, ct);
    }

    public static async Task<JsonElement> BookedAsync(HttpClient client, Guid resourceId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct)
    {
        var response = await BookAsync(client, resourceId, start, end, ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, ct);
    }

    public static Task<HttpResponseMessage> BlockAsync(HttpClient owner, Guid resourceId, DateTimeOffset start, DateTimeOffset end, CancellationToken ct) =>
        owner.PostAsJsonAsync($"/api/v1/resources/{resourceId}/bookings/blocks", new { start = Iso(start), end = Iso(end), note = "spindle service" }, ct);

    public static Task<HttpResponseMessage> CancelAsync(HttpClient client, Guid bookingId, CancellationToken ct, string? reason = null) =>
        client.PostAsJsonAsync($"/api/v1/bookings/{bookingId}/cancel", new { reason }, ct);

    public static Task<JsonElement> CalendarAsync(HttpClient client, Guid resourceId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        client.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{resourceId}/bookings?from={Iso(from)}&to={Iso(to)}", Api.Json, ct);
}
