namespace Cofab.Scheduling.Model;

/// <summary>Computes objective terms and their explanation from a schedule, independently of any solver.</summary>
public static class ObjectiveEvaluator
{
    public static long TermValue(SchedulingProblem problem, Schedule schedule, ObjectiveKind kind) => kind switch
    {
        ObjectiveKind.Makespan => schedule.Makespan,
        ObjectiveKind.WeightedTardiness => Enumerable.Range(0, problem.Jobs.Count).Sum(j => WeightedTardiness(problem, schedule, j)),
        ObjectiveKind.Cost => MachineCost(problem, schedule) + TransportCost(problem, schedule),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IReadOnlyList<long> TermValues(SchedulingProblem problem, Schedule schedule) =>
        problem.Objective.Terms.Select(t => TermValue(problem, schedule, t.Kind)).ToList();

    /// <summary>The single number a solver minimises: the weighted sum, or the first term when lexicographic.</summary>
    public static long Value(SchedulingProblem problem, Schedule schedule)
    {
        var terms = problem.Objective.Terms;
        if (problem.Objective.Lexicographic)
        {
            return TermValue(problem, schedule, terms[0].Kind);
        }

        return terms.Sum(t => t.Weight * TermValue(problem, schedule, t.Kind));
    }

    /// <summary>Compares two schedules by the problem's objective (lexicographic when asked). Negative when a is better.</summary>
    public static int Compare(SchedulingProblem problem, Schedule a, Schedule b)
    {
        if (!problem.Objective.Lexicographic)
        {
            return Value(problem, a).CompareTo(Value(problem, b));
        }

        foreach (var term in problem.Objective.Terms)
        {
            var c = TermValue(problem, a, term.Kind).CompareTo(TermValue(problem, b, term.Kind));
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    public static long WeightedTardiness(SchedulingProblem problem, Schedule schedule, int job)
    {
        var j = problem.Jobs[job];
        return j.Due is { } due ? Math.Max(0, schedule.CompletionOf(job) - due) * j.Weight : 0;
    }

    /// <summary>Named terms that explain the objective: late jobs, transports that cost, machine cost per factory, makespan.</summary>
    public static IReadOnlyList<PenaltyTerm> Penalties(SchedulingProblem problem, Schedule schedule)
    {
        var terms = new List<PenaltyTerm>();
        var kinds = problem.Objective.Terms.Select(t => t.Kind).ToHashSet();
        if (kinds.Contains(ObjectiveKind.Makespan))
        {
            terms.Add(new PenaltyTerm("makespan", ObjectiveKind.Makespan, schedule.Makespan));
        }

        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            var job = problem.Jobs[j];
            if (job.Due is { } due && schedule.CompletionOf(j) > due)
            {
                var late = schedule.CompletionOf(j) - due;
                terms.Add(new PenaltyTerm($"{job.Name} late by {late} (weight {job.Weight})", ObjectiveKind.WeightedTardiness, late * job.Weight));
            }
        }

        if (kinds.Contains(ObjectiveKind.Cost))
        {
            foreach (var group in schedule.All.GroupBy(a => problem.Machines[a.Machine].Factory))
            {
                var cost = group.Sum(a => (a.End - a.Start) * problem.Machines[a.Machine].CostPerTimeUnit);
                if (cost != 0)
                {
                    terms.Add(new PenaltyTerm($"machine time in {problem.Factories[group.Key].Name}", ObjectiveKind.Cost, cost));
                }
            }

            foreach (var (from, to) in Arcs(problem))
            {
                var a = schedule[from.Job, from.Op];
                var b = schedule[to.Job, to.Op];
                var cost = problem.TransportCost(a.Machine, b.Machine);
                if (cost != 0)
                {
                    var fa = problem.Factories[problem.Machines[a.Machine].Factory].Name;
                    var fb = problem.Factories[problem.Machines[b.Machine].Factory].Name;
                    var job = problem.Jobs[from.Job];
                    terms.Add(new PenaltyTerm(
                        $"transport {job.Operations[from.Op].Name}→{job.Operations[to.Op].Name} {fa}→{fb}", ObjectiveKind.Cost, cost));
                }
            }
        }

        return terms;
    }

    /// <summary>Every precedence arc (predecessor → successor) of every job.</summary>
    public static IEnumerable<((int Job, int Op) From, (int Job, int Op) To)> Arcs(SchedulingProblem problem)
    {
        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            var ops = problem.Jobs[j].Operations;
            for (var o = 0; o < ops.Count; o++)
            {
                foreach (var p in ops[o].Predecessors)
                {
                    yield return ((j, p), (j, o));
                }
            }
        }
    }

    private static long MachineCost(SchedulingProblem problem, Schedule schedule) =>
        schedule.All.Sum(a => (a.End - a.Start) * problem.Machines[a.Machine].CostPerTimeUnit);

    private static long TransportCost(SchedulingProblem problem, Schedule schedule) =>
        problem.HasTransport
            ? Arcs(problem).Sum(arc => problem.TransportCost(schedule[arc.From.Job, arc.From.Op].Machine, schedule[arc.To.Job, arc.To.Op].Machine))
            : 0;
}
