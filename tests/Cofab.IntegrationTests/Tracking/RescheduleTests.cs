using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Orders;
using Cofab.IntegrationTests.Quotes;
using Cofab.IntegrationTests.Support;
using Cofab.Core.Bookings;
using Cofab.Core.Quotes;
using Cofab.Core.Tracking;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Tracking;

/// <summary>Applying a re-scheduling proposal: who may, what moves, and that a proposal the situation has overtaken is refused whole.</summary>
public abstract class RescheduleTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Applying_the_proposal_moves_the_bookings_and_the_plan_answers_the_alerts_and_files_a_ledger_entry()
    {
        await using var order = await LateOrder.AcceptedAsync(app);
        await order.PassFirstEndAsync(TimeSpan.FromMinutes(45));
        await order.ScanAsync();
        Assert.NotEmpty(await order.AlertsAsync(order.Client));
        var proposal = await ProposalAsync(order.Client, order.OrderId);
        var proposed = proposal.GetProperty("operations").EnumerateArray().ToList();
        var others = await OtherBookingsAsync(order);

        var response = await ApplyAsync(order.Client, order.OrderId, proposal.GetProperty("applyToken").GetString());

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        var applied = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.Equal(proposed.Count, applied.GetProperty("operationsMoved").GetInt32());
        Assert.Equal(proposed.Count, applied.GetProperty("bookingsMoved").GetInt32());
        var bookings = await OrderBookingsAsync(order);
        foreach (var op in proposed)
        {
            var work = await order.Client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{op.GetProperty("workOrderId").GetGuid()}", Api.Json, Ct);
            var planned = work.GetProperty("operations").EnumerateArray().Single(o =>
                o.GetProperty("operation").GetProperty("partId").GetGuid() == op.GetProperty("partId").GetGuid()
                && o.GetProperty("operation").GetProperty("step").GetInt32() == op.GetProperty("step").GetInt32());
            var (start, end) = (op.GetProperty("proposedStart").GetDateTimeOffset(), op.GetProperty("proposedEnd").GetDateTimeOffset());
            Assert.Equal(start, planned.GetProperty("operation").GetProperty("start").GetDateTimeOffset());
            Assert.Equal(end, planned.GetProperty("operation").GetProperty("end").GetDateTimeOffset());
            var booking = Assert.Single(bookings, b => b.Id == planned.GetProperty("bookingId").GetGuid());
            Assert.Equal((start, end, true), (booking.Start, booking.End, booking.Active));
            Assert.True(work.GetProperty("start").GetDateTimeOffset() <= start && end <= work.GetProperty("end").GetDateTimeOffset());
        }
        // Other members' bookings are where they were.
        Assert.Equal(others, await OtherBookingsAsync(order));

        var entry = Assert.Single(await OrderApi.LedgerEntriesAsync(order.Client, "order.rescheduled", order.OrderId));
        Assert.Contains(order.OrderId.ToString(), entry.GetRawText(), StringComparison.Ordinal);
        Assert.All(await order.AlertsAsync(order.Client), a => Assert.False(a.GetProperty("open").GetBoolean()));
        using var operatorClient = await Api.OperatorAsync(app);
        Assert.NotEmpty(await OrderApi.AuditEntriesAsync(operatorClient, "order.rescheduled", order.OrderId.ToString()));
        // Nothing is late against the new plan, so there is nothing more to propose and a scan raises nothing for this order.
        await Api.ProblemAsync(await order.Client.GetAsync($"/api/v1/orders/{order.OrderId}/reschedule-proposal", Ct), HttpStatusCode.Conflict);
        var before = (await order.AlertsAsync(order.Client)).Count;
        await order.ScanAsync();
        Assert.Equal(before, (await order.AlertsAsync(order.Client)).Count);
    }

    [Fact]
    public async Task A_provider_cannot_apply_and_a_stranger_does_not_learn_the_order_exists()
    {
        await using var order = await LateOrder.AcceptedAsync(app);
        await order.PassFirstEndAsync(TimeSpan.FromMinutes(30));
        var token = (await ProposalAsync(order.Client, order.OrderId)).GetProperty("applyToken").GetString();
        var before = await OrderBookingsAsync(order);

        using var provider = await LateOrder.ProviderAsync(order.Host, app, order.WorkOrders[0]);
        var seen = await ProposalAsync(provider, order.OrderId);
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("applyToken").ValueKind);
        await Api.ProblemAsync(await ApplyAsync(provider, order.OrderId, token), HttpStatusCode.Forbidden);

        var stranger = await OrderApi.DemanderAsync(app);
        using var client = await QuoteApi.LoginAsync(order.Host, stranger.Email, stranger.Password);
        await Api.ProblemAsync(await ApplyAsync(client, order.OrderId, token), HttpStatusCode.NotFound);

        Assert.Equal(before, await OrderBookingsAsync(order));
        Assert.Empty(await OrderApi.LedgerEntriesAsync(order.Client, "order.rescheduled", order.OrderId));
    }

    [Fact]
    public async Task A_proposal_overtaken_by_progress_is_refused_whole_and_the_fresh_one_applies()
    {
        await using var order = await LateOrder.AcceptedAsync(app);
        await order.PassFirstEndAsync(TimeSpan.FromMinutes(30));
        var stale = (await ProposalAsync(order.Client, order.OrderId)).GetProperty("applyToken").GetString()!;
        using var provider = await LateOrder.ProviderAsync(order.Host, app, order.WorkOrders[0]);
        var started = await provider.PostAsync($"/api/v1/work-orders/{order.WorkOrders[0].GetProperty("id").GetGuid()}/start", null, Ct);
        Assert.True(started.StatusCode == HttpStatusCode.OK, await started.Content.ReadAsStringAsync(Ct));
        var before = await OrderBookingsAsync(order);

        var refused = await Api.ProblemAsync(await ApplyAsync(order.Client, order.OrderId, stale), HttpStatusCode.Conflict);
        Assert.Equal(ApplyReschedule.StaleMessage, refused.GetProperty("detail").GetString());
        var tampered = stale[..^4] + (stale[^4..] == "AAAA" ? "BBBB" : "AAAA");
        Assert.NotEmpty(Api.FieldErrors(await Api.ProblemAsync(await ApplyAsync(order.Client, order.OrderId, tampered), HttpStatusCode.BadRequest), "token"));
        Assert.NotEmpty(Api.FieldErrors(await Api.ProblemAsync(await ApplyAsync(order.Client, order.OrderId, null), HttpStatusCode.BadRequest), "token"));
        Assert.Equal(before, await OrderBookingsAsync(order));
        Assert.Empty(await OrderApi.LedgerEntriesAsync(order.Client, "order.rescheduled", order.OrderId));

        // A fresh proposal left unapplied too long is refused as well; one applied in time goes through, here by the operator.
        var late = (await ProposalAsync(order.Client, order.OrderId)).GetProperty("applyToken").GetString();
        order.Clock.Advance(TimeSpan.FromMinutes(16));
        await Api.ProblemAsync(await ApplyAsync(order.Client, order.OrderId, late), HttpStatusCode.Conflict);
        Assert.Equal(before, await OrderBookingsAsync(order));
        using var operatorClient = await QuoteApi.LoginAsync(order.Host, CofabApp.OperatorEmail, CofabApp.OperatorPassword);
        var fresh = (await ProposalAsync(operatorClient, order.OrderId)).GetProperty("applyToken").GetString();
        var applied = await ApplyAsync(operatorClient, order.OrderId, fresh);
        Assert.True(applied.StatusCode == HttpStatusCode.OK, await applied.Content.ReadAsStringAsync(Ct));
        Assert.NotEqual(before, await OrderBookingsAsync(order));
        // Applying changed the plan, so the same token is now stale.
        await Api.ProblemAsync(await ApplyAsync(order.Client, order.OrderId, fresh), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_move_onto_time_another_booking_holds_is_refused_by_the_database_and_nothing_is_half_written()
    {
        await using var order = await LateOrder.AcceptedAsync(app);
        await order.PassFirstEndAsync(TimeSpan.FromMinutes(30));
        await order.ScanAsync();
        var proposed = (await ProposalAsync(order.Client, order.OrderId)).GetProperty("operations").EnumerateArray().ToList();
        var before = await OrderBookingsAsync(order);
        var plans = await PlansAsync(order);

        // The owner blocks a minute of the time the proposal gives one operation, and a ticket is sealed for that state as if
        // both had raced: the overlap guard, not the check before it, has to stop the move.
        await using (var scope = order.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = order.Clock.GetUtcNow();
            var active = await db.Bookings.AsNoTracking().Where(b => b.Status == BookingStatus.Active).ToListAsync(Ct);
            var target = proposed.First(o => !active.Any(b => b.ResourceId == o.GetProperty("resourceId").GetGuid()
                && b.Start < o.GetProperty("proposedStart").GetDateTimeOffset().AddMinutes(1) && o.GetProperty("proposedStart").GetDateTimeOffset() < b.End));
            var own = await db.Bookings.AsNoTracking().FirstAsync(b => b.WorkOrderId == target.GetProperty("workOrderId").GetGuid(), Ct);
            var start = target.GetProperty("proposedStart").GetDateTimeOffset();
            db.Bookings.Add(new Booking
            {
                Id = Guid.NewGuid(), ResourceId = target.GetProperty("resourceId").GetGuid(), OwnerEnterpriseId = own.OwnerEnterpriseId,
                BookedByEnterpriseId = own.OwnerEnterpriseId, BookedByUserId = own.BookedByUserId, Kind = BookingKind.ProviderBlock,
                Status = BookingStatus.Active, Start = start, End = start.AddMinutes(1), CreatedAt = now, Version = Guid.NewGuid(),
            });
            await db.SaveChangesAsync(Ct);
            var dbOrder = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.OrderId, Ct);
            var work = await db.WorkOrders.AsNoTracking().Where(w => w.OrderId == order.OrderId && w.Status != WorkOrderStatus.Declined).ToListAsync(Ct);
            var resources = proposed.Select(o => o.GetProperty("resourceId").GetGuid()).Distinct().ToList();
            var fingerprint = await RescheduleFingerprint.ComputeAsync(db, dbOrder, work, resources, now, Ct);
            var ticket = new RescheduleTicket(order.OrderId, now, fingerprint, [.. proposed.Select(o => new OperationMove(o.GetProperty("workOrderId").GetGuid(),
                o.GetProperty("partId").GetGuid(), o.GetProperty("step").GetInt32(), o.GetProperty("proposedStart").GetDateTimeOffset(), o.GetProperty("proposedEnd").GetDateTimeOffset()))]);
            var token = scope.ServiceProvider.GetRequiredService<RescheduleTickets>().Seal(ticket);

            var refused = await Api.ProblemAsync(await ApplyAsync(order.Client, order.OrderId, token), HttpStatusCode.Conflict);
            Assert.Equal(ApplyReschedule.TakenMessage, refused.GetProperty("detail").GetString());
        }

        Assert.Equal(before, await OrderBookingsAsync(order));
        Assert.Equal(plans, await PlansAsync(order));
        Assert.Empty(await OrderApi.LedgerEntriesAsync(order.Client, "order.rescheduled", order.OrderId));
        Assert.All(await order.AlertsAsync(order.Client), a => Assert.True(a.GetProperty("open").GetBoolean()));
    }

    [Fact]
    public async Task Applying_is_described_in_the_openapi_document()
    {
        var paths = (await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Api.Json, Ct)).GetProperty("paths");
        var apply = paths.GetProperty("/api/v1/orders/{id}/reschedule").GetProperty("post");
        Assert.False(string.IsNullOrWhiteSpace(apply.GetProperty("summary").GetString()));
        Assert.True(apply.TryGetProperty("requestBody", out _));
        Assert.True(apply.GetProperty("responses").TryGetProperty("200", out _));
    }

    private static async Task<JsonElement> ProposalAsync(HttpClient client, Guid orderId)
    {
        var response = await client.GetAsync($"/api/v1/orders/{orderId}/reschedule-proposal", Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient client, Guid orderId, string? token) =>
        client.PostAsJsonAsync($"/api/v1/orders/{orderId}/reschedule", new { token }, Api.Json, Ct);

    /// <summary>The order's bookings as stored, in a stable order.</summary>
    private async Task<List<(Guid Id, DateTimeOffset Start, DateTimeOffset End, bool Active)>> OrderBookingsAsync(LateOrder order)
    {
        var work = order.WorkOrders.Select(w => (Guid?)w.GetProperty("id").GetGuid()).ToList();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Bookings.AsNoTracking().Where(b => work.Contains(b.WorkOrderId)).ToListAsync(Ct);
        return [.. rows.OrderBy(b => b.Id).Select(b => (b.Id, b.Start, b.End, b.Status == BookingStatus.Active))];
    }

    /// <summary>Each of the order's operations' planned times and each work order's dates, as the API shows them.</summary>
    private static async Task<List<string>> PlansAsync(LateOrder order)
    {
        var plans = new List<string>();
        foreach (var id in order.WorkOrders.Select(w => w.GetProperty("id").GetGuid()))
        {
            var work = await order.Client.GetFromJsonAsync<JsonElement>($"/api/v1/work-orders/{id}", Api.Json, Ct);
            plans.Add($"{id} {work.GetProperty("start").GetDateTimeOffset():O} {work.GetProperty("end").GetDateTimeOffset():O}");
            plans.AddRange(work.GetProperty("operations").EnumerateArray().Select(o => o.GetProperty("operation").GetRawText()));
        }
        return plans;
    }

    /// <summary>Active bookings on the order's machines that are not the order's own.</summary>
    private async Task<List<(Guid Resource, DateTimeOffset Start, DateTimeOffset End)>> OtherBookingsAsync(LateOrder order)
    {
        var ours = order.WorkOrders.Select(w => w.GetProperty("id").GetGuid()).ToHashSet();
        var resources = order.Operations.Select(o => o.GetProperty("operation").GetProperty("resourceId").GetGuid()).Distinct();
        return [.. (await QuoteApi.ActiveBookingsAsync(app, resources)).Where(b => b.WorkOrder is not { } w || !ours.Contains(w))
            .Select(b => (b.Resource, b.Start, b.End)).OrderBy(b => b.Resource).ThenBy(b => b.Start.UtcTicks)];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RescheduleTestsOnSqlite(SqliteApp app) : RescheduleTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RescheduleTestsOnPostgres(PostgresApp app) : RescheduleTests(app);
