using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Calendars;

public abstract class CalendarTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object TwoShifts(string name, Guid? version = null) => new
    {
        name,
        timeZone = "Asia/Shanghai",
        shifts = new[]
        {
            new { name = "早班", days = "monday, tuesday, wednesday, thursday, friday, saturday", start = "08:00:00", end = "16:00:00" },
            new { name = "中班", days = "monday, tuesday, wednesday, thursday, friday, saturday", start = "16:00:00", end = "00:00:00" },
        },
        holidays = new[] { new { date = "2026-10-01", name = "国庆节" } },
        exceptions = new[] { new { date = "2026-10-10", kind = "extraWork", start = "08:00:00", end = "16:00:00", reason = "调休" } },
        version,
    };

    [Fact]
    public async Task Provider_keeps_a_site_calendar_and_links_a_machine_to_it()
    {
        var provider = await Api.MemberAsync(app);
        var response = await provider.Client.PostAsJsonAsync("/api/v1/calendars", TwoShifts("北仑工厂"), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var calendar = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        Assert.Equal(2, calendar.GetProperty("shifts").GetArrayLength());

        var machine = Resources.ResourceTests.Machine("Calendar-bound mill");
        machine["calendarId"] = calendar.GetProperty("id").GetGuid();
        var created = await provider.Client.PostAsJsonAsync("/api/v1/resources", machine, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var update = await provider.Client.PutAsJsonAsync($"/api/v1/calendars/{calendar.GetProperty("id").GetGuid()}",
            TwoShifts("北仑一厂", calendar.GetProperty("version").GetGuid()), Ct);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var list = await provider.Client.GetFromJsonAsync<JsonElement>("/api/v1/calendars", Api.Json, Ct);
        Assert.Equal("北仑一厂", Assert.Single(list.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_calendar_is_invisible_to_other_members_and_cannot_be_borrowed()
    {
        var owner = await Api.MemberAsync(app);
        var other = await Api.MemberAsync(app);
        var calendar = await (await owner.Client.PostAsJsonAsync("/api/v1/calendars", TwoShifts("Owner site"), Ct)).Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
        var id = calendar.GetProperty("id").GetGuid();

        await Api.ProblemAsync(await other.Client.GetAsync($"/api/v1/calendars/{id}", Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await other.Client.DeleteAsync($"/api/v1/calendars/{id}", Ct), HttpStatusCode.NotFound);
        var machine = Resources.ResourceTests.Machine("Borrowing mill");
        machine["calendarId"] = id;
        var problem = await Api.ProblemAsync(await other.Client.PostAsJsonAsync("/api/v1/resources", machine, Ct), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "calendarId"));
    }

    [Fact]
    public async Task Invalid_calendar_names_the_field()
    {
        var provider = await Api.MemberAsync(app);
        var response = await provider.Client.PostAsJsonAsync("/api/v1/calendars",
            new { name = "", timeZone = "Mars/Olympus_Mons", shifts = Array.Empty<object>() }, Ct);
        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "name"));
        Assert.NotEmpty(Api.FieldErrors(problem, "timeZone"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalendarTestsOnSqlite(SqliteApp app) : CalendarTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CalendarTestsOnPostgres(PostgresApp app) : CalendarTests(app);
