namespace Cofab.IntegrationTests.Machines;

/// <summary>The shared Mazak03 documents: $COFAB_SHARED/realdata/mtconnect, else "shared/realdata/mtconnect" above the binaries.</summary>
internal static class RealMTConnectFiles
{
    private static readonly string? Root = Locate();

    public static string Path(string name)
    {
        Assert.SkipWhen(Root is null, "shared real data not found (set COFAB_SHARED)");
        return System.IO.Path.Combine(Root!, name);
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("COFAB_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(System.IO.Path.Combine(fromEnv, "realdata", "mtconnect")))
        {
            return System.IO.Path.Combine(fromEnv, "realdata", "mtconnect");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "realdata", "mtconnect");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
