using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.Bookings;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cofab.IntegrationTests.Bookings.BookingApi;

namespace Cofab.IntegrationTests.Bookings;

public abstract class BookingTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<Booking>> ActiveBookingsAsync(Guid resourceId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Bookings.AsNoTracking().Where(b => b.ResourceId == resourceId && b.Status == BookingStatus.Active).ToListAsync(Ct);
    }

    [Fact]
    public async Task Direct_booking_is_priced_per_hour_and_recorded_in_the_ledger()
    {
        var owner = await Api.MemberAsync(app);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var machine = await MachineAsync(owner.Client, Ct);
        var start = DayAhead().AddHours(1);

        var booking = await BookedAsync(demander.Client, machine, start, start.AddMinutes(150), Ct);

        Assert.Equal(650m, booking.GetProperty("price").GetDecimal());
        Assert.Equal("CNY", booking.GetProperty("currency").GetString());
        Assert.Equal("directBooking", booking.GetProperty("kind").GetString());
        var id = booking.GetProperty("id").GetGuid();
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var made = await db.LedgerEntries.AsNoTracking().Where(e => e.Type == "booking.made").Select(e => e.Payload).ToListAsync(Ct);
        Assert.Contains(made, p => p.Contains(id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Concurrent_overlapping_bookings_leave_exactly_one_winner_and_no_overlap()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var demanders = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Api.MemberAsync(app, ["demander"])));
        // Four signed-in clients per enterprise: sixteen independent callers, each request in its own scope and connection.
        var clients = new List<HttpClient>();
        foreach (var demander in demanders)
        {
            for (var i = 0; i < 4; i++) clients.Add(await Api.LoginAsync(app, demander.Email, demander.Password));
        }

        // Slot i starts i quarter-hours later and lasts 4 h, so every pair overlaps.
        var first = DayAhead(4);
        var gate = new TaskCompletionSource();
        var attempts = clients.Select(async (client, i) =>
        {
            await gate.Task;
            var start = first.AddMinutes(15 * i);
            return await BookAsync(client, machine, start, start.AddHours(4), Ct);
        }).ToList();
        gate.SetResult();
        var responses = await Task.WhenAll(attempts);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            var problem = await Api.ProblemAsync(refused, HttpStatusCode.Conflict);
            Assert.Contains("just taken", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        var stored = await ActiveBookingsAsync(machine);
        Assert.Single(stored);
    }

    [Fact]
    public async Task Concurrent_bookings_of_separate_slots_all_succeed()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var clients = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Api.LoginAsync(app, demander.Email, demander.Password)));
        var first = DayAhead(5);

        var responses = await Task.WhenAll(clients.Select((client, i) => BookAsync(client, machine, first.AddHours(i), first.AddHours(i + 1), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var stored = (await ActiveBookingsAsync(machine)).OrderBy(b => b.Start).ToList();
        Assert.Equal(8, stored.Count);
        Assert.All(stored.Zip(stored.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));

        var page = await demander.Client.GetFromJsonAsync<JsonElement>("/api/v1/bookings?side=booked&pageSize=3&page=2", Api.Json, Ct);
        Assert.Equal(8, page.GetProperty("total").GetInt32());
        var starts = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("start").GetDateTimeOffset()).ToList();
        Assert.Equal([first.AddHours(4), first.AddHours(3), first.AddHours(2)], starts);
    }

    [Fact]
    public async Task Back_to_back_bookings_are_allowed_but_an_overlap_of_one_quarter_hour_is_not()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var start = DayAhead().AddHours(8);

        await BookedAsync(demander.Client, machine, start, start.AddHours(2), Ct);
        await BookedAsync(demander.Client, machine, start.AddHours(2), start.AddHours(3), Ct);
        var overlapping = await BookAsync(demander.Client, machine, start.AddMinutes(165), start.AddHours(4), Ct);

        await Api.ProblemAsync(overlapping, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_cancelled_slot_can_be_booked_again()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var first = await Api.MemberAsync(app, ["demander"]);
        var second = await Api.MemberAsync(app, ["demander"]);
        var start = DayAhead(6);
        var booking = await BookedAsync(first.Client, machine, start, start.AddHours(2), Ct);
        await Api.ProblemAsync(await BookAsync(second.Client, machine, start, start.AddHours(2), Ct), HttpStatusCode.Conflict);

        var cancel = await CancelAsync(first.Client, booking.GetProperty("id").GetGuid(), Ct);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var cancelled = await cancel.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(0m, cancelled.GetProperty("cancellationFee").GetDecimal());

        await BookedAsync(second.Client, machine, start, start.AddHours(2), Ct);
        Assert.Single(await ActiveBookingsAsync(machine));
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_booking_even_when_retries_race()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var clients = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Api.LoginAsync(app, demander.Email, demander.Password)));
        var key = Guid.NewGuid().ToString();
        var start = DayAhead(7);

        var responses = await Task.WhenAll(clients.Select(c => BookAsync(c, machine, start, start.AddHours(3), Ct, key)));
        var again = await BookAsync(demander.Client, machine, start, start.AddHours(3), Ct, key);

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var ids = new HashSet<Guid>();
        foreach (var response in responses.Append(again))
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("id").GetGuid());
        Assert.Single(ids);
        Assert.Single(await ActiveBookingsAsync(machine));

        var reused = await BookAsync(demander.Client, machine, start.AddHours(5), start.AddHours(6), Ct, key);
        Assert.Contains("different booking", (await Api.ProblemAsync(reused, HttpStatusCode.Conflict)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_enterprise_cannot_see_or_cancel_your_booking()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var rival = await Api.MemberAsync(app, ["demander"]);
        var start = DayAhead(8);
        var id = (await BookedAsync(demander.Client, machine, start, start.AddHours(1), Ct)).GetProperty("id").GetGuid();

        await Api.ProblemAsync(await CancelAsync(rival.Client, id, Ct, "mine now"), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await rival.Client.GetAsync($"/api/v1/bookings/{id}", Ct), HttpStatusCode.NotFound);
        Assert.Single(await ActiveBookingsAsync(machine));

        var calendar = await CalendarAsync(rival.Client, machine, start.AddDays(-1), start.AddDays(1), Ct);
        Assert.Equal(start, calendar.GetProperty("busy")[0].GetProperty("start").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, calendar.GetProperty("bookings").ValueKind);
        var ownerView = await CalendarAsync(owner.Client, machine, start.AddDays(-1), start.AddDays(1), Ct);
        Assert.Equal(demander.EnterpriseId, ownerView.GetProperty("bookings")[0].GetProperty("bookedByEnterpriseId").GetGuid());
    }

    [Fact]
    public async Task An_owner_block_prevents_booking_and_only_the_owner_can_block()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var start = DayAhead(9);

        Assert.Equal(HttpStatusCode.Created, (await BlockAsync(owner.Client, machine, start, start.AddHours(8), Ct)).StatusCode);
        await Api.ProblemAsync(await BookAsync(demander.Client, machine, start.AddHours(2), start.AddHours(3), Ct), HttpStatusCode.Conflict);
        await Api.ProblemAsync(await BlockAsync(demander.Client, machine, start.AddHours(9), start.AddHours(10), Ct), HttpStatusCode.NotFound);

        var owned = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/bookings?side=owned", Api.Json, Ct);
        Assert.Equal("providerBlock", owned.GetProperty("items")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_owner_cancelling_a_customers_booking_must_give_a_reason()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var start = DayAhead(10);
        var id = (await BookedAsync(demander.Client, machine, start, start.AddHours(1), Ct)).GetProperty("id").GetGuid();

        var silent = await Api.ProblemAsync(await CancelAsync(owner.Client, id, Ct), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(silent, "reason"));
        var cancelled = await CancelAsync(owner.Client, id, Ct, "Spindle bearing failed; machine down for repair");
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var mine = await demander.Client.GetFromJsonAsync<JsonElement>("/api/v1/bookings", Api.Json, Ct);
        Assert.Equal("Spindle bearing failed; machine down for repair", mine.GetProperty("items")[0].GetProperty("cancellationReason").GetString());
        await Api.ProblemAsync(await CancelAsync(demander.Client, id, Ct), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_slots_and_unpriced_resources_yield_problem_details_naming_the_field()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var unpriced = await MachineAsync(owner.Client, Ct, body => body["prices"]![0]!["model"] = "perPiece");
        var demander = await Api.MemberAsync(app, ["demander"]);
        var start = DayAhead(11);

        var crooked = await Api.ProblemAsync(await BookAsync(demander.Client, machine, start.AddMinutes(7), start.AddMinutes(3), Ct), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(crooked, "start"));
        Assert.NotEmpty(Api.FieldErrors(crooked, "end"));
        var past = await Api.ProblemAsync(await BookAsync(demander.Client, machine, DayAhead(-2), DayAhead(-2).AddHours(1), Ct), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(past, "start"));
        var noRate = await Api.ProblemAsync(await BookAsync(demander.Client, unpriced, start, start.AddHours(1), Ct), HttpStatusCode.BadRequest);
        Assert.Contains("per-hour price", noRate.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await ActiveBookingsAsync(machine));
    }

    [Fact]
    public async Task Bookings_keep_to_the_site_calendar()
    {
        var owner = await Api.MemberAsync(app);
        var calendar = await owner.Client.PostAsJsonAsync("/api/v1/calendars", new
        {
            name = "Day shift",
            timeZone = "Asia/Shanghai",
            shifts = new[] { new { name = "白班", days = "monday, tuesday, wednesday, thursday, friday, saturday, sunday", start = "08:00:00", end = "16:00:00" } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, calendar.StatusCode);
        var calendarId = (await calendar.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("id").GetGuid();
        var machine = await MachineAsync(owner.Client, Ct, body => body["calendarId"] = calendarId);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var day = DayAhead(12); // 08:00 Beijing is 00:00 UTC

        await BookedAsync(demander.Client, machine, day.AddHours(1), day.AddHours(8), Ct);
        var night = await Api.ProblemAsync(await BookAsync(demander.Client, machine, day.AddHours(7), day.AddHours(9), Ct), HttpStatusCode.BadRequest);
        Assert.Contains("not working", Api.FieldErrors(night, "start")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_itself_refuses_an_overlapping_active_booking()
    {
        var owner = await Api.MemberAsync(app);
        var machine = await MachineAsync(owner.Client, Ct);
        var start = DayAhead(13);
        Booking Row(DateTimeOffset from, DateTimeOffset to, BookingStatus status = BookingStatus.Active) => new()
        {
            Id = Guid.CreateVersion7(), ResourceId = machine, OwnerEnterpriseId = owner.EnterpriseId, BookedByEnterpriseId = owner.EnterpriseId,
            Kind = BookingKind.ProviderBlock, Status = status, Start = from, End = to, CreatedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid(),
        };

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Bookings.AddRange(Row(start, start.AddHours(2)), Row(start.AddHours(1), start.AddHours(3), BookingStatus.Cancelled), Row(start.AddHours(2), start.AddHours(4)));
        await db.SaveChangesAsync(Ct);

        db.Bookings.Add(Row(start.AddHours(3), start.AddHours(5)));
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        if (refused.InnerException is Npgsql.PostgresException pg) Assert.Equal(BookingSchema.ExclusionConstraint, pg.ConstraintName);
        else Assert.Contains(BookingSchema.OverlapMessage, refused.InnerException!.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();

        // Reviving a cancelled booking over active time is an update, and is refused too.
        var cancelled = await db.Bookings.SingleAsync(b => b.ResourceId == machine && b.Status == BookingStatus.Cancelled, Ct);
        cancelled.Status = BookingStatus.Active;
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BookingTestsOnSqlite(SqliteApp app) : BookingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BookingTestsOnPostgres(PostgresApp app) : BookingTests(app);
