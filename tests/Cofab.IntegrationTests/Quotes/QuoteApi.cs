using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.Members;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
using Cofab.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Quotes;

/// <summary>Quote calls as a demander's client makes them, on the demo region's real machines.</summary>
internal static class QuoteApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Loads the demo region once per database (a second load adds nothing).</summary>
    public static async Task DemoRegionAsync(CofabApp app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LoadDemoData>().HandleAsync(new DemoLoadOptions(), null, Ct);
    }

    /// <summary>Milling, anodizing and CMM inspection: processes the demo region's factories offer.</summary>
    public static object TwoPartOrder() => OrderApi.Order(Part("Pump housing", "machining.milling.5axis", 60), Part("Cover", "machining.milling.3axis", 80));

    public static object Part(string name, string milling, int quantity) => new
    {
        name,
        quantity,
        material = "铝合金",
        envelopeXMm = 180,
        envelopeYMm = 120,
        envelopeZMm = 60,
        weightKg = 0.8,
        dueDate = DateTimeOffset.UtcNow.AddDays(30),
        routing = new object[]
        {
            new { number = 10, processCode = milling, toleranceMm = 0.02, material = "铝合金 6061", envelopeXMm = 180, envelopeYMm = 120, envelopeZMm = 60 },
            new { number = 20, processCode = "surface.anodizing", attributes = new Dictionary<string, string> { ["colour"] = "black" } },
            new { number = 30, processCode = "inspection.cmm", toleranceMm = 0.005 },
        },
    };

    /// <summary>A submitted order of <paramref name="client"/>'s enterprise, with one drawing, ready for quotes.</summary>
    public static async Task<Guid> SubmittedOrderAsync(HttpClient client, object? body = null)
    {
        var draft = await OrderApi.CreateAsync(client, body ?? TwoPartOrder());
        var id = draft.GetProperty("id").GetGuid();
        await OrderApi.UploadAsync(client, id, "%PDF-1.7 pump housing"u8.ToArray(), "internal");
        var submitted = await OrderApi.SubmitAsync(client, id, null);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        return id;
    }

    public static async Task<JsonElement[]> QuotesAsync(HttpClient client, Guid orderId)
    {
        var response = await client.PostAsync($"/api/v1/orders/{orderId}/quotes", null, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var list = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        return [.. list.GetProperty("quotes").EnumerateArray()];
    }

    public static Task<HttpResponseMessage> AcceptAsync(HttpClient client, Guid quoteId, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/quotes/{quoteId}/accept");
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request, Ct);
    }

    public static JsonElement Option(JsonElement[] quotes, string option) => quotes.Single(q => q.GetProperty("option").GetString() == option);

    /// <summary>Signs in on any host of the same database (a test host with its own clock, say).</summary>
    public static async Task<HttpClient> LoginAsync(WebApplicationFactory<Program> factory, string email, string password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>
    /// A signed-in user of the provider enterprise that won the work. Quotes choose among every published machine of the
    /// shared test database, which holds other tests' providers beside the demo region's, so the winner's password is not
    /// always the demo one: a staff account with a known password is added to the enterprise instead.
    /// </summary>
    public static async Task<HttpClient> DemoProviderAsync(CofabApp app, Guid enterpriseId)
    {
        var (email, password) = await ProviderLoginAsync(app, enterpriseId);
        return await Api.LoginAsync(app, email, password);
    }

    public static async Task<(string Email, string Password)> ProviderLoginAsync(CofabApp app, Guid enterpriseId)
    {
        const string password = "Staff-Pass-2026";
        var email = $"staff-{enterpriseId:N}@test.cofab";
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CofabUser>>();
        if (await users.FindByEmailAsync(email) is null)
        {
            var user = new CofabUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Test staff", EnterpriseId = enterpriseId };
            var created = await users.CreateAsync(user, password);
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            Assert.True((await users.AddToRoleAsync(user, MemberRole.Provider)).Succeeded);
        }

        return (email, password);
    }

    /// <summary>Active bookings of the resources, as stored: the test's view of "no overlap".</summary>
    public static async Task<List<(Guid Resource, DateTimeOffset Start, DateTimeOffset End, Guid? WorkOrder)>> ActiveBookingsAsync(CofabApp app, IEnumerable<Guid> resources)
    {
        var ids = resources.ToList();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.ResourceId) && b.Status == Core.Bookings.BookingStatus.Active)
            .Select(b => new { b.ResourceId, b.Start, b.End, b.WorkOrderId }).ToListAsync(Ct);
        return [.. rows.Select(r => (r.ResourceId, r.Start, r.End, r.WorkOrderId))];
    }
}

/// <summary>A clock a test moves forward by hand.</summary>
internal sealed class AdjustableClock : TimeProvider
{
    private TimeSpan _offset;

    public void Advance(TimeSpan by) => _offset += by;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}
