namespace Cofab.IntegrationTests.Support;

/// <summary>
/// A test that needs an outside service skips with the reason on a developer's machine, but fails in CI,
/// where .ci/run is responsible for providing it.
/// </summary>
public static class Requirements
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(bool available, string reason)
    {
        if (available) return;
        if (InCi) Assert.Fail($"{reason} CI must provide it (.ci/run starts it).");
        Assert.Skip(reason);
    }
}
