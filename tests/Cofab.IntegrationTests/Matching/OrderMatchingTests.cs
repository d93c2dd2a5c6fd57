using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Matching;

public abstract class OrderMatchingTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Guid> MillAsync(Member owner, string material, double tolerance) =>
        MatchingTests.CreateAsync(owner, MatchingTests.Mill(material, tolerance: tolerance));

    private static object Part(string material) => new
    {
        name = "Gearbox cover",
        quantity = 40,
        material,
        dueDate = DateTimeOffset.UtcNow.AddDays(20),
        routing = new object[]
        {
            new { number = 10, processCode = "machining.milling.5axis", toleranceMm = 0.02, material, envelopeXMm = 180, envelopeYMm = 120, envelopeZMm = 60 },
            new { number = 20, processCode = "surface.anodizing" },
        },
    };

    private static string Url(Guid orderId, Guid partId, int step, Guid? provider = null) =>
        $"/api/v1/matching/orders/{orderId}/parts/{partId}/steps/{step}" + (provider is { } p ? $"?provider={p}" : "");

    [Fact]
    public async Task The_operator_sees_an_orders_candidates_and_why_a_providers_coarser_machine_was_left_out()
    {
        var material = "测试铝 " + Guid.NewGuid().ToString("N")[..8];
        var provider = await Api.MemberAsync(app);
        var fine = await MillAsync(provider, material, 0.01);
        var coarse = await MillAsync(provider, material, 0.05);
        var demander = await OrderApi.DemanderAsync(app);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander.Client, OrderApi.Order(Part(material)));
        var order = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", Api.Json, Ct);
        var partId = order.GetProperty("parts")[0].GetProperty("id").GetGuid();
        using var operatorClient = await Api.OperatorAsync(app);

        var response = await operatorClient.GetAsync(Url(orderId, partId, 10, provider.EnterpriseId), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);

        Assert.Equal("machining.milling.5axis", answer.GetProperty("processCode").GetString());
        Assert.Equal(40, answer.GetProperty("quantity").GetInt32());
        var result = answer.GetProperty("result");
        var candidates = result.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("resourceId").GetGuid()).ToList();
        Assert.Contains(fine, candidates);
        Assert.DoesNotContain(coarse, candidates);
        var excluded = Assert.Single(result.GetProperty("exclusions").EnumerateArray());
        Assert.Equal(coarse, excluded.GetProperty("resourceId").GetGuid());
        var reason = Assert.Single(excluded.GetProperty("reasons").EnumerateArray());
        Assert.Equal("toleranceTooCoarse", reason.GetProperty("code").GetString());
        Assert.Contains("0.05", reason.GetProperty("messageEn").GetString(), StringComparison.Ordinal);
        Assert.Contains("公差", reason.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, result.GetProperty("excludedCount").GetInt32());

        // The demander learns that the operator looked into its order.
        var audit = await demander.Client.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=matching.order-explained", Api.Json, Ct);
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), e => e.GetProperty("subjectId").GetString() == orderId.ToString());
    }

    [Fact]
    public async Task Only_the_operator_and_regulator_may_ask_and_a_missing_step_is_named()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander.Client, OrderApi.Order(Part("aluminium")));
        var order = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", Api.Json, Ct);
        var partId = order.GetProperty("parts")[0].GetProperty("id").GetGuid();

        await Api.ProblemAsync(await demander.Client.GetAsync(Url(orderId, partId, 10), Ct), HttpStatusCode.Forbidden);
        using var operatorClient = await Api.OperatorAsync(app);
        var missing = await Api.ProblemAsync(await operatorClient.GetAsync(Url(orderId, partId, 99), Ct), HttpStatusCode.BadRequest);
        Assert.Contains("10, 20", Api.FieldErrors(missing, "step").Single(), StringComparison.Ordinal);
        await Api.ProblemAsync(await operatorClient.GetAsync(Url(Guid.NewGuid(), partId, 10), Ct), HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrderMatchingTestsOnSqlite(SqliteApp app) : OrderMatchingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrderMatchingTestsOnPostgres(PostgresApp app) : OrderMatchingTests(app);
