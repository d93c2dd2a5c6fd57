using Cofab.Core.MachineData;

namespace Cofab.Tests.MachineData;

/// <summary>
/// The Mazak03 documents of the shared real-data folder: $COFAB_SHARED/realdata/mtconnect, else a
/// "shared/realdata/mtconnect" folder above the test binaries. Never copied into the repository.
/// </summary>
internal static class RealMTConnect
{
    public static string? Root { get; } = Locate();

    public static string File(string name)
    {
        Assert.SkipWhen(Root is null, "shared real data not found (set COFAB_SHARED)");
        return Path.Combine(Root!, name);
    }

    public static ProbeDocument Probe()
    {
        using var stream = System.IO.File.OpenRead(File("mazak03_probe.xml"));
        return MTConnectReader.ReadProbe(stream, "mazak03_probe.xml");
    }

    public static StreamsDocument Streams(string name, ProbeDocument? probe)
    {
        using var stream = System.IO.File.OpenRead(File(name));
        return MTConnectReader.ReadStreams(stream, probe, name);
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("COFAB_SHARED");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(Path.Combine(fromEnv, "realdata", "mtconnect")))
        {
            return Path.Combine(fromEnv, "realdata", "mtconnect");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "realdata", "mtconnect");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
