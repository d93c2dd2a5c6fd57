using System.Text.RegularExpressions;

namespace Cofab.Core.Taxonomy;

/// <summary>
/// A read-only view of the capability taxonomy: lookup by code, children, paths and descendant tests.
/// It tolerates a broken node list (so <see cref="Validate"/> can report what is wrong); the first node with a
/// given code wins lookups. Treat the nodes as immutable once handed over.
/// </summary>
public sealed partial class CapabilityTaxonomy
{
    private static readonly Lazy<CapabilityTaxonomy> LazyDefault = new(() => new CapabilityTaxonomy(DefaultTaxonomy.CreateNodes()));

    private readonly Dictionary<string, ProcessNode> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProcessNode>> _children = new(StringComparer.Ordinal);
    private readonly List<ProcessNode> _roots = [];

    public CapabilityTaxonomy(IEnumerable<ProcessNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Nodes = [.. nodes];
        foreach (var node in Nodes)
        {
            if (node.Code is null || !_byCode.TryAdd(node.Code, node))
            {
                continue;
            }

            if (node.ParentCode is null)
            {
                _roots.Add(node);
            }
            else
            {
                if (!_children.TryGetValue(node.ParentCode, out var list))
                {
                    _children[node.ParentCode] = list = [];
                }

                list.Add(node);
            }
        }

        _roots.Sort(BySortOrder);
        foreach (var list in _children.Values)
        {
            list.Sort(BySortOrder);
        }
    }

    /// <summary>The seeded tree of <see cref="DefaultTaxonomy"/>.</summary>
    public static CapabilityTaxonomy Default => LazyDefault.Value;

    public IReadOnlyList<ProcessNode> Nodes { get; }

    public IReadOnlyList<ProcessNode> Roots => _roots;

    public ProcessNode? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var node) ? node : null;

    public bool Contains(string? code) => Find(code) is not null;

    /// <summary>The direct children of a node in display order; the roots when <paramref name="code"/> is null.</summary>
    public IReadOnlyList<ProcessNode> Children(string? code) =>
        code is null ? _roots : _children.TryGetValue(code, out var list) ? list : [];

    public bool IsLeaf(string code) => Children(code).Count == 0;

    /// <summary>All nodes below <paramref name="code"/>, depth first, not including the node itself.</summary>
    public IReadOnlyList<ProcessNode> Descendants(string code)
    {
        var result = new List<ProcessNode>();
        var stack = new Stack<ProcessNode>(Children(code).Reverse());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (stack.TryPop(out var node))
        {
            if (!seen.Add(node.Code))
            {
                continue; // a cycle in broken data; Validate reports it
            }

            result.Add(node);
            foreach (var child in Children(node.Code).Reverse())
            {
                stack.Push(child);
            }
        }

        return result;
    }

    /// <summary>The nodes from the root down to <paramref name="code"/>; empty when the code is unknown.</summary>
    public IReadOnlyList<ProcessNode> Path(string code)
    {
        var path = new List<ProcessNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var node = Find(code); node is not null && seen.Add(node.Code); node = Find(node.ParentCode))
        {
            path.Add(node);
        }

        path.Reverse();
        return path;
    }

    /// <summary>
    /// Whether <paramref name="code"/> is <paramref name="ancestorCode"/> or lies below it, judged by whole dotted
    /// segments: <c>machining.milling.5axis</c> is below <c>machining.milling</c>, <c>machining.milling5</c> is not.
    /// Codes need not exist in any taxonomy; a valid taxonomy guarantees parent links agree with the codes.
    /// </summary>
    public static bool IsSameOrDescendant(string? code, string? ancestorCode)
    {
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(ancestorCode))
        {
            return false;
        }

        return code.Length == ancestorCode.Length
            ? string.Equals(code, ancestorCode, StringComparison.Ordinal)
            : code.Length > ancestorCode.Length
                && code[ancestorCode.Length] == '.'
                && code.StartsWith(ancestorCode, StringComparison.Ordinal);
    }

    /// <summary>
    /// Problems with the tree, in plain English; empty when it is sound. Checks code shape, uniqueness, that each
    /// parent exists and is the code's own prefix (which rules out cycles), and that both names are present.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            if (string.IsNullOrWhiteSpace(node.Code))
            {
                problems.Add($"A node named '{node.NameEn}' has no code.");
                continue;
            }

            if (!seen.Add(node.Code))
            {
                problems.Add($"The code '{node.Code}' is used by more than one node.");
            }

            if (!CodePattern().IsMatch(node.Code))
            {
                problems.Add($"The code '{node.Code}' must be lower-case segments of letters, digits and hyphens joined by dots.");
            }

            var lastDot = node.Code.LastIndexOf('.');
            var expectedParent = lastDot < 0 ? null : node.Code[..lastDot];
            if (!string.Equals(node.ParentCode, expectedParent, StringComparison.Ordinal))
            {
                problems.Add($"The node '{node.Code}' names parent '{node.ParentCode ?? "(none)"}' but its code implies '{expectedParent ?? "(none)"}'.");
            }

            if (node.ParentCode is not null && !_byCode.ContainsKey(node.ParentCode))
            {
                problems.Add($"The parent '{node.ParentCode}' of '{node.Code}' does not exist.");
            }

            if (string.IsNullOrWhiteSpace(node.NameEn) || string.IsNullOrWhiteSpace(node.NameZh))
            {
                problems.Add($"The node '{node.Code}' needs both an English and a Chinese name.");
            }
        }

        foreach (var node in Nodes.Where(n => !string.IsNullOrWhiteSpace(n.Code)))
        {
            if (HasCycle(node))
            {
                problems.Add($"The node '{node.Code}' is its own ancestor.");
            }
        }

        return problems;
    }

    private bool HasCycle(ProcessNode start)
    {
        // Only a loop back to the start counts here; a loop further up is reported for the nodes on it.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var node = Find(start.ParentCode); node is not null && seen.Add(node.Code); node = Find(node.ParentCode))
        {
            if (string.Equals(node.Code, start.Code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int BySortOrder(ProcessNode a, ProcessNode b)
    {
        var order = a.SortOrder.CompareTo(b.SortOrder);
        return order != 0 ? order : string.CompareOrdinal(a.Code, b.Code);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
