using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Tracking;

public abstract class TrackingTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_late_operation_raises_one_alert_and_one_ledger_entry_however_often_it_is_scanned()
    {
        await using var order = await LateOrder.AcceptedAsync(app);
        await order.ScanAsync();
        Assert.Empty(await order.AlertsAsync(order.Client));

        await order.PassFirstEndAsync(TimeSpan.FromMinutes(30));
        var now = order.Clock.GetUtcNow();
        var overdue = order.Operations.Where(o => o.GetProperty("operation").GetProperty("end").GetDateTimeOffset() < now).ToList();
        var first = await order.ScanAsync();
        var second = await order.ScanAsync();

        // A scan covers every order on the platform, other tests' too once the clock moved; this order's alerts are below.
        Assert.True(first.GetProperty("raised").GetInt32() >= overdue.Count);
        Assert.Equal(0, second.GetProperty("raised").GetInt32());
        Assert.True(second.GetProperty("lateWork").GetInt32() >= overdue.Count);
        var alerts = await order.AlertsAsync(order.Client);
        Assert.Equal(overdue.Count, alerts.Count);
        var alert = alerts.Single(a => a.GetProperty("plannedAt").GetDateTimeOffset() == order.FirstEnd);
        Assert.Equal("operationOverdue", alert.GetProperty("kind").GetString());
        Assert.Equal(30, alert.GetProperty("lateByMinutes").GetInt64());
        Assert.True(alert.GetProperty("open").GetBoolean());
        var delay = Assert.Single(alert.GetProperty("projectedDelays").EnumerateArray());
        Assert.Equal(alert.GetProperty("partId").GetGuid(), delay.GetProperty("partId").GetGuid());
        var entries = await OrderApi.LedgerEntriesAsync(order.Client, "workorder.late", order.OrderId);
        Assert.Equal(overdue.Count, entries.Count);

        // The provider sees it among its own alerts; the demander acknowledges it once.
        var work = order.WorkOrders.Single(w => w.GetProperty("id").GetGuid() == alert.GetProperty("workOrderId").GetGuid());
        using var provider = await LateOrder.ProviderAsync(order.Host, app, work);
        var mine = await provider.GetFromJsonAsync<JsonElement>("/api/v1/alerts?open=true&pageSize=200", Api.Json, Ct);
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == alert.GetProperty("id").GetGuid());
        var id = alert.GetProperty("id").GetGuid();
        var acknowledged = await order.Client.PostAsync($"/api/v1/alerts/{id}/acknowledge", null, Ct);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.False((await acknowledged.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("open").GetBoolean());
        await Api.ProblemAsync(await provider.PostAsync($"/api/v1/alerts/{id}/acknowledge", null, Ct), HttpStatusCode.Conflict);
        var open = await order.Client.GetFromJsonAsync<JsonElement>("/api/v1/alerts?open=true", Api.Json, Ct);
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task The_background_scanner_raises_the_alert_without_being_asked()
    {
        await using var order = await LateOrder.AcceptedAsync(app, scanEverySeconds: 5);
        await order.PassFirstEndAsync(TimeSpan.FromMinutes(5));

        // The scanner's timer ticks every 5 s of real time; give it a few ticks.
        var alerts = await order.AlertsAsync(order.Client);
        for (var tries = 0; alerts.Count == 0 && tries < 30; tries++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), Ct);
            alerts = await order.AlertsAsync(order.Client);
        }

        Assert.Contains(alerts, a => a.GetProperty("plannedAt").GetDateTimeOffset() == order.FirstEnd && a.GetProperty("kind").GetString() == "operationOverdue");
        Assert.NotEmpty(await OrderApi.LedgerEntriesAsync(order.Client, "workorder.late", order.OrderId));
    }

    [Fact]
    public async Task A_stranger_gets_not_found_for_an_orders_alerts_proposal_and_tracking_and_only_the_operator_scans()
    {
        await using var order = await LateOrder.AcceptedAsync(app);
        await order.PassFirstEndAsync(TimeSpan.FromMinutes(10));
        await order.ScanAsync();
        var alert = (await order.AlertsAsync(order.Client))[0].GetProperty("id").GetGuid();
        var stranger = await OrderApi.DemanderAsync(app);
        using var client = await QuoteApi.LoginAsync(order.Host, stranger.Email, stranger.Password);

        await Api.ProblemAsync(await client.GetAsync($"/api/v1/orders/{order.OrderId}/alerts", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await client.GetAsync($"/api/v1/orders/{order.OrderId}/reschedule-proposal", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await client.GetAsync($"/api/v1/orders/{order.OrderId}/tracking", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await client.PostAsync($"/api/v1/alerts/{alert}/acknowledge", null, Ct), HttpStatusCode.NotFound);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/v1/alerts", Api.Json, Ct)).GetProperty("total").GetInt32());
        await Api.ProblemAsync(await client.PostAsync("/api/v1/operator/alerts/scan", null, Ct), HttpStatusCode.Forbidden);
        await Api.ProblemAsync(await client.GetAsync("/api/v1/alerts?page=0", Ct), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_proposal_starts_no_remaining_operation_before_now_or_its_predecessor_and_keeps_other_bookings_free()
    {
        await using var order = await LateOrder.AcceptedAsync(app);
        await Api.ProblemAsync(await order.Client.GetAsync($"/api/v1/orders/{order.OrderId}/reschedule-proposal", Ct), HttpStatusCode.Conflict);
        await order.PassFirstEndAsync(TimeSpan.FromMinutes(45));
        var now = order.Clock.GetUtcNow();

        var response = await order.Client.GetAsync($"/api/v1/orders/{order.OrderId}/reschedule-proposal", Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var proposal = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);

        var operations = proposal.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal(order.Operations.Count(), operations.Count);
        Assert.All(operations, o => Assert.True(o.GetProperty("proposedStart").GetDateTimeOffset() >= now, "an operation was proposed to start in the past"));
        foreach (var part in operations.GroupBy(o => o.GetProperty("partId").GetGuid()))
        {
            // The test order's routings are chains (10 → 20 → 30).
            var steps = part.OrderBy(o => o.GetProperty("step").GetInt32()).ToList();
            for (var i = 1; i < steps.Count; i++)
                Assert.True(steps[i].GetProperty("proposedStart").GetDateTimeOffset() >= steps[i - 1].GetProperty("proposedEnd").GetDateTimeOffset(), "a step was proposed before the one it follows");
        }
        var ours = order.WorkOrders.Select(w => w.GetProperty("id").GetGuid()).ToHashSet();
        var others = (await QuoteApi.ActiveBookingsAsync(app, operations.Select(o => o.GetProperty("resourceId").GetGuid()).Distinct()))
            .Where(b => b.WorkOrder is not { } w || !ours.Contains(w)).ToList();
        foreach (var o in operations)
        {
            var (resource, start, end) = (o.GetProperty("resourceId").GetGuid(), o.GetProperty("proposedStart").GetDateTimeOffset(), o.GetProperty("proposedEnd").GetDateTimeOffset());
            Assert.DoesNotContain(others, b => b.Resource == resource && b.Start < end && start < b.End);
        }
        foreach (var machine in operations.GroupBy(o => o.GetProperty("resourceId").GetGuid()))
        {
            var spans = machine.Select(o => (Start: o.GetProperty("proposedStart").GetDateTimeOffset(), End: o.GetProperty("proposedEnd").GetDateTimeOffset())).OrderBy(s => s.Start).ToList();
            for (var i = 1; i < spans.Count; i++) Assert.True(spans[i].Start >= spans[i - 1].End, "two proposed operations overlap on one machine");
        }
        var parts = proposal.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.True(p.GetProperty("projectedCompletion").GetDateTimeOffset() >= now));
        Assert.Equal(parts.Max(p => p.GetProperty("delayMinutes").GetInt64()), proposal.GetProperty("delayMinutes").GetInt64());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TrackingTestsOnSqlite(SqliteApp app) : TrackingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TrackingTestsOnPostgres(PostgresApp app) : TrackingTests(app);
