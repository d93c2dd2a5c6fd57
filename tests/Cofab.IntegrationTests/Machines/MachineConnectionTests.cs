using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.MachineData;
using Cofab.IntegrationTests.Resources;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Machines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Machines;

public abstract class MachineConnectionTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh host of the same provider, for scenarios that need settings the shared one lacks.</summary>
    protected abstract CofabApp NewApp();

    internal static async Task<Guid> ResourceAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/api/v1/resources", ResourceTests.Machine("车削中心 QTN 300"), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> ConnectMqttAsync(HttpClient client, Guid resourceId, string key) =>
        client.PostAsJsonAsync("/api/v1/machines/connections", new { resourceId, source = "mqtt", mqttKey = key }, Ct);

    private static MachineReport Report(Guid enterpriseId, string key, string at, string execution, long? partCount = null) =>
        new(enterpriseId, new MachineObservation(key, DateTimeOffset.Parse(at, CultureInfo.InvariantCulture), "AVAILABLE", execution, partCount, null));

    [Fact]
    public async Task Provider_connects_its_own_machine_and_lists_the_connection()
    {
        var provider = await Api.MemberAsync(app);
        var resourceId = await ResourceAsync(provider.Client);

        var response = await provider.Client.PostAsJsonAsync("/api/v1/machines/connections",
            new { resourceId, source = "mtconnect", agentUrl = "http://agent.factory.test:5000", device = "Mazak03" }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var list = await provider.Client.GetFromJsonAsync<JsonElement>("/api/v1/machines/connections", Api.Json, Ct);
        var connection = Assert.Single(list.EnumerateArray());
        Assert.Equal(resourceId, connection.GetProperty("resourceId").GetGuid());
        Assert.Equal("mtconnect", connection.GetProperty("source").GetString());
        Assert.Equal("http://agent.factory.test:5000/", connection.GetProperty("agentUrl").GetString());
        Assert.Equal("Mazak03", connection.GetProperty("device").GetString());
        var again = await ConnectMqttAsync(provider.Client, resourceId, "QTN-300");
        await Api.ProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Provider_cannot_connect_another_members_resource()
    {
        var owner = await Api.MemberAsync(app);
        var rival = await Api.MemberAsync(app);
        var resourceId = await ResourceAsync(owner.Client);

        var response = await ConnectMqttAsync(rival.Client, resourceId, "stolen-1");

        await Api.ProblemAsync(response, HttpStatusCode.NotFound);
        var ownList = await owner.Client.GetFromJsonAsync<JsonElement>("/api/v1/machines/connections", Api.Json, Ct);
        Assert.Equal(0, ownList.GetArrayLength());
    }

    [Fact]
    public async Task Invalid_connections_are_refused_naming_the_fields()
    {
        var provider = await Api.MemberAsync(app);
        var resourceId = await ResourceAsync(provider.Client);

        var agent = await provider.Client.PostAsJsonAsync("/api/v1/machines/connections", new { resourceId, source = "mtconnect", agentUrl = "ftp://x", device = "" }, Ct);
        var mqtt = await ConnectMqttAsync(provider.Client, resourceId, "has space/and slash");
        var source = await provider.Client.PostAsJsonAsync("/api/v1/machines/connections", new { resourceId, source = "opcua" }, Ct);

        var agentProblem = await Api.ProblemAsync(agent, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(agentProblem, "agentUrl"));
        Assert.NotEmpty(Api.FieldErrors(agentProblem, "device"));
        Assert.NotEmpty(Api.FieldErrors(await Api.ProblemAsync(mqtt, HttpStatusCode.BadRequest), "mqttKey"));
        Assert.NotEmpty(Api.FieldErrors(await Api.ProblemAsync(source, HttpStatusCode.BadRequest), "source"));
    }

    [Fact]
    public async Task Mqtt_observations_reach_only_the_topic_enterprises_own_machine_and_boards_stay_apart()
    {
        var a = await Api.MemberAsync(app);
        var b = await Api.MemberAsync(app);
        var resourceA = await ResourceAsync(a.Client);
        var resourceB = await ResourceAsync(b.Client);
        Assert.Equal(HttpStatusCode.Created, (await ConnectMqttAsync(a.Client, resourceA, "lathe-07")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await ConnectMqttAsync(b.Client, resourceB, "mill-01")).StatusCode);
        var board = app.Factory.Services.GetRequiredService<MachineStatusBoard>();

        await board.AcceptAsync(Report(a.EnterpriseId, "lathe-07", "2026-03-01T08:00:00+08:00", "ACTIVE", 10), Ct);
        await board.AcceptAsync(Report(a.EnterpriseId, "lathe-07", "2026-03-01T08:30:00+08:00", "READY", 13), Ct);
        await board.AcceptAsync(Report(b.EnterpriseId, "mill-01", "2026-03-01T09:00:00+08:00", "READY"), Ct);
        // B publishing under its own enterprise with A's key, and under A's enterprise with its own key: both rejected.
        await board.AcceptAsync(Report(b.EnterpriseId, "lathe-07", "2026-03-01T09:00:00+08:00", "ACTIVE"), Ct);
        await board.AcceptAsync(Report(a.EnterpriseId, "mill-01", "2026-03-01T09:00:00+08:00", "ACTIVE"), Ct);

        var boardA = await a.Client.GetFromJsonAsync<JsonElement>("/api/v1/machines/board", Api.Json, Ct);
        var entryA = Assert.Single(boardA.EnumerateArray());
        Assert.Equal(resourceA, entryA.GetProperty("resourceId").GetGuid());
        Assert.Equal("idle", entryA.GetProperty("state").GetString());
        Assert.Equal(13, entryA.GetProperty("partCount").GetInt64());
        var boardB = await b.Client.GetFromJsonAsync<JsonElement>("/api/v1/machines/board", Api.Json, Ct);
        var entryB = Assert.Single(boardB.EnumerateArray());
        Assert.Equal(resourceB, entryB.GetProperty("resourceId").GetGuid());
        Assert.Equal("idle", entryB.GetProperty("state").GetString());
        Assert.Null(board.Latest(b.EnterpriseId, "lathe-07"));

        var utilisation = await a.Client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/machines/{resourceA}/utilisation?from=2026-03-01T00:00:00%2B08:00&to=2026-03-02T00:00:00%2B08:00", Api.Json, Ct);
        Assert.Equal(30, utilisation.GetProperty("busyMinutes").GetDouble(), 6);
        Assert.Equal(3, utilisation.GetProperty("partCountIncrements").GetInt64());
        var othersView = await b.Client.GetAsync($"/api/v1/machines/{resourceA}/utilisation?from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z", Ct);
        await Api.ProblemAsync(othersView, HttpStatusCode.NotFound);
        using var operatorClient = await Api.OperatorAsync(app);
        var all = await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/machines/board", Api.Json, Ct);
        Assert.Contains(all.EnumerateArray(), e => e.GetProperty("resourceId").GetGuid() == resourceA);
        Assert.Contains(all.EnumerateArray(), e => e.GetProperty("resourceId").GetGuid() == resourceB);
    }

    [Fact]
    public async Task A_disabled_connection_rejects_reports_and_only_its_owner_can_switch_it()
    {
        var provider = await Api.MemberAsync(app);
        var rival = await Api.MemberAsync(app);
        var resourceId = await ResourceAsync(provider.Client);
        var created = await ConnectMqttAsync(provider.Client, resourceId, "press-2");
        var connectionId = (await created.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct)).GetProperty("id").GetGuid();
        var board = app.Factory.Services.GetRequiredService<MachineStatusBoard>();

        var foreign = await rival.Client.PutAsJsonAsync($"/api/v1/machines/connections/{connectionId}/enabled", new { enabled = false }, Ct);
        await Api.ProblemAsync(foreign, HttpStatusCode.NotFound);
        var disabled = await provider.Client.PutAsJsonAsync($"/api/v1/machines/connections/{connectionId}/enabled", new { enabled = false }, Ct);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        await board.AcceptAsync(Report(provider.EnterpriseId, "press-2", "2026-03-01T08:00:00Z", "ACTIVE"), Ct);

        var entries = await provider.Client.GetFromJsonAsync<JsonElement>("/api/v1/machines/board", Api.Json, Ct);
        Assert.Equal(0, entries.GetArrayLength());
        Assert.Null(board.Latest(provider.EnterpriseId, "press-2"));
    }

    [Fact]
    public async Task Free_windows_exclude_the_time_the_machine_reported_busy()
    {
        var provider = await Api.MemberAsync(app);
        var resourceId = await ResourceAsync(provider.Client); // publishes 2026-12-07 to 2026-12-12 (UTC) as idle
        Assert.Equal(HttpStatusCode.Created, (await ConnectMqttAsync(provider.Client, resourceId, "qtn-300")).StatusCode);
        var board = app.Factory.Services.GetRequiredService<MachineStatusBoard>();
        await board.AcceptAsync(Report(provider.EnterpriseId, "qtn-300", "2026-12-08T08:00:00Z", "ACTIVE"), Ct);
        await board.AcceptAsync(Report(provider.EnterpriseId, "qtn-300", "2026-12-08T10:00:00Z", "READY"), Ct);
        await board.AcceptAsync(Report(provider.EnterpriseId, "qtn-300", "2026-12-08T11:00:00Z", "READY"), Ct);

        var free = await provider.Client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/machines/{resourceId}/free-windows?from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z", Api.Json, Ct);

        var windows = free.GetProperty("free").EnumerateArray()
            .Select(w => (w.GetProperty("start").GetDateTimeOffset(), w.GetProperty("end").GetDateTimeOffset())).ToList();
        Assert.Equal(
            [(At("2026-12-07T00:00:00Z"), At("2026-12-08T08:00:00Z")), (At("2026-12-08T10:00:00Z"), At("2026-12-12T00:00:00Z"))],
            windows);
        Assert.Equal(1, free.GetProperty("busy").GetArrayLength());
        var demander = await Api.MemberAsync(app, ["demander"]);
        var market = await demander.Client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/machines/{resourceId}/free-windows?from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z", Api.Json, Ct);
        Assert.Equal(2, market.GetProperty("free").GetArrayLength());
        Assert.Equal(0, market.GetProperty("busy").GetArrayLength());
        var missingPeriod = await provider.Client.GetAsync($"/api/v1/machines/{resourceId}/free-windows", Ct);
        var problem = await Api.ProblemAsync(missingPeriod, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "from"));
    }

    [Fact]
    public async Task Runner_polls_a_real_agent_and_the_utilisation_endpoint_reports_the_stored_intervals()
    {
        await using var agent = await ReplayAgent.StartAsync(Ct);
        await using var host = NewApp();
        host.Settings["Machines:Runner:Enabled"] = "true";
        host.Settings["Machines:Runner:RefreshInterval"] = "00:00:00.200";
        host.Settings["Machines:MTConnect:PollInterval"] = "00:00:00.050";
        await host.InitializeAsync();
        var provider = await Api.MemberAsync(host);
        var resourceId = await ResourceAsync(provider.Client);
        var connect = await provider.Client.PostAsJsonAsync("/api/v1/machines/connections",
            new { resourceId, source = "mtconnect", agentUrl = agent.BaseUri.AbsoluteUri, device = "Mazak03" }, Ct);
        Assert.Equal(HttpStatusCode.Created, connect.StatusCode);
        var expected = ExpectedReplay();
        var expectedMinutes = expected.BusyMinutes + expected.IdleMinutes + expected.OfflineMinutes;
        var url = $"/api/v1/machines/{resourceId}/utilisation?from=2019-06-19T00:00:00Z&to=2019-06-20T00:00:00Z";

        JsonElement utilisation = default;
        for (var deadline = DateTime.UtcNow.AddMinutes(3); DateTime.UtcNow < deadline; await Task.Delay(500, Ct))
        {
            utilisation = await provider.Client.GetFromJsonAsync<JsonElement>(url, Api.Json, Ct);
            var stored = utilisation.GetProperty("busyMinutes").GetDouble() + utilisation.GetProperty("idleMinutes").GetDouble()
                + utilisation.GetProperty("offlineMinutes").GetDouble();
            if (stored >= expectedMinutes - 1e-6) break;
        }

        Assert.Equal(expected.BusyMinutes, utilisation.GetProperty("busyMinutes").GetDouble(), 3);
        Assert.Equal(expected.IdleMinutes, utilisation.GetProperty("idleMinutes").GetDouble(), 3);
        Assert.Equal(expected.OfflineMinutes, utilisation.GetProperty("offlineMinutes").GetDouble(), 3);
        Assert.Equal(expected.Utilisation!.Value, utilisation.GetProperty("utilisation").GetDouble(), 6);
        Assert.True(expected.BusyMinutes > 10, "the replayed day has real busy time");
        var board = await provider.Client.GetFromJsonAsync<JsonElement>("/api/v1/machines/board", Api.Json, Ct);
        Assert.Equal(resourceId, Assert.Single(board.EnumerateArray()).GetProperty("resourceId").GetGuid());
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var cursor = await scope.ServiceProvider.GetRequiredService<AppDbContext>().MachineConnections.AsNoTracking()
            .SingleAsync(c => c.ResourceId == resourceId, Ct);
        Assert.Equal(ReplayAgent.RealInstanceId, cursor.InstanceId);
        Assert.True(cursor.NextSequence > 6001, $"the cursor moved past the current document (at {cursor.NextSequence})");
    }

    /// <summary>What the replay agent serves from sequence 6001 on, after its current at 6000, read without the poller.</summary>
    private static MachineTimeline ExpectedReplay()
    {
        using var probeFile = File.OpenRead(RealMTConnectFiles.Path("mazak03_probe.xml"));
        var probe = (ProbeDocument)MTConnectReader.Read(probeFile, null, "probe");
        using var currentFile = File.OpenRead(RealMTConnectFiles.Path("mazak03_current_at6000_active.xml"));
        var current = (StreamsDocument)MTConnectReader.Read(currentFile, probe, "current");
        using var sampleFile = File.OpenRead(RealMTConnectFiles.Path("mazak03_sample_states_day.xml"));
        var sample = (StreamsDocument)MTConnectReader.Read(sampleFile, probe, "sample");
        var tracker = new MachineStatusTracker();
        foreach (var observation in current.Observations) tracker.Apply(observation);
        var observations = tracker.CurrentAll().ToList();
        foreach (var observation in sample.Observations.Where(o => o.Sequence > 6000 && o.Sequence <= 25154).OrderBy(o => o.Sequence))
        {
            if (tracker.Apply(observation) is { } status) observations.Add(status);
        }

        return MachineTimeline.Build("Mazak03", observations.Where(o => o.Machine == "Mazak03"));
    }

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}

[Collection(SqliteCollection.Name)]
public sealed class MachineConnectionTestsOnSqlite(SqliteApp app) : MachineConnectionTests(app)
{
    protected override CofabApp NewApp() => new SqliteApp();
}

[Collection(PostgresCollection.Name)]
public sealed class MachineConnectionTestsOnPostgres(PostgresApp app) : MachineConnectionTests(app)
{
    protected override CofabApp NewApp() => new PostgresApp();
}
