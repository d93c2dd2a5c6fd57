using Xunit;

namespace Cofab.Tests.Scheduling;

/// <summary>
/// Finds the shared benchmark folder: $COFAB_SHARED/benchmarks, else a "shared/benchmarks" folder next to one of the
/// folders above the test binaries (the repository sits beside "shared" on the dev machine and in CI).
/// </summary>
internal static class SharedBenchmarks
{
    public static string? Root { get; } = Locate();

    public static string File(string relative)
    {
        Assert.SkipWhen(Root is null, "shared benchmarks not found (set COFAB_SHARED)");
        return Path.Combine(Root!, relative);
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("COFAB_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(Path.Combine(fromEnv, "benchmarks")))
        {
            return Path.Combine(fromEnv, "benchmarks");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "benchmarks");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
