using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Platform;

public abstract class PlatformTests(CofabApp app)
{
    [Theory]
    [InlineData("GET", "/api/v1/resources")]
    [InlineData("GET", "/api/v1/members")]
    [InlineData("GET", "/api/v1/calendars")]
    [InlineData("GET", "/api/v1/taxonomy")]
    [InlineData("GET", "/api/v1/groupings")]
    [InlineData("POST", "/api/v1/resources")]
    [InlineData("GET", "/api/v1/auth/me")]
    public async Task Unauthenticated_calls_are_refused_with_problem_details(string method, string path)
    {
        var client = app.CreateClient();
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null },
            TestContext.Current.CancellationToken);
        await Api.ProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_demo_region_loads_once_and_its_users_can_sign_in()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var load = scope.ServiceProvider.GetRequiredService<Cofab.Platform.Features.Demo.LoadDemoData>();
            var first = await load.HandleAsync(new Cofab.Platform.Features.Demo.DemoLoadOptions(), null, ct);
            var second = await load.HandleAsync(new Cofab.Platform.Features.Demo.DemoLoadOptions(), null, ct);
            Assert.True(first.Enterprises >= 40 && first.Resources >= 300, $"{first.Enterprises} enterprises, {first.Resources} resources");
            Assert.True(second.AlreadyLoaded);
        }

        using var demander = await Api.LoginAsync(app, "ops@nbyj-group.demo", Cofab.Platform.Features.Demo.LoadDemoData.DemoPassword);
        var market = await demander.GetFromJsonAsync<JsonElement>("/api/v1/resources?scope=market&processCode=machining.milling&pageSize=5", Api.Json, ct);
        Assert.True(market.GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public async Task The_migrations_of_this_provider_match_the_model()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Cofab.Platform.Data.AppDbContext>();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration for this provider; add one (see ADR 0003).");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_forged_bearer_token_is_refused()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        var response = await client.GetAsync("/api/v1/resources", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        var response = await app.CreateClient().GetFromJsonAsync<JsonElement>("/health", TestContext.Current.CancellationToken);
        Assert.Equal("Healthy", response.GetProperty("status").GetString());
        Assert.Equal("Healthy", response.GetProperty("checks").GetProperty("database").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_versioned_api()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/resources", paths);
        Assert.Contains("/api/v1/members/{id}", paths);
        Assert.Contains("/api/v1/machines/connections", paths);
        Assert.Contains("/api/v1/machines/{resourceId}/utilisation", paths);
        Assert.All(paths.Where(p => p.StartsWith("/api", StringComparison.Ordinal)), p => Assert.StartsWith("/api/v1/", p));
    }

    [Fact]
    public async Task Scalar_api_reference_is_served()
    {
        var response = await app.Factory.CreateClient().GetAsync("/scalar", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_with_a_wrong_password_is_refused_with_problem_details()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = CofabApp.OperatorEmail, password = "wrong-password" }, TestContext.Current.CancellationToken);
        var problem = await Api.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("password", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Malformed_json_yields_problem_details_naming_the_field()
    {
        var member = await Api.MemberAsync(app);
        using var content = new StringContent("""{"kind":"spaceship","name":"X","assetNumber":"A-1"}""", System.Text.Encoding.UTF8, "application/json");
        var response = await member.Client.PostAsync("/api/v1/resources", content, TestContext.Current.CancellationToken);
        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "kind"));
    }

    [Fact]
    public async Task A_refresh_token_yields_a_new_working_access_token_and_garbage_is_refused()
    {
        var member = await Api.MemberAsync(app);
        var client = app.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = member.Email, password = member.Password }, TestContext.Current.CancellationToken);
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var renewed = await refreshed.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new("Bearer", renewed.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Api.Json, TestContext.Current.CancellationToken);
        Assert.Equal(member.EnterpriseId, me.GetProperty("enterpriseId").GetGuid());

        var garbage = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "forged" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
    }

    [Fact]
    public async Task Me_tells_who_the_token_belongs_to()
    {
        var member = await Api.MemberAsync(app, ["provider", "demander"]);
        var me = await member.Client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Api.Json, TestContext.Current.CancellationToken);
        Assert.Equal(member.EnterpriseId, me.GetProperty("enterpriseId").GetGuid());
        Assert.Equal(["demander", "provider"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToArray());
    }

    [Fact]
    public async Task The_taxonomy_holds_the_seeded_process_tree()
    {
        var member = await Api.MemberAsync(app);
        var nodes = await member.Client.GetFromJsonAsync<JsonElement>("/api/v1/taxonomy", Api.Json, TestContext.Current.CancellationToken);
        var codes = nodes.EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToList();
        Assert.Contains("machining.milling.5axis", codes);
        Assert.Contains("inspection.cmm", codes);
    }

    [Fact]
    public async Task Only_the_operator_extends_the_taxonomy()
    {
        var member = await Api.MemberAsync(app);
        var code = "machining.milling.micro-" + Guid.NewGuid().ToString("N")[..6];
        var node = new { code, parentCode = "machining.milling", nameEn = "Micro milling", nameZh = "微细铣削", parameters = "envelope, tolerance" };
        var refused = await member.Client.PostAsJsonAsync("/api/v1/taxonomy", node, TestContext.Current.CancellationToken);
        await Api.ProblemAsync(refused, HttpStatusCode.Forbidden);

        using var operatorClient = await Api.OperatorAsync(app);
        var created = await operatorClient.PostAsJsonAsync("/api/v1/taxonomy", node, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var again = await operatorClient.PostAsJsonAsync("/api/v1/taxonomy", node, TestContext.Current.CancellationToken);
        await Api.ProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_operator_defines_clusters_that_members_can_see()
    {
        using var operatorClient = await Api.OperatorAsync(app);
        var name = $"Test cluster {Guid.NewGuid():N}";
        var created = await operatorClient.PostAsJsonAsync("/api/v1/groupings",
            new { kind = "cluster", name, nameZh = "测试产业集群", divisionCode = "331081", industry = "Auto parts" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var member = await Api.MemberAsync(app);
        var clusters = await member.Client.GetFromJsonAsync<JsonElement>("/api/v1/groupings?kind=cluster", Api.Json, TestContext.Current.CancellationToken);
        Assert.Contains(clusters.EnumerateArray(), c => c.GetProperty("name").GetString() == name);

        var refused = await member.Client.PostAsJsonAsync("/api/v1/groupings",
            new { kind = "park", name = "Mine", nameZh = "我的", divisionCode = "331081" }, TestContext.Current.CancellationToken);
        await Api.ProblemAsync(refused, HttpStatusCode.Forbidden);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformTestsOnSqlite(SqliteApp app) : PlatformTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlatformTestsOnPostgres(PostgresApp app) : PlatformTests(app);
