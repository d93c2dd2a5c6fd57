using System.Globalization;

namespace Cofab.Scheduling.Benchmarks;

public sealed record BestKnown(string Set, string Instance, string File, long UpperBound, long LowerBound, string Status);

/// <summary>
/// The best-known bounds of bks.csv (columns set, instance, file, jobs, machines, ops, ub, lb, status, …), looked up by
/// the file path relative to the benchmarks folder. Used for reporting only; the solver never sees it.
/// </summary>
public sealed class BestKnownTable
{
    private readonly Dictionary<string, BestKnown> _byFile;

    private BestKnownTable(Dictionary<string, BestKnown> byFile, string root)
    {
        _byFile = byFile;
        Root = root;
    }

    /// <summary>The folder bks.csv lives in; file paths in the table are relative to it.</summary>
    public string Root { get; }

    public static BestKnownTable? Load(string csvPath)
    {
        if (!System.IO.File.Exists(csvPath))
        {
            return null;
        }

        var rows = new Dictionary<string, BestKnown>(StringComparer.Ordinal);
        var lines = System.IO.File.ReadAllLines(csvPath);
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        var (set, instance, file, ub, lb, status) = (Col("set"), Col("instance"), Col("file"), Col("ub"), Col("lb"), Col("status"));
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var c = line.Split(',');
            if (long.TryParse(c[ub], NumberStyles.Integer, CultureInfo.InvariantCulture, out var u)
                && long.TryParse(c[lb], NumberStyles.Integer, CultureInfo.InvariantCulture, out var l))
            {
                rows[c[file]] = new BestKnown(c[set], c[instance], c[file], u, l, c[status]);
            }
        }

        return new BestKnownTable(rows, Path.GetDirectoryName(Path.GetFullPath(csvPath))!);
    }

    /// <summary>Finds bks.csv in <paramref name="folder"/> or the nearest folder above it.</summary>
    public static BestKnownTable? FindFor(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bks.csv");
            if (System.IO.File.Exists(candidate))
            {
                return Load(candidate);
            }
        }

        return null;
    }

    public BestKnown? For(string instancePath)
    {
        var relative = Path.GetRelativePath(Root, Path.GetFullPath(instancePath)).Replace('\\', '/');
        return _byFile.GetValueOrDefault(relative);
    }
}
