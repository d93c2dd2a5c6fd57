using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.IntegrationTests.Support;

namespace Cofab.IntegrationTests.Members;

public abstract class MembershipTests(CofabApp app)
{
    [Fact]
    public async Task Register_creates_a_pending_member_that_the_operator_can_approve()
    {
        var member = await Api.MemberAsync(app, approve: false);

        var own = await member.Client.GetFromJsonAsync<JsonElement>($"/api/v1/members/{member.EnterpriseId}", Api.Json, TestContext.Current.CancellationToken);
        Assert.Equal("pending", own.GetProperty("public").GetProperty("status").GetString());

        await Api.ApproveAsync(app, member.EnterpriseId);
        var approved = await member.Client.GetFromJsonAsync<JsonElement>($"/api/v1/members/{member.EnterpriseId}", Api.Json, TestContext.Current.CancellationToken);
        Assert.Equal("approved", approved.GetProperty("public").GetProperty("status").GetString());
        Assert.NotNull(approved.GetProperty("decidedAt").GetString());
    }

    [Fact]
    public async Task Register_rejects_a_credit_code_with_a_wrong_check_character_naming_the_field()
    {
        var client = app.CreateClient();
        var valid = Api.NewCreditCode();
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');

        var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            Api.RegistrationBody($"{Guid.NewGuid():N}@factory.test", wrong, ["provider"]), TestContext.Current.CancellationToken);

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Api.FieldErrors(problem, "creditCode"), m => m.Contains("check character", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Register_refuses_a_credit_code_already_registered_and_creates_no_user()
    {
        var client = app.CreateClient();
        var code = Api.NewCreditCode();
        var first = await client.PostAsJsonAsync("/api/v1/auth/register", Api.RegistrationBody($"{Guid.NewGuid():N}@factory.test", code, ["provider"]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var secondEmail = $"{Guid.NewGuid():N}@factory.test";

        var second = await client.PostAsJsonAsync("/api/v1/auth/register", Api.RegistrationBody(secondEmail, code, ["demander"]), TestContext.Current.CancellationToken);

        await Api.ProblemAsync(second, HttpStatusCode.Conflict);
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = secondEmail, password = Api.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task Register_with_a_weak_password_leaves_no_enterprise_behind()
    {
        var client = app.CreateClient();
        var code = Api.NewCreditCode();
        var body = JsonSerializer.SerializeToNode(Api.RegistrationBody($"{Guid.NewGuid():N}@factory.test", code, ["provider"]))!;
        body["password"] = "short";

        var response = await client.PostAsJsonAsync("/api/v1/auth/register", body, TestContext.Current.CancellationToken);

        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "password"));
        var retry = await client.PostAsJsonAsync("/api/v1/auth/register", Api.RegistrationBody($"{Guid.NewGuid():N}@factory.test", code, ["provider"]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
    }

    [Fact]
    public async Task Register_refuses_the_operator_role()
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            Api.RegistrationBody($"{Guid.NewGuid():N}@factory.test", Api.NewCreditCode(), ["operator"]), TestContext.Current.CancellationToken);
        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "roles"));
    }

    [Fact]
    public async Task A_member_cannot_read_another_members_private_record_but_sees_its_public_profile()
    {
        var alice = await Api.MemberAsync(app);
        var bob = await Api.MemberAsync(app);

        var full = await bob.Client.GetAsync($"/api/v1/members/{alice.EnterpriseId}", TestContext.Current.CancellationToken);
        await Api.ProblemAsync(full, HttpStatusCode.Forbidden);

        var profile = await bob.Client.GetFromJsonAsync<JsonElement>($"/api/v1/members/{alice.EnterpriseId}/public", Api.Json, TestContext.Current.CancellationToken);
        Assert.Equal(alice.EnterpriseId, profile.GetProperty("id").GetGuid());
        Assert.False(profile.TryGetProperty("contactPhone", out _));
    }

    [Fact]
    public async Task A_member_cannot_change_another_members_profile()
    {
        var alice = await Api.MemberAsync(app);
        var bob = await Api.MemberAsync(app);
        var response = await bob.Client.PutAsJsonAsync($"/api/v1/members/{alice.EnterpriseId}", ProfileUpdate("Hijacked Ltd", Guid.NewGuid()), TestContext.Current.CancellationToken);
        await Api.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Profile_update_with_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var member = await Api.MemberAsync(app);
        var record = await member.Client.GetFromJsonAsync<JsonElement>($"/api/v1/members/{member.EnterpriseId}", Api.Json, TestContext.Current.CancellationToken);
        var version = record.GetProperty("version").GetGuid();
        var first = await member.Client.PutAsJsonAsync($"/api/v1/members/{member.EnterpriseId}", ProfileUpdate("宁波新名称有限公司", version), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var stale = await member.Client.PutAsJsonAsync($"/api/v1/members/{member.EnterpriseId}", ProfileUpdate("Stale Name Ltd", version), TestContext.Current.CancellationToken);

        await Api.ProblemAsync(stale, HttpStatusCode.Conflict);
        var after = await member.Client.GetFromJsonAsync<JsonElement>($"/api/v1/members/{member.EnterpriseId}", Api.Json, TestContext.Current.CancellationToken);
        Assert.Equal("宁波新名称有限公司", after.GetProperty("public").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Only_the_operator_decides_membership()
    {
        var applicant = await Api.MemberAsync(app, approve: false);
        var other = await Api.MemberAsync(app);
        var response = await other.Client.PostAsJsonAsync($"/api/v1/members/{applicant.EnterpriseId}/decision",
            new { approve = true, note = "self-service", version = Guid.NewGuid() }, TestContext.Current.CancellationToken);
        await Api.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Pending_members_are_listed_for_the_operator_only()
    {
        var applicant = await Api.MemberAsync(app, approve: false);
        var other = await Api.MemberAsync(app);
        using var operatorClient = await Api.OperatorAsync(app);

        var forOperator = await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/members?status=pending&pageSize=200", Api.Json, TestContext.Current.CancellationToken);
        Assert.Contains(forOperator.GetProperty("items").EnumerateArray(), m => m.GetProperty("id").GetGuid() == applicant.EnterpriseId);

        var forMember = await other.Client.GetAsync("/api/v1/members?status=pending", TestContext.Current.CancellationToken);
        await Api.ProblemAsync(forMember, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_operators_look_at_a_private_record_is_recorded_and_shown_to_the_member()
    {
        var member = await Api.MemberAsync(app);
        const string privateReads = "/api/v1/audit?action=member.private-read";
        var before = (await member.Client.GetFromJsonAsync<JsonElement>(privateReads, Api.Json, TestContext.Current.CancellationToken)).GetProperty("total").GetInt32();
        using var operatorClient = await Api.OperatorAsync(app);
        var read = await operatorClient.GetAsync($"/api/v1/members/{member.EnterpriseId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);

        var trail = await member.Client.GetFromJsonAsync<JsonElement>(privateReads, Api.Json, TestContext.Current.CancellationToken);

        Assert.Equal(before + 1, trail.GetProperty("total").GetInt32());
        var newest = trail.GetProperty("items")[0];
        Assert.Equal(member.EnterpriseId.ToString(), newest.GetProperty("subjectId").GetString());
        Assert.NotEqual(member.EnterpriseId, newest.GetProperty("actorEnterpriseId").GetGuid());
    }

    [Fact]
    public async Task A_member_sees_only_the_audit_trail_of_its_own_data()
    {
        var alice = await Api.MemberAsync(app);
        var bob = await Api.MemberAsync(app);
        var created = await alice.Client.PostAsJsonAsync("/api/v1/resources", Resources.ResourceTests.Machine("Audited mill"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var bobsTrail = await bob.Client.GetFromJsonAsync<JsonElement>("/api/v1/audit?pageSize=200", Api.Json, TestContext.Current.CancellationToken);
        Assert.All(bobsTrail.GetProperty("items").EnumerateArray(), e => Assert.Equal(bob.EnterpriseId, e.GetProperty("ownerEnterpriseId").GetGuid()));
        var alicesTrail = await alice.Client.GetFromJsonAsync<JsonElement>("/api/v1/audit?action=resource.created", Api.Json, TestContext.Current.CancellationToken);
        Assert.Equal(1, alicesTrail.GetProperty("total").GetInt32());
    }

    private static object ProfileUpdate(string name, Guid version) => new
    {
        name,
        address = "浙江省宁波市北仑区",
        latitude = 29.9,
        longitude = 121.8,
        industry = "Moulds",
        contactName = "李工",
        contactPhone = "13800000000",
        certifications = new[] { new { standard = "ISO 9001", number = "CN-QMS-001", issuer = "CQC", validUntil = "2028-06-30" } },
        version,
    };
}

[Collection(SqliteCollection.Name)]
public sealed class MembershipTestsOnSqlite(SqliteApp app) : MembershipTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MembershipTestsOnPostgres(PostgresApp app) : MembershipTests(app);
