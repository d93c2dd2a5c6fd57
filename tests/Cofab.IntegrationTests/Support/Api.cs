using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cofab.Core.Members;

namespace Cofab.IntegrationTests.Support;

/// <summary>A registered member with a signed-in client, as a test sees it.</summary>
public sealed record Member(Guid EnterpriseId, string Email, string Password, HttpClient Client);

/// <summary>Speaks to the API the way an ERP integration would: JSON over HTTP with a bearer token.</summary>
public static class Api
{
    public const string Password = "Factory#Pass2026";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static int _sequence;

    /// <summary>A valid unified social credit code that no other test uses (check character per GB 32100).</summary>
    public static string NewCreditCode(string divisionCode = "330206")
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var random = Random.Shared;
        var organisation = new string(Enumerable.Range(0, 9).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var first17 = "91" + divisionCode + organisation;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    public static object RegistrationBody(string email, string creditCode, string[] roles, string name = "宁波测试精密机械有限公司") => new
    {
        enterpriseName = name,
        creditCode,
        divisionCode = "330206",
        address = "浙江省宁波市北仑区新碶街道明州路 88 号",
        latitude = 29.899,
        longitude = 121.844,
        industry = "Precision machining",
        roles,
        email,
        password = Password,
        displayName = "王工",
        contactName = "王建国",
        contactPhone = "+86 574 8686 0000",
    };

    public static async Task<HttpClient> LoginAsync(CofabApp app, string email, string password)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    public static Task<HttpClient> OperatorAsync(CofabApp app) => LoginAsync(app, CofabApp.OperatorEmail, CofabApp.OperatorPassword);

    /// <summary>Registers a member and signs its first user in; approved by the operator unless told otherwise.</summary>
    public static async Task<Member> MemberAsync(CofabApp app, string[]? roles = null, bool approve = true)
    {
        var email = $"user{Interlocked.Increment(ref _sequence)}-{Guid.NewGuid():N}@factory.test";
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/register", RegistrationBody(email, NewCreditCode(), roles ?? ["provider"]));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var enterpriseId = registered.GetProperty("enterpriseId").GetGuid();
        if (approve) await ApproveAsync(app, enterpriseId);
        return new Member(enterpriseId, email, Password, await LoginAsync(app, email, Password));
    }

    public static async Task ApproveAsync(CofabApp app, Guid enterpriseId)
    {
        using var operatorClient = await OperatorAsync(app);
        var member = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/members/{enterpriseId}", Json);
        var version = member.GetProperty("version").GetGuid();
        var decision = await operatorClient.PostAsJsonAsync($"/api/v1/members/{enterpriseId}/decision", new { approve = true, note = "Documents checked", version });
        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
    }

    /// <summary>Reads a ProblemDetails body and checks it is one (RFC 9457 media type, status matching).</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    public static string[] FieldErrors(JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToArray()
            : [];
}
