using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Features.Ledger;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Quotes;

public abstract class QuoteTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_submitted_order_gets_three_quotes_on_valid_schedules_and_becomes_quoted()
    {
        await QuoteApi.DemoRegionAsync(app);
        var demander = await OrderApi.DemanderAsync(app);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander.Client);

        var quotes = await QuoteApi.QuotesAsync(demander.Client, orderId);

        Assert.Equal(["balanced", "cheapest", "fastest"], quotes.Select(q => q.GetProperty("option").GetString()).Order(StringComparer.Ordinal));
        foreach (var quote in quotes)
        {
            var schedule = quote.GetProperty("schedule").EnumerateArray().ToList();
            Assert.Equal(6, schedule.Count);
            foreach (var part in schedule.GroupBy(o => o.GetProperty("partId").GetGuid()))
            {
                var steps = part.OrderBy(o => o.GetProperty("step").GetInt32()).ToList();
                for (var i = 1; i < steps.Count; i++)
                    Assert.True(steps[i].GetProperty("start").GetDateTimeOffset() >= steps[i - 1].GetProperty("end").GetDateTimeOffset(), "a step started before the one it follows ended");
            }
            foreach (var machine in schedule.GroupBy(o => o.GetProperty("resourceId").GetGuid()))
            {
                var spans = machine.Select(o => (Start: o.GetProperty("start").GetDateTimeOffset(), End: o.GetProperty("end").GetDateTimeOffset())).OrderBy(s => s.Start).ToList();
                for (var i = 1; i < spans.Count; i++) Assert.True(spans[i].Start >= spans[i - 1].End, "two operations overlap on one machine");
            }
            Assert.True(quote.GetProperty("deliveryDate").GetDateTimeOffset() >= schedule.Max(o => o.GetProperty("end").GetDateTimeOffset()));
            var b = quote.GetProperty("breakdown");
            Assert.Equal(b.GetProperty("operationsTotal").GetDecimal() + b.GetProperty("transportTotal").GetDecimal() + b.GetProperty("platformFee").GetDecimal(), quote.GetProperty("total").GetDecimal());
            Assert.Equal(b.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()), b.GetProperty("operationsTotal").GetDecimal());
            Assert.NotEmpty(quote.GetProperty("factories").EnumerateArray());
            Assert.True(quote.GetProperty("validUntil").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        }

        var fastest = QuoteApi.Option(quotes, "fastest");
        var cheapest = QuoteApi.Option(quotes, "cheapest");
        Assert.True(fastest.GetProperty("deliveryDate").GetDateTimeOffset() <= cheapest.GetProperty("deliveryDate").GetDateTimeOffset());
        Assert.True(cheapest.GetProperty("total").GetDecimal() <= fastest.GetProperty("total").GetDecimal());
        var order = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", Api.Json, Ct);
        Assert.Equal("quoted", order.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Accepting_books_every_operation_and_releases_one_work_order_per_provider_once_per_key()
    {
        await QuoteApi.DemoRegionAsync(app);
        var demander = await OrderApi.DemanderAsync(app);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander.Client);
        var quotes = await QuoteApi.QuotesAsync(demander.Client, orderId);
        var chosen = QuoteApi.Option(quotes, "balanced");
        var schedule = chosen.GetProperty("schedule").EnumerateArray().ToList();
        var resources = schedule.Select(o => o.GetProperty("resourceId").GetGuid()).Distinct().ToList();

        var first = await QuoteApi.AcceptAsync(demander.Client, chosen.GetProperty("id").GetGuid(), "accept-1");
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync(Ct));
        var accepted = await first.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        var workOrders = accepted.GetProperty("workOrders").EnumerateArray().ToList();
        Assert.Equal(schedule.Select(o => o.GetProperty("providerEnterpriseId").GetGuid()).Distinct().Count(), workOrders.Count);
        Assert.All(workOrders, w => Assert.Equal("released", w.GetProperty("status").GetString()));
        Assert.Equal(schedule.Count, workOrders.Sum(w => w.GetProperty("operations").GetArrayLength()));
        var ids = workOrders.Select(w => w.GetProperty("id").GetGuid()).ToHashSet();
        var booked = (await QuoteApi.ActiveBookingsAsync(app, resources)).Where(b => b.WorkOrder is { } w && ids.Contains(w)).ToList();
        Assert.Equal(schedule.Count, booked.Count);

        var again = await QuoteApi.AcceptAsync(demander.Client, chosen.GetProperty("id").GetGuid(), "accept-1");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var replay = await again.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.Equal(ids, replay.GetProperty("workOrders").EnumerateArray().Select(w => w.GetProperty("id").GetGuid()).ToHashSet());
        Assert.Equal(booked.Count, (await QuoteApi.ActiveBookingsAsync(app, resources)).Count(b => b.WorkOrder is { } w && ids.Contains(w)));
        var mine = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders?orderId={orderId}", Api.Json, Ct);
        Assert.Equal(workOrders.Count, mine.GetProperty("total").GetInt32());

        var order = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", Api.Json, Ct);
        Assert.Equal("accepted", order.GetProperty("status").GetString());
        var after = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}/quotes", Api.Json, Ct);
        Assert.Equal(2, after.GetProperty("quotes").EnumerateArray().Count(q => q.GetProperty("status").GetString() == "superseded"));
        Assert.Single(await OrderApi.LedgerEntriesAsync(demander.Client, "quote.accepted", orderId));
        Assert.Equal(workOrders.Count, (await OrderApi.LedgerEntriesAsync(demander.Client, "workorder.released", orderId)).Count);
        // The order's downloadable record holds the whole story, and it checks against the platform's key.
        var record = await demander.Client.GetFromJsonAsync<SubjectRecord>($"/api/v1/orders/{orderId}/record", Api.Json, Ct);
        Assert.Equal(["order.submitted", "quote.accepted", .. workOrders.Select(_ => "workorder.released")], record!.Entries.Select(e => e.Entry.Type));
        Assert.Empty(CheckSubjectRecord.Problems(record, await demander.Client.GetStringAsync("/api/v1/ledger/public-key", Ct)));
        var otherQuote = QuoteApi.Option(quotes, "cheapest").GetProperty("id").GetGuid();
        await Api.ProblemAsync(await QuoteApi.AcceptAsync(demander.Client, otherQuote), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_expired_quote_is_refused_with_a_fresh_quote_and_nothing_booked()
    {
        await QuoteApi.DemoRegionAsync(app);
        var clock = new AdjustableClock();
        await using var later = app.Factory.WithWebHostBuilder(web => web.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var member = await OrderApi.DemanderAsync(app);
        using var demander = await QuoteApi.LoginAsync(later, member.Email, member.Password);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander);
        var quote = QuoteApi.Option(await QuoteApi.QuotesAsync(demander, orderId), "cheapest");

        clock.Advance(TimeSpan.FromMinutes(31));
        var response = await QuoteApi.AcceptAsync(demander, quote.GetProperty("id").GetGuid(), "late");

        var problem = await Api.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var fresh = problem.GetProperty("freshQuote");
        Assert.Equal("cheapest", fresh.GetProperty("option").GetString());
        Assert.NotEqual(quote.GetProperty("id").GetGuid(), fresh.GetProperty("id").GetGuid());
        Assert.True(fresh.GetProperty("validUntil").GetDateTimeOffset() > clock.GetUtcNow());
        Assert.Equal(3, problem.GetProperty("freshQuotes").GetArrayLength());
        var list = await demander.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders?orderId={orderId}", Api.Json, Ct);
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        var accepted = await QuoteApi.AcceptAsync(demander, fresh.GetProperty("id").GetGuid(), "fresh");
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync(Ct));

        // The provider's answer is due within a day; after that it can neither accept nor decline.
        var work = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("workOrders")[0];
        clock.Advance(TimeSpan.FromHours(25));
        var (email, password) = await QuoteApi.ProviderLoginAsync(app, work.GetProperty("providerEnterpriseId").GetGuid());
        using var provider = await QuoteApi.LoginAsync(later, email, password);
        var tooLate = await Api.ProblemAsync(await provider.PostAsync($"/api/v1/work-orders/{work.GetProperty("id").GetGuid()}/accept", null, Ct), HttpStatusCode.Conflict);
        Assert.Contains("was due by", tooLate.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_demanders_racing_for_the_same_machine_time_get_one_acceptance_and_one_conflict_with_a_fresh_quote()
    {
        await QuoteApi.DemoRegionAsync(app);
        var first = await OrderApi.DemanderAsync(app);
        var second = await OrderApi.DemanderAsync(app);
        var firstQuotes = await QuoteApi.QuotesAsync(first.Client, await QuoteApi.SubmittedOrderAsync(first.Client));
        var secondQuotes = await QuoteApi.QuotesAsync(second.Client, await QuoteApi.SubmittedOrderAsync(second.Client));
        // The same parts from the same machines: find two quotes that need the same machine at the same time.
        var pair = firstQuotes.SelectMany(a => secondQuotes.Select(b => (A: a, B: b))).FirstOrDefault(p => Clash(p.A, p.B));
        Assert.True(pair.A.ValueKind != JsonValueKind.Undefined, "the two orders' quotes never need the same machine at the same time");

        var responses = await Task.WhenAll(
            QuoteApi.AcceptAsync(first.Client, pair.A.GetProperty("id").GetGuid(), Guid.NewGuid().ToString()),
            QuoteApi.AcceptAsync(second.Client, pair.B.GetProperty("id").GetGuid(), Guid.NewGuid().ToString()));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var loser = await Api.ProblemAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict);
        Assert.Contains("booked by someone else", loser.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Object, loser.GetProperty("freshQuote").ValueKind);
        var resources = pair.A.GetProperty("schedule").EnumerateArray().Select(o => o.GetProperty("resourceId").GetGuid()).Distinct();
        foreach (var machine in (await QuoteApi.ActiveBookingsAsync(app, resources)).GroupBy(b => b.Resource))
        {
            var spans = machine.OrderBy(b => b.Start).ToList();
            for (var i = 1; i < spans.Count; i++) Assert.True(spans[i].Start >= spans[i - 1].End, "two active bookings of one machine overlap");
        }
    }

    [Fact]
    public async Task Providers_see_only_their_own_work_orders_and_only_assigned_ones_open_the_drawings_until_they_decline_which_rematches()
    {
        await QuoteApi.DemoRegionAsync(app);
        var demander = await OrderApi.DemanderAsync(app);
        var orderId = await QuoteApi.SubmittedOrderAsync(demander.Client);
        var quote = QuoteApi.Option(await QuoteApi.QuotesAsync(demander.Client, orderId), "fastest");
        var accepted = await (await QuoteApi.AcceptAsync(demander.Client, quote.GetProperty("id").GetGuid())).Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        var work = accepted.GetProperty("workOrders")[0];
        var workId = work.GetProperty("id").GetGuid();
        using var assigned = await QuoteApi.DemoProviderAsync(app, work.GetProperty("providerEnterpriseId").GetGuid());
        var stranger = await Api.MemberAsync(app, ["provider"]);
        var drawings = (await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}", Api.Json, Ct)).GetProperty("drawings");
        var drawingUrl = $"/api/v1/orders/{orderId}/drawings/{drawings[0].GetProperty("id").GetGuid()}";

        var seen = await assigned.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{workId}", Api.Json, Ct);
        Assert.Equal(orderId, seen.GetProperty("orderId").GetGuid());
        var incoming = await assigned.GetFromJsonAsync<JsonElement>("/api/v1/work-orders?pageSize=200", Api.Json, Ct);
        Assert.All(incoming.GetProperty("items").EnumerateArray(), w => Assert.Equal(work.GetProperty("providerEnterpriseId").GetGuid(), w.GetProperty("providerEnterpriseId").GetGuid()));
        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/work-orders/{workId}", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await stranger.Client.PostAsync($"/api/v1/work-orders/{workId}/accept", null, Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, (await stranger.Client.GetFromJsonAsync<JsonElement>("/api/v1/work-orders", Api.Json, Ct)).GetProperty("total").GetInt32());

        Assert.Equal("%PDF-1.7 pump housing"u8.ToArray(), await assigned.GetByteArrayAsync(drawingUrl, Ct));
        await Api.ProblemAsync(await stranger.Client.GetAsync(drawingUrl, Ct), HttpStatusCode.NotFound);

        var declined = await assigned.PostAsJsonAsync($"/api/v1/work-orders/{workId}/decline", new { reason = "Spindle overhaul that week" }, Ct);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var after = await declined.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.Equal("declined", after.GetProperty("status").GetString());
        Assert.All(after.GetProperty("operations").EnumerateArray(), o => Assert.True(o.GetProperty("needsRematching").GetBoolean()));
        var resources = after.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("operation").GetProperty("resourceId").GetGuid());
        Assert.DoesNotContain(await QuoteApi.ActiveBookingsAsync(app, resources), b => b.WorkOrder == workId);
        await Api.ProblemAsync(await assigned.GetAsync(drawingUrl, Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await assigned.PostAsync($"/api/v1/work-orders/{workId}/accept", null, Ct), HttpStatusCode.Conflict);

        // Re-matching: the declined operations are back on the market at once, as an RFQ to other matched providers.
        var rfqs = await demander.Client.GetFromJsonAsync<JsonElement>($"/api/v1/orders/{orderId}/rfqs", Api.Json, Ct);
        var rematch = Assert.Single(rfqs.EnumerateArray());
        Assert.True(rematch.GetProperty("openForBids").GetBoolean());
        var declinedSteps = after.GetProperty("operations").EnumerateArray()
            .Select(o => (o.GetProperty("operation").GetProperty("partId").GetGuid(), o.GetProperty("operation").GetProperty("step").GetInt32())).ToHashSet();
        var scope = rematch.GetProperty("scope").EnumerateArray().Select(o => (o.GetProperty("partId").GetGuid(), o.GetProperty("step").GetInt32())).ToHashSet();
        Assert.Equal(declinedSteps, scope);
        var invited = rematch.GetProperty("invited").EnumerateArray().Select(i => i.GetProperty("enterpriseId").GetGuid()).ToList();
        Assert.NotEmpty(invited);
        Assert.DoesNotContain(work.GetProperty("providerEnterpriseId").GetGuid(), invited);
        Assert.Contains("Spindle overhaul", rematch.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_are_for_a_submitted_order_of_ones_own_and_bad_keys_are_refused_naming_the_header()
    {
        var demander = await OrderApi.DemanderAsync(app);
        var stranger = await OrderApi.DemanderAsync(app);
        var draft = await OrderApi.CreateAsync(demander.Client, QuoteApi.TwoPartOrder());
        var id = draft.GetProperty("id").GetGuid();

        var early = await Api.ProblemAsync(await demander.Client.PostAsync($"/api/v1/orders/{id}/quotes", null, Ct), HttpStatusCode.Conflict);
        Assert.Contains("Submit the order", early.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Api.ProblemAsync(await stranger.Client.PostAsync($"/api/v1/orders/{id}/quotes", null, Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await stranger.Client.GetAsync($"/api/v1/orders/{id}/quotes", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await QuoteApi.AcceptAsync(stranger.Client, Guid.NewGuid()), HttpStatusCode.NotFound);
        var badKey = await Api.ProblemAsync(await QuoteApi.AcceptAsync(demander.Client, Guid.NewGuid(), new string('k', 101)), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(badKey, "Idempotency-Key"));
        await Api.ProblemAsync(await stranger.Client.GetAsync("/api/v1/work-orders?status=teleported", Ct), HttpStatusCode.BadRequest);
    }

    private static bool Clash(JsonElement a, JsonElement b) =>
        a.GetProperty("schedule").EnumerateArray().Any(x => b.GetProperty("schedule").EnumerateArray().Any(y =>
            x.GetProperty("resourceId").GetGuid() == y.GetProperty("resourceId").GetGuid()
            && x.GetProperty("start").GetDateTimeOffset() < y.GetProperty("end").GetDateTimeOffset()
            && y.GetProperty("start").GetDateTimeOffset() < x.GetProperty("end").GetDateTimeOffset()));
}

[Collection(SqliteCollection.Name)]
public sealed class QuoteTestsOnSqlite(SqliteApp app) : QuoteTests(app);

[Collection(PostgresCollection.Name)]
public sealed class QuoteTestsOnPostgres(PostgresApp app) : QuoteTests(app);
