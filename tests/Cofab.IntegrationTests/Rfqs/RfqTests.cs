using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Rfqs;

public abstract class RfqTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset InTwoDays => DateTimeOffset.UtcNow.AddDays(2);

    [Fact]
    public async Task Invited_providers_bid_and_rebid_the_demander_compares_and_awards_and_the_winner_gets_one_released_work_order()
    {
        var (demander, orderId, providers) = await RfqApi.SubmittedOrderAsync(app, providers: 2);
        var (first, second) = (providers[0], providers[1]);

        var rfq = await RfqApi.OpenAsync(demander.Client, orderId, [first.EnterpriseId, second.EnterpriseId], InTwoDays);
        var rfqId = rfq.GetProperty("id").GetGuid();
        Assert.Equal(6, rfq.GetProperty("scope").GetArrayLength());
        Assert.Equal(2, rfq.GetProperty("invited").GetArrayLength());
        Assert.True(rfq.GetProperty("openForBids").GetBoolean());

        await RfqApi.BidOkAsync(first.Client, rfqId, 10_000m, 20);
        var rebid = await RfqApi.BidOkAsync(first.Client, rfqId, 9_500m, 18);
        Assert.Equal(2, rebid.GetProperty("revision").GetInt32());
        var winning = await RfqApi.BidOkAsync(second.Client, rfqId, 9_800m, 10);

        // The demander compares the current bids side by side, cheapest first; a provider sees only its own.
        var compared = (await RfqApi.GetAsync(demander.Client, rfqId)).GetProperty("bids").EnumerateArray().ToList();
        Assert.Equal([9_500m, 9_800m], compared.Select(b => b.GetProperty("price").GetDecimal()));
        Assert.All(compared, b => Assert.False(string.IsNullOrEmpty(b.GetProperty("providerName").GetString())));
        Assert.All(compared, b => Assert.True(b.GetProperty("distanceKm").GetDouble() >= 0));
        Assert.Equal(DateTimeOffset.UtcNow.AddDays(10).Date, compared[1].GetProperty("deliveryDate").GetDateTimeOffset().UtcDateTime.Date);
        var ownView = await RfqApi.GetAsync(first.Client, rfqId);
        Assert.Equal(9_500m, Assert.Single(ownView.GetProperty("bids").EnumerateArray()).GetProperty("price").GetDecimal());
        Assert.Equal(0, ownView.GetProperty("invited").GetArrayLength());
        var invitations = await second.Client.GetFromJsonAsync<JsonElement>("/api/v1/rfqs?openOnly=true", Api.Json, Ct);
        Assert.Contains(invitations.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == rfqId);

        var awarded = await RfqApi.AwardAsync(demander.Client, rfqId, winning.GetProperty("id").GetGuid());
        Assert.True(awarded.StatusCode == HttpStatusCode.OK, await awarded.Content.ReadAsStringAsync(Ct));
        var award = await awarded.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.True(award.GetProperty("orderAccepted").GetBoolean());
        var work = award.GetProperty("workOrder");
        Assert.Equal("released", work.GetProperty("status").GetString());
        Assert.Equal(second.EnterpriseId, work.GetProperty("providerEnterpriseId").GetGuid());
        Assert.Equal(9_800m, work.GetProperty("price").GetDecimal());
        var operations = work.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal(6, operations.Count);
        Assert.Equal(9_800m, operations.Sum(o => o.GetProperty("operation").GetProperty("price").GetDecimal()));
        Assert.All(operations, o => Assert.Equal(Guid.Empty, o.GetProperty("bookingId").GetGuid()));

        Assert.Equal("accepted", await RfqApi.OrderStatusAsync(demander.Client, orderId));
        var seen = Assert.Single(await RfqApi.WorkOrdersAsync(second.Client, orderId));
        Assert.Equal(work.GetProperty("id").GetGuid(), seen.GetProperty("id").GetGuid());
        Assert.Empty(await RfqApi.WorkOrdersAsync(first.Client, orderId));
        var after = await RfqApi.GetAsync(demander.Client, rfqId);
        Assert.Equal("awarded", after.GetProperty("status").GetString());
        Assert.Equal(["lost", "won"], after.GetProperty("bids").EnumerateArray().Select(b => b.GetProperty("status").GetString()).Order(StringComparer.Ordinal));

        Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "rfq.opened", orderId));
        var bids = await OrderApi.LedgerEntriesAsync(demander.Client, "bid.submitted", orderId);
        Assert.Equal(3, bids.Count);
        Assert.Contains(bids, e => e.GetProperty("payload").GetString()!.Contains("9800", StringComparison.Ordinal));
        Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "rfq.awarded", orderId));
        Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "workorder.released", orderId));

        await Api.ProblemAsync(await RfqApi.AwardAsync(demander.Client, rfqId, rebid.GetProperty("id").GetGuid()), HttpStatusCode.Conflict);
        await Api.ProblemAsync(await RfqApi.BidAsync(first.Client, rfqId, 9_000m, 9), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_uninvited_provider_does_not_know_the_RFQ_and_only_the_demander_awards()
    {
        var (demander, orderId, providers) = await RfqApi.SubmittedOrderAsync(app, providers: 2);
        var (invited, stranger) = (providers[0], providers[1]);
        var otherDemander = await OrderApi.DemanderAsync(app);
        var rfqId = (await RfqApi.OpenAsync(demander.Client, orderId, [invited.EnterpriseId], InTwoDays)).GetProperty("id").GetGuid();
        var bid = await RfqApi.BidOkAsync(invited.Client, rfqId, 5_000m, 7);

        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/rfqs/{rfqId}", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await RfqApi.BidAsync(stranger.Client, rfqId, 4_000m, 5), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await stranger.Client.PostAsync($"/api/v1/rfqs/{rfqId}/bids/withdraw", null, Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/rfqs", Api.Json, Ct)).GetProperty("total").GetInt32());
        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/orders/{orderId}/rfqs", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await RfqApi.AwardAsync(otherDemander.Client, rfqId, bid.GetProperty("id").GetGuid()), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await RfqApi.PostOpenAsync(otherDemander.Client, orderId, RfqApi.Body([invited.EnterpriseId], InTwoDays)), HttpStatusCode.NotFound);
        // Those who know it but have the wrong role are told so.
        await Api.ProblemAsync(await RfqApi.AwardAsync(invited.Client, rfqId, bid.GetProperty("id").GetGuid()), HttpStatusCode.Forbidden);
        await Api.ProblemAsync(await RfqApi.BidAsync(demander.Client, rfqId, 4_000m, 5), HttpStatusCode.Forbidden);
        Assert.Single((await RfqApi.GetAsync(demander.Client, rfqId)).GetProperty("bids").EnumerateArray());

        // Bad input names its fields.
        var badBid = await Api.ProblemAsync(await RfqApi.BidAsync(invited.Client, rfqId, 0m, 400, Guid.NewGuid()), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(badBid, "price"));
        Assert.NotEmpty(Api.FieldErrors(badBid, "leadTimeDays"));
        Assert.NotEmpty(Api.FieldErrors(badBid, "resourceId"));
        var badOpen = await Api.ProblemAsync(await RfqApi.PostOpenAsync(demander.Client, orderId, new
        {
            wholeOrder = false, operations = Array.Empty<object>(), bidDeadline = DateTimeOffset.UtcNow.AddDays(-1), invitedProviders = new[] { Guid.NewGuid(), demander.EnterpriseId },
        }), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(badOpen, "operations"));
        Assert.NotEmpty(Api.FieldErrors(badOpen, "bidDeadline"));
        Assert.NotEmpty(Api.FieldErrors(badOpen, "invitedProviders[0]"));
        Assert.NotEmpty(Api.FieldErrors(badOpen, "invitedProviders[1]"));
        var tooFar = await Api.ProblemAsync(await RfqApi.PostOpenAsync(demander.Client, orderId, RfqApi.Body([invited.EnterpriseId], DateTimeOffset.UtcNow.AddDays(31))), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(tooFar, "bidDeadline"));

        var withdrawn = await invited.Client.PostAsync($"/api/v1/rfqs/{rfqId}/bids/withdraw", null, Ct);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        await Api.ProblemAsync(await RfqApi.AwardAsync(demander.Client, rfqId, bid.GetProperty("id").GetGuid()), HttpStatusCode.Conflict);
        var cancelled = await demander.Client.PostAsJsonAsync($"/api/v1/rfqs/{rfqId}/cancel", new { reason = "Quoted instantly instead" }, Ct);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await RfqApi.GetAsync(demander.Client, rfqId)).GetProperty("status").GetString());
        await Api.ProblemAsync(await RfqApi.BidAsync(invited.Client, rfqId, 4_000m, 5), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bids_close_at_the_deadline_and_the_demander_may_award_afterwards()
    {
        await QuoteApi.DemoRegionAsync(app);
        var clock = new AdjustableClock();
        await using var later = app.Factory.WithWebHostBuilder(web => web.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var demanderMember = await OrderApi.DemanderAsync(app);
        var providerMember = await Api.MemberAsync(app, ["provider"]);
        using var demander = await QuoteApi.LoginAsync(later, demanderMember.Email, demanderMember.Password);
        using var provider = await QuoteApi.LoginAsync(later, providerMember.Email, providerMember.Password);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander);
        var rfqId = (await RfqApi.OpenAsync(demander, orderId, [providerMember.EnterpriseId], clock.GetUtcNow().AddMinutes(10))).GetProperty("id").GetGuid();
        var bid = await RfqApi.BidOkAsync(provider, rfqId, 7_200m, 12);

        // Past the deadline, within the sign-in token's hour.
        clock.Advance(TimeSpan.FromMinutes(20));

        var late = await Api.ProblemAsync(await RfqApi.BidAsync(provider, rfqId, 6_900m, 12), HttpStatusCode.Conflict);
        Assert.Contains("Bids closed", late.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Api.ProblemAsync(await provider.PostAsync($"/api/v1/rfqs/{rfqId}/bids/withdraw", null, Ct), HttpStatusCode.Conflict);
        Assert.False((await RfqApi.GetAsync(demander, rfqId)).GetProperty("openForBids").GetBoolean());
        var awarded = await RfqApi.AwardAsync(demander, rfqId, bid.GetProperty("id").GetGuid());
        Assert.True(awarded.StatusCode == HttpStatusCode.OK, await awarded.Content.ReadAsStringAsync(Ct));
        var work = (await awarded.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("workOrder");
        Assert.Equal(clock.GetUtcNow().AddDays(12).UtcDateTime.Date, work.GetProperty("end").GetDateTimeOffset().UtcDateTime.Date);
        Assert.Equal(7_200m, work.GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task Two_awards_sent_at_once_release_exactly_one_work_order()
    {
        var (demander, orderId, providers) = await RfqApi.SubmittedOrderAsync(app, providers: 2);
        var (first, second) = (providers[0], providers[1]);
        var rfqId = (await RfqApi.OpenAsync(demander.Client, orderId, [first.EnterpriseId, second.EnterpriseId], InTwoDays)).GetProperty("id").GetGuid();
        var a = await RfqApi.BidOkAsync(first.Client, rfqId, 8_000m, 15);
        var b = await RfqApi.BidOkAsync(second.Client, rfqId, 8_100m, 14);

        var responses = await Task.WhenAll(
            RfqApi.AwardAsync(demander.Client, rfqId, a.GetProperty("id").GetGuid()),
            RfqApi.AwardAsync(demander.Client, rfqId, a.GetProperty("id").GetGuid()),
            RfqApi.AwardAsync(demander.Client, rfqId, b.GetProperty("id").GetGuid()));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict)) await Api.ProblemAsync(refused, HttpStatusCode.Conflict);
        Assert.Single(await RfqApi.WorkOrdersAsync(demander.Client, orderId));
        Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "rfq.awarded", orderId));
        Assert.Single((await RfqApi.GetAsync(demander.Client, rfqId)).GetProperty("bids").EnumerateArray(), x => x.GetProperty("status").GetString() == "won");
    }

    [Fact]
    public async Task The_order_is_accepted_only_when_awards_cover_every_operation_and_covered_operations_are_not_asked_again()
    {
        var (demander, orderId, providers) = await RfqApi.SubmittedOrderAsync(app, providers: 1);
        var provider = providers[0];
        var operations = await RfqApi.OperationsAsync(demander.Client, orderId);
        var housing = operations.Where(o => o.PartId == operations[0].PartId).ToList();
        var cover = operations.Except(housing).ToList();

        var firstRfq = (await RfqApi.OpenAsync(demander.Client, orderId, [provider.EnterpriseId], InTwoDays, housing)).GetProperty("id").GetGuid();
        var secondRfq = (await RfqApi.OpenAsync(demander.Client, orderId, [provider.EnterpriseId], InTwoDays, cover)).GetProperty("id").GetGuid();
        var firstBid = await RfqApi.BidOkAsync(provider.Client, firstRfq, 6_000m, 20);
        var secondBid = await RfqApi.BidOkAsync(provider.Client, secondRfq, 2_000m, 10);

        Assert.Equal(HttpStatusCode.OK, (await RfqApi.AwardAsync(demander.Client, firstRfq, firstBid.GetProperty("id").GetGuid())).StatusCode);
        Assert.Equal("submitted", await RfqApi.OrderStatusAsync(demander.Client, orderId));
        var again = await Api.ProblemAsync(await RfqApi.PostOpenAsync(demander.Client, orderId, RfqApi.Body([provider.EnterpriseId], InTwoDays, housing.Take(1))), HttpStatusCode.Conflict);
        Assert.Contains("already have a work order", again.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var last = await RfqApi.AwardAsync(demander.Client, secondRfq, secondBid.GetProperty("id").GetGuid());
        Assert.True(last.StatusCode == HttpStatusCode.OK, await last.Content.ReadAsStringAsync(Ct));
        Assert.True((await last.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("orderAccepted").GetBoolean());
        Assert.Equal("accepted", await RfqApi.OrderStatusAsync(demander.Client, orderId));
        Assert.Equal(2, (await RfqApi.WorkOrdersAsync(provider.Client, orderId)).Count);
        Assert.Equal(2, (await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}/rfqs", Api.Json, Ct)).GetArrayLength());
    }

    [Fact]
    public async Task Operations_an_accepted_quote_covers_cannot_be_put_out_to_bid()
    {
        var (demander, orderId, providers) = await RfqApi.SubmittedOrderAsync(app, providers: 1);
        var provider = providers[0];
        var quote = QuoteApi.Option(await QuoteApi.QuotesAsync(demander.Client, orderId), "balanced");
        Assert.Equal(HttpStatusCode.OK, (await QuoteApi.AcceptAsync(demander.Client, quote.GetProperty("id").GetGuid())).StatusCode);

        var refused = await Api.ProblemAsync(await RfqApi.PostOpenAsync(demander.Client, orderId, RfqApi.Body([provider.EnterpriseId], InTwoDays)), HttpStatusCode.Conflict);
        Assert.Contains("accepted quote", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_provider_named_the_owners_of_the_best_matched_machines_are_invited_and_see_the_RFQ()
    {
        var (demander, orderId, _) = await RfqApi.SubmittedOrderAsync(app, providers: 0);
        var operations = await RfqApi.OperationsAsync(demander.Client, orderId);

        var rfq = await RfqApi.OpenAsync(demander.Client, orderId, [], InTwoDays, operations.Take(1));

        var invited = rfq.GetProperty("invited").EnumerateArray().ToList();
        Assert.InRange(invited.Count, 1, 3);
        Assert.All(invited, i => Assert.True(i.GetProperty("proposed").GetBoolean()));
        using var proposed = await QuoteApi.DemoProviderAsync(app, invited[0].GetProperty("enterpriseId").GetGuid());
        var mine = await proposed.GetFromJsonAsync<JsonElement>("/api/v1/rfqs?pageSize=200", Api.Json, Ct);
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == rfq.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Every_RFQ_endpoint_is_in_the_openapi_document_with_a_summary()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var operations = document.GetProperty("paths").EnumerateObject().Where(p => p.Name.Contains("/rfqs", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete").Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value))).ToList();

        Assert.Equal(8, operations.Count);
        Assert.All(operations, o => Assert.False(string.IsNullOrWhiteSpace(o.Operation.TryGetProperty("summary", out var s) ? s.GetString() : null), $"{o.Method} {o.Path} has no summary"));
        Assert.Contains(operations, o => o.Method == "post" && o.Path.EndsWith("/award", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RfqTestsOnSqlite(SqliteApp app) : RfqTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RfqTestsOnPostgres(PostgresApp app) : RfqTests(app);
