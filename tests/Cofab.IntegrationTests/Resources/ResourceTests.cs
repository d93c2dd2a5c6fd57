using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Resources;

public abstract class ResourceTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static JsonObject Machine(string name, string visibility = "published", string assetNumber = "") => new()
    {
        ["kind"] = "machine",
        ["name"] = name,
        ["assetNumber"] = assetNumber.Length > 0 ? assetNumber : "EQ-" + Guid.NewGuid().ToString("N")[..8],
        ["manufacturer"] = "DMG MORI",
        ["model"] = "DMU 50 3rd Generation",
        ["visibility"] = visibility,
        ["dataLevel"] = "internal",
        ["capabilities"] = new JsonArray(new JsonObject
        {
            ["processCode"] = "machining.milling.5axis",
            ["envelopeXMm"] = 650,
            ["envelopeYMm"] = 520,
            ["envelopeZMm"] = 475,
            ["toleranceMm"] = 0.01,
            ["materials"] = new JsonArray("aluminium 6061", "steel 45#", "titanium TC4"),
            ["maxWeightKg"] = 300,
            ["minBatch"] = 1,
            ["maxBatch"] = 5000,
            ["unitTimeMin"] = 12.5,
            ["setupTimeMin"] = 90,
        }),
        ["prices"] = new JsonArray(new JsonObject { ["model"] = "perHour", ["rate"] = 260, ["setupCharge"] = 300, ["currency"] = "CNY" }),
        ["idleWindows"] = new JsonArray(new JsonObject { ["start"] = "2026-12-07T00:00:00Z", ["end"] = "2026-12-12T00:00:00Z", ["note"] = "night shift free" }),
    };

    private static async Task<JsonElement> CreateAsync(HttpClient client, JsonObject body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/resources", body, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    [Fact]
    public async Task Provider_registers_a_machine_and_reads_it_back_whole()
    {
        var provider = await Api.MemberAsync(app);
        var created = await CreateAsync(provider.Client, Machine("五轴加工中心 DMU50"));

        var read = await provider.Client.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{created.GetProperty("id").GetGuid()}", Api.Json, Ct);

        Assert.Equal("五轴加工中心 DMU50", read.GetProperty("name").GetString());
        var capability = read.GetProperty("capabilities")[0];
        Assert.Equal("machining.milling.5axis", capability.GetProperty("processCode").GetString());
        Assert.Equal(0.01m, capability.GetProperty("toleranceMm").GetDecimal());
        Assert.Equal(3, capability.GetProperty("materials").GetArrayLength());
        Assert.Equal(260m, read.GetProperty("prices")[0].GetProperty("rate").GetDecimal());
        Assert.Equal(DateTimeOffset.Parse("2026-12-07T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            read.GetProperty("idleWindows")[0].GetProperty("start").GetDateTimeOffset());
        Assert.Equal(29.899, read.GetProperty("latitude").GetDouble(), 3);
    }

    [Fact]
    public async Task Invalid_resource_yields_problem_details_naming_each_field_and_saves_nothing()
    {
        var provider = await Api.MemberAsync(app);
        var body = Machine("");
        body["capabilities"]![0]!["toleranceMm"] = -0.01;
        body["capabilities"]![0]!["processCode"] = "machining.teleportation";
        body["prices"]![0]!["rate"] = 0;

        var response = await provider.Client.PostAsJsonAsync("/api/v1/resources", body, Ct);

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "name"));
        Assert.NotEmpty(Api.FieldErrors(problem, "capabilities[0].toleranceMm"));
        Assert.NotEmpty(Api.FieldErrors(problem, "capabilities[0].processCode"));
        Assert.NotEmpty(Api.FieldErrors(problem, "prices[0].rate"));
        var mine = await provider.Client.GetFromJsonAsync<JsonElement>("/api/v1/resources?scope=mine", Api.Json, Ct);
        Assert.Equal(0, mine.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Asset_numbers_are_unique_within_an_enterprise()
    {
        var provider = await Api.MemberAsync(app);
        await CreateAsync(provider.Client, Machine("A", assetNumber: "NB-001"));
        var duplicate = await provider.Client.PostAsJsonAsync("/api/v1/resources", Machine("B", assetNumber: "NB-001"), Ct);
        var problem = await Api.ProblemAsync(duplicate, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "assetNumber"));

        var other = await Api.MemberAsync(app);
        await CreateAsync(other.Client, Machine("C", assetNumber: "NB-001"));
    }

    [Fact]
    public async Task A_member_cannot_see_another_members_private_resource_nor_change_a_published_one()
    {
        var owner = await Api.MemberAsync(app);
        var rival = await Api.MemberAsync(app);
        var hidden = await CreateAsync(owner.Client, Machine("Secret prototype line", visibility: "private"));
        var shown = await CreateAsync(owner.Client, Machine("Published lathe"));

        await Api.ProblemAsync(await rival.Client.GetAsync($"/api/v1/resources/{hidden.GetProperty("id").GetGuid()}", Ct), HttpStatusCode.NotFound);

        var visible = await rival.Client.GetFromJsonAsync<JsonElement>($"/api/v1/resources/{shown.GetProperty("id").GetGuid()}", Api.Json, Ct);
        Assert.Equal(JsonValueKind.Null, visible.GetProperty("assetNumber").ValueKind);

        var update = Machine("Stolen", assetNumber: "X-1");
        update["version"] = shown.GetProperty("version").GetGuid();
        await Api.ProblemAsync(await rival.Client.PutAsJsonAsync($"/api/v1/resources/{shown.GetProperty("id").GetGuid()}", update, Ct), HttpStatusCode.NotFound);
        await Api.ProblemAsync(await rival.Client.DeleteAsync($"/api/v1/resources/{shown.GetProperty("id").GetGuid()}", Ct), HttpStatusCode.NotFound);

        var market = await rival.Client.GetFromJsonAsync<JsonElement>("/api/v1/resources?scope=market&search=secret prototype", Api.Json, Ct);
        Assert.Equal(0, market.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Market_search_finds_published_resources_by_process_including_sub_processes()
    {
        var owner = await Api.MemberAsync(app);
        var searcher = await Api.MemberAsync(app, ["demander"]);
        var tag = Guid.NewGuid().ToString("N")[..10];
        await CreateAsync(owner.Client, Machine($"Mill {tag}"));

        var byParent = await searcher.Client.GetFromJsonAsync<JsonElement>($"/api/v1/resources?scope=market&processCode=machining.milling&search={tag}", Api.Json, Ct);
        var byOther = await searcher.Client.GetFromJsonAsync<JsonElement>($"/api/v1/resources?scope=market&processCode=machining.turning&search={tag}", Api.Json, Ct);
        var byMaterial = await searcher.Client.GetFromJsonAsync<JsonElement>($"/api/v1/resources?scope=market&material=titanium TC4&search={tag}", Api.Json, Ct);

        Assert.Equal(1, byParent.GetProperty("total").GetInt32());
        Assert.Contains("machining.milling.5axis", byParent.GetProperty("items")[0].GetProperty("processes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0, byOther.GetProperty("total").GetInt32());
        Assert.Equal(1, byMaterial.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_pending_member_may_keep_private_resources_but_not_publish()
    {
        var pending = await Api.MemberAsync(app, approve: false);
        await CreateAsync(pending.Client, Machine("Private mill", visibility: "private"));
        var publish = await pending.Client.PostAsJsonAsync("/api/v1/resources", Machine("Public mill"), Ct);
        var problem = await Api.ProblemAsync(publish, HttpStatusCode.Forbidden);
        Assert.Contains("approval", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Update_with_a_stale_version_is_a_conflict()
    {
        var provider = await Api.MemberAsync(app);
        var created = await CreateAsync(provider.Client, Machine("Lathe"));
        var id = created.GetProperty("id").GetGuid();
        var update = Machine("Lathe, renamed", assetNumber: created.GetProperty("assetNumber").GetString()!);
        update["version"] = created.GetProperty("version").GetGuid();
        var first = await provider.Client.PutAsJsonAsync($"/api/v1/resources/{id}", update, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await provider.Client.PutAsJsonAsync($"/api/v1/resources/{id}", update, Ct);
        await Api.ProblemAsync(second, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Delete_removes_a_resource()
    {
        var provider = await Api.MemberAsync(app);
        var created = await CreateAsync(provider.Client, Machine("Old press"));
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await provider.Client.DeleteAsync($"/api/v1/resources/{id}", Ct)).StatusCode);
        await Api.ProblemAsync(await provider.Client.GetAsync($"/api/v1/resources/{id}", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_operator_lists_every_resource()
    {
        var provider = await Api.MemberAsync(app);
        await Api.ProblemAsync(await provider.Client.GetAsync("/api/v1/resources?scope=all", Ct), HttpStatusCode.Forbidden);
        using var operatorClient = await Api.OperatorAsync(app);
        var all = await operatorClient.GetAsync("/api/v1/resources?scope=all", Ct);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
    }

    [Fact]
    public async Task Paging_outside_limits_is_a_validation_problem()
    {
        var provider = await Api.MemberAsync(app);
        var problem = await Api.ProblemAsync(await provider.Client.GetAsync("/api/v1/resources?pageSize=5000", Ct), HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "pageSize"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ResourceTestsOnSqlite(SqliteApp app) : ResourceTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ResourceTestsOnPostgres(PostgresApp app) : ResourceTests(app);
