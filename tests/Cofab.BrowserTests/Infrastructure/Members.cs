using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cofab.Core.Members;

namespace Cofab.BrowserTests.Infrastructure;

/// <summary>A member enterprise's first user, as a test signs in with it.</summary>
public sealed record TestMember(Guid EnterpriseId, string Email, string Password, string DisplayName, string EnterpriseName);

/// <summary>
/// Creates members the way a real one comes about, through the public HTTP API: the enterprise applies, the operator
/// signs in with a bearer token and approves it. Each test gets its own enterprise, so tests never see each other's data.
/// </summary>
public sealed class Members(Uri baseAddress) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };

    /// <summary>The bootstrap operator, created by the platform at start-up.</summary>
    public static TestMember Operator { get; } = new(Guid.Empty, CofabServer.OperatorEmail, CofabServer.OperatorPassword, "Platform operator", "Cofab 平台运营方");

    public async Task<TestMember> CreateApprovedProviderAsync(string displayName, CancellationToken ct)
    {
        var member = await ApplyAsProviderAsync(displayName, ct);
        var token = await OperatorTokenAsync(ct);
        using var read = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/members/{member.EnterpriseId}");
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var profile = await _http.SendAsync(read, ct);
        await EnsureSuccessAsync(profile, ct);
        var version = (await profile.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("version").GetGuid();

        using var decide = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/members/{member.EnterpriseId}/decision")
        {
            Content = JsonContent.Create(new { approve = true, note = (string?)null, version }, options: Json),
        };
        decide.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var decision = await _http.SendAsync(decide, ct);
        await EnsureSuccessAsync(decision, ct);
        return member;
    }

    /// <summary>An enterprise that has applied and waits for the operator's decision.</summary>
    public async Task<TestMember> ApplyAsProviderAsync(string displayName, CancellationToken ct)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var member = new TestMember(Guid.Empty, $"provider-{suffix}@browser.test", "Provider-Pass-2026", displayName, $"宁波精工机械有限公司 {suffix}");
        using var registration = await _http.PostAsJsonAsync("/api/v1/auth/register", new
        {
            enterpriseName = member.EnterpriseName,
            creditCode = NewCreditCode(),
            divisionCode = "330206",
            address = "浙江省宁波市北仑区新碶街道",
            latitude = 29.899,
            longitude = 121.844,
            industry = "通用设备制造",
            roles = new[] { "provider", "demander" },
            email = member.Email,
            password = member.Password,
            displayName,
            preferredCulture = "zh-CN",
        }, Json, ct);
        await EnsureSuccessAsync(registration, ct);
        var registered = await registration.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        var enterpriseId = registered.GetProperty("enterpriseId").GetGuid();
        return member with { EnterpriseId = enterpriseId };
    }

    public void Dispose() => _http.Dispose();

    private async Task<string> OperatorTokenAsync(CancellationToken ct)
    {
        using var login = await _http.PostAsJsonAsync("/api/v1/auth/login",
            new { email = CofabServer.OperatorEmail, password = CofabServer.OperatorPassword }, Json, ct);
        await EnsureSuccessAsync(login, ct);
        return (await login.Content.ReadFromJsonAsync<JsonElement>(Json, ct)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>A fresh, valid 统一社会信用代码 (company registered with market regulation, Beilun district).</summary>
    private static string NewCreditCode()
    {
        var organisation = string.Concat(Enumerable.Range(0, 9).Select(_ => UnifiedSocialCreditCode.Alphabet[Random.Shared.Next(10)]));
        var first17 = "91330206" + organisation;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} failed with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
    }
}
