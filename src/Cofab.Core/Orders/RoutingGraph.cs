namespace Cofab.Core.Orders;

/// <summary>
/// Checks that a routing's predecessor links form a directed acyclic graph over existing step numbers, and orders it.
/// </summary>
public static class RoutingGraph
{
    /// <summary>Problems as (index of the step in the list, message); empty when the routing is a DAG.</summary>
    public static IReadOnlyList<(int Index, string Message)> Check(IReadOnlyList<RoutingStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var problems = new List<(int, string)>();
        var indexByNumber = new Dictionary<int, int>();
        for (var i = 0; i < steps.Count; i++)
        {
            if (!indexByNumber.TryAdd(steps[i].Number, i))
                problems.Add((i, $"Step number {steps[i].Number} is used twice; give each operation its own number."));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            foreach (var predecessor in steps[i].Predecessors)
            {
                if (predecessor == steps[i].Number) problems.Add((i, $"Step {predecessor} cannot come after itself."));
                else if (!indexByNumber.ContainsKey(predecessor))
                    problems.Add((i, $"Step {steps[i].Number} waits for step {predecessor}, which is not in the routing."));
            }

            if (steps[i].Predecessors.Distinct().Count() != steps[i].Predecessors.Count)
                problems.Add((i, $"Step {steps[i].Number} lists the same predecessor twice."));
        }

        if (problems.Count > 0) return problems;
        if (FindCycle(steps, indexByNumber) is { } cycle)
        {
            var described = string.Join(" → ", cycle.Select(i => steps[i].Number).Append(steps[cycle[0]].Number));
            problems.Add((cycle[0], $"Steps {described} wait for each other in a circle; remove one of these predecessors."));
        }

        return problems;
    }

    /// <summary>Step indices in an order where every step follows its predecessors (Kahn, ties by list order).</summary>
    public static IReadOnlyList<int> TopologicalOrder(IReadOnlyList<RoutingStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var pending = steps.Select(s => s.Predecessors.Count).ToArray();
        var order = new List<int>();
        var ready = new SortedSet<int>(Enumerable.Range(0, steps.Count).Where(i => pending[i] == 0));
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            order.Add(next);
            for (var i = 0; i < steps.Count; i++)
            {
                if (steps[i].Predecessors.Contains(steps[next].Number) && --pending[i] == 0) ready.Add(i);
            }
        }

        return order.Count == steps.Count ? order : throw new InvalidOperationException("The routing has a cycle; check it first.");
    }

    private static List<int>? FindCycle(IReadOnlyList<RoutingStep> steps, Dictionary<int, int> indexByNumber)
    {
        // 0 unvisited, 1 on the current path, 2 done; iterative so a long chain cannot overflow the stack.
        var state = new int[steps.Count];
        var path = new List<int>();
        for (var start = 0; start < steps.Count; start++)
        {
            if (state[start] != 0) continue;
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            path.Add(start);
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var predecessors = steps[node].Predecessors;
                if (next < predecessors.Count)
                {
                    stack.Push((node, next + 1));
                    var target = indexByNumber[predecessors[next]];
                    if (state[target] == 1) return path[path.IndexOf(target)..];
                    if (state[target] == 0)
                    {
                        state[target] = 1;
                        path.Add(target);
                        stack.Push((target, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                    path.RemoveAt(path.Count - 1);
                }
            }
        }

        return null;
    }
}
