using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Orders;

/// <summary>Order requests as a demander's client sends them.</summary>
internal static class OrderApi
{
    public static object Part(string name = "Pump housing", string processCode = "machining.milling.5axis", int quantity = 200) => new
    {
        name,
        quantity,
        material = "aluminium",
        envelopeXMm = 180,
        envelopeYMm = 120,
        envelopeZMm = 60,
        weightKg = 0.8,
        dueDate = DateTimeOffset.UtcNow.AddDays(30),
        quality = new { inspectionLevel = "ii", aql = 1.0 },
        routing = new object[]
        {
            new { number = 10, processCode, toleranceMm = 0.02, material = "aluminium", envelopeXMm = 180, envelopeYMm = 120, envelopeZMm = 60 },
            new { number = 20, processCode = "surface.anodizing", attributes = new Dictionary<string, string> { ["colour"] = "black" } },
            new { number = 30, processCode = "inspection.cmm", toleranceMm = 0.005 },
        },
    };

    public static object Order(params object[] parts) => new
    {
        title = "Pump housings, batch 3",
        deliveryAddress = "浙江省宁波市鄞州区首南街道 1 号",
        latitude = 29.82,
        longitude = 121.55,
        budget = 60000,
        parts = parts.Length == 0 ? [Part()] : parts,
    };

    public static Task<Member> DemanderAsync(CofabApp app, bool approve = true) => Api.MemberAsync(app, ["demander"], approve);

    public static async Task<JsonElement> CreateAsync(HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/orders", body ?? Order(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, Guid id, Guid? version, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orders/{id}/submit") { Content = JsonContent.Create(new { version }) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonElement> UploadAsync(HttpClient client, Guid orderId, byte[] content, string classification, string fileName = "housing-rev-c.pdf")
    {
        var response = await PostDrawingAsync(client, orderId, content, classification, fileName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> PostDrawingAsync(HttpClient client, Guid orderId, byte[] content, string classification, string fileName = "housing-rev-c.pdf")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(classification), "classification");
        return client.PostAsync($"/api/v1/orders/{orderId}/drawings", form, TestContext.Current.CancellationToken);
    }

    /// <summary>Ledger entries of a type that concern one order, as the demander (a party) sees them.</summary>
    public static async Task<List<JsonElement>> LedgerEntriesAsync(HttpClient client, string type, Guid orderId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/ledger/entries?type={type}&pageSize=200", Api.Json, TestContext.Current.CancellationToken);
        return [.. page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("payload").GetString()!.Contains(orderId.ToString(), StringComparison.Ordinal))];
    }

    /// <summary>Audit entries of an action on one subject, as the data's owner sees them.</summary>
    public static async Task<List<JsonElement>> AuditEntriesAsync(HttpClient client, string action, string subjectId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action={action}&pageSize=200", Api.Json, TestContext.Current.CancellationToken);
        return [.. page.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("subjectId").GetString() == subjectId)];
    }
}
