using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Heuristics;

/// <summary>
/// A list-scheduling heuristic: repeatedly take the ready operation that can start earliest (ties: most urgent job),
/// and put it on the alternative machine where it finishes first, in the first calendar gap that fits. It respects
/// every constraint of the model, runs in about O(ops × alternatives × log) and is used as the CP-SAT warm start.
/// </summary>
public static class ConstructiveScheduler
{
    /// <summary>The best of a few randomised runs (run 0 is the deterministic rule). Null when frozen operations make it fail.</summary>
    public static Schedule? Build(SchedulingProblem problem, int runs = 1, int seed = 1)
    {
        Schedule? best = null;
        var random = new Random(seed);
        for (var r = 0; r < Math.Max(1, runs); r++)
        {
            var candidate = BuildOnce(problem, r == 0 ? null : random);
            if (candidate is not null && (best is null || ObjectiveEvaluator.Compare(problem, candidate, best) < 0))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static Schedule? BuildOnce(SchedulingProblem problem, Random? noise)
    {
        var timelines = problem.Machines.Select(m => new MachineTimeline(m.Unavailable)).ToArray();
        var result = problem.Jobs.Select(j => new Assignment[j.Operations.Count]).ToArray();
        var tails = problem.Jobs.Select(Tails).ToArray();
        var costWeight = problem.Objective.Terms.Where(t => t.Kind == ObjectiveKind.Cost).Sum(t => t.Weight);
        var timeMatters = problem.Objective.Terms.Any(t => t.Kind != ObjectiveKind.Cost);

        // Frozen operations are already on their machines; everything else has to fit around them.
        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            foreach (var (op, o) in problem.Jobs[j].Operations.Select((op, o) => (op, o)))
            {
                if (op.Frozen is { } f)
                {
                    timelines[f.Machine].Reserve(f.Start, op.Alternatives.First(a => a.Machine == f.Machine).Occupancy);
                }
            }
        }

        var remainingPreds = problem.Jobs.Select(j => j.Operations.Select(o => o.Predecessors.Count).ToArray()).ToArray();
        var successors = problem.Jobs.Select(Successors).ToArray();
        var ready = new PriorityQueue<(int Job, int Op), (long ReadyAt, double Urgency)>();
        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            for (var o = 0; o < problem.Jobs[j].Operations.Count; o++)
            {
                if (remainingPreds[j][o] == 0)
                {
                    ready.Enqueue((j, o), Priority(problem, j, o, result, tails, noise));
                }
            }
        }

        while (ready.TryDequeue(out var next, out _))
        {
            var (j, o) = next;
            var op = problem.Jobs[j].Operations[o];
            result[j][o] = op.Frozen is { } frozen
                ? Place(problem, j, o, op.Alternatives.First(a => a.Machine == frozen.Machine), frozen.Start)
                : ChooseAlternative(problem, j, o, result, timelines, costWeight, timeMatters);
            if (op.Frozen is null)
            {
                var a = result[j][o];
                timelines[a.Machine].Reserve(a.Start, a.End - a.Start);
            }

            foreach (var s in successors[j][o])
            {
                if (--remainingPreds[j][s] == 0)
                {
                    ready.Enqueue((j, s), Priority(problem, j, s, result, tails, noise));
                }
            }
        }

        var schedule = new Schedule(result);
        // Frozen operations can be placed where a predecessor cannot finish in time; such a start is not a schedule.
        return problem.Jobs.SelectMany(j => j.Operations).Any(op => op.Frozen is not null)
            && !Validation.ScheduleValidator.Validate(problem, schedule).IsValid
            ? null
            : schedule;
    }

    private static Assignment ChooseAlternative(SchedulingProblem problem, int j, int o, Assignment[][] result, MachineTimeline[] timelines, long costWeight, bool timeMatters)
    {
        var op = problem.Jobs[j].Operations[o];
        Assignment best = default;
        var bestScore = long.MaxValue;
        foreach (var alt in op.Alternatives)
        {
            var notBefore = problem.Jobs[j].Release;
            long transportCost = 0;
            foreach (var p in op.Predecessors)
            {
                var pa = result[j][p];
                notBefore = Math.Max(notBefore, pa.End + problem.TransportTime(pa.Machine, alt.Machine));
                transportCost += problem.TransportCost(pa.Machine, alt.Machine);
            }

            var start = timelines[alt.Machine].EarliestFit(notBefore, alt.Occupancy);
            var end = start + alt.Occupancy;
            var cost = alt.Occupancy * problem.Machines[alt.Machine].CostPerTimeUnit + transportCost;
            var score = (timeMatters ? end : 0) + (costWeight * cost);
            if (score < bestScore || (score == bestScore && end < best.End))
            {
                bestScore = score;
                best = new Assignment(j, o, alt.Machine, start, end);
            }
        }

        return best;
    }

    private static Assignment Place(SchedulingProblem problem, int j, int o, Alternative alt, long start) =>
        new(j, o, alt.Machine, start, start + alt.Occupancy);

    private static (long, double) Priority(SchedulingProblem problem, int j, int o, Assignment[][] result, long[][] tails, Random? noise)
    {
        var job = problem.Jobs[j];
        var op = job.Operations[o];
        var readyAt = op.Predecessors.Count == 0 ? job.Release : op.Predecessors.Max(p => result[j][p].End);
        // Urgent = little slack to the due date, or, without one, a long remaining path (most work remaining first).
        double urgency = job.Due is { } due ? due - readyAt - tails[j][o] : -tails[j][o];
        if (noise is not null)
        {
            readyAt += (long)(noise.NextDouble() * tails[j][o] * 0.1);
            urgency *= 0.7 + (0.6 * noise.NextDouble());
        }

        return (readyAt, urgency);
    }

    /// <summary>Length of the longest path from each operation to the job's end, with minimal processing times.</summary>
    internal static long[] Tails(Job job)
    {
        var ops = job.Operations;
        var succ = Successors(job);
        var tail = new long[ops.Count];
        foreach (var o in Enumerable.Reverse(TopologicalOrder(job)))
        {
            tail[o] = ops[o].Alternatives.Min(a => a.Occupancy) + succ[o].Select(s => tail[s]).DefaultIfEmpty(0).Max();
        }

        return tail;
    }

    /// <summary>Length of the longest path from the job's start to each operation's start, with minimal processing times.</summary>
    internal static long[] Heads(Job job)
    {
        var head = new long[job.Operations.Count];
        foreach (var o in TopologicalOrder(job))
        {
            head[o] = job.Operations[o].Predecessors.Select(p => head[p] + job.Operations[p].Alternatives.Min(a => a.Occupancy)).DefaultIfEmpty(0).Max();
        }

        return head;
    }

    internal static List<int>[] Successors(Job job)
    {
        var succ = job.Operations.Select(_ => new List<int>()).ToArray();
        for (var o = 0; o < job.Operations.Count; o++)
        {
            foreach (var p in job.Operations[o].Predecessors)
            {
                succ[p].Add(o);
            }
        }

        return succ;
    }

    internal static List<int> TopologicalOrder(Job job)
    {
        var indegree = job.Operations.Select(o => o.Predecessors.Count).ToArray();
        var succ = Successors(job);
        var queue = new Queue<int>(Enumerable.Range(0, indegree.Length).Where(o => indegree[o] == 0));
        var order = new List<int>();
        while (queue.TryDequeue(out var o))
        {
            order.Add(o);
            foreach (var s in succ[o])
            {
                if (--indegree[s] == 0)
                {
                    queue.Enqueue(s);
                }
            }
        }

        return order;
    }
}
