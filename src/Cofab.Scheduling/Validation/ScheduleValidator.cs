using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Validation;

public enum ViolationKind
{
    /// <summary>The schedule does not have exactly one assignment per operation, or indexes do not match.</summary>
    Shape,
    Precedence,
    Transport,
    Overlap,
    IneligibleMachine,
    WrongDuration,
    Calendar,
    Release,
    Frozen,
}

public sealed record Violation(ViolationKind Kind, string Message);

public sealed record ValidationReport(IReadOnlyList<Violation> Violations)
{
    public bool IsValid => Violations.Count == 0;

    public bool Has(ViolationKind kind) => Violations.Any(v => v.Kind == kind);

    public override string ToString() => IsValid ? "valid" : string.Join("; ", Violations.Take(10).Select(v => $"{v.Kind}: {v.Message}"));
}

/// <summary>
/// Checks a schedule against its problem without trusting whoever produced it. Every constraint of the model is
/// re-checked from the raw numbers, and each violation is reported with its kind.
/// </summary>
public static class ScheduleValidator
{
    public static ValidationReport Validate(SchedulingProblem problem, Schedule schedule)
    {
        var violations = new List<Violation>();
        if (!CheckShape(problem, schedule, violations))
        {
            return new ValidationReport(violations);
        }

        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            var job = problem.Jobs[j];
            for (var o = 0; o < job.Operations.Count; o++)
            {
                CheckOperation(problem, schedule, j, o, violations);
            }
        }

        CheckMachines(problem, schedule, violations);
        return new ValidationReport(violations);
    }

    private static bool CheckShape(SchedulingProblem problem, Schedule schedule, List<Violation> violations)
    {
        if (schedule.JobCount != problem.Jobs.Count)
        {
            violations.Add(new(ViolationKind.Shape, $"schedule has {schedule.JobCount} jobs, problem has {problem.Jobs.Count}"));
            return false;
        }

        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            if (schedule.OperationCount(j) != problem.Jobs[j].Operations.Count)
            {
                violations.Add(new(ViolationKind.Shape, $"job {problem.Jobs[j].Name} has {schedule.OperationCount(j)} assignments for {problem.Jobs[j].Operations.Count} operations"));
            }

            for (var o = 0; o < schedule.OperationCount(j); o++)
            {
                var a = schedule[j, o];
                if (a.Job != j || a.Operation != o || a.Machine < 0 || a.Machine >= problem.Machines.Count)
                {
                    violations.Add(new(ViolationKind.Shape, $"assignment at [{j}][{o}] is labelled job {a.Job} op {a.Operation} machine {a.Machine}"));
                }
            }
        }

        return violations.Count == 0;
    }

    private static void CheckOperation(SchedulingProblem problem, Schedule schedule, int j, int o, List<Violation> violations)
    {
        var job = problem.Jobs[j];
        var op = job.Operations[o];
        var a = schedule[j, o];
        var machine = problem.Machines[a.Machine];
        var alternatives = op.Alternatives.Where(x => x.Machine == a.Machine).ToList();
        if (alternatives.Count == 0)
        {
            violations.Add(new(ViolationKind.IneligibleMachine, $"{op.Name} runs on {machine.Name}, which is not one of its alternatives"));
        }
        else if (!alternatives.Any(x => x.Occupancy == a.End - a.Start))
        {
            violations.Add(new(ViolationKind.WrongDuration, $"{op.Name} on {machine.Name} lasts {a.End - a.Start}, expected {alternatives[0].Occupancy}"));
        }

        if (a.End < a.Start)
        {
            violations.Add(new(ViolationKind.WrongDuration, $"{op.Name} ends at {a.End} before it starts at {a.Start}"));
        }

        if (a.Start < job.Release)
        {
            violations.Add(new(ViolationKind.Release, $"{op.Name} starts at {a.Start}, before the release of {job.Name} at {job.Release}"));
        }

        foreach (var p in op.Predecessors)
        {
            var pa = schedule[j, p];
            var transport = problem.TransportTime(pa.Machine, a.Machine);
            if (a.Start < pa.End)
            {
                violations.Add(new(ViolationKind.Precedence, $"{op.Name} starts at {a.Start} before its predecessor {job.Operations[p].Name} ends at {pa.End}"));
            }
            else if (a.Start < pa.End + transport)
            {
                violations.Add(new(ViolationKind.Transport, $"{op.Name} starts at {a.Start}, but {job.Operations[p].Name} ends at {pa.End} and transport takes {transport}"));
            }
        }

        var window = new TimeWindow(a.Start, a.End);
        foreach (var off in machine.Unavailable)
        {
            if (window.Overlaps(off))
            {
                violations.Add(new(ViolationKind.Calendar, $"{op.Name} [{a.Start},{a.End}) overlaps unavailable time [{off.Start},{off.End}) of {machine.Name}"));
            }
        }

        if (op.Frozen is { } frozen && (frozen.Machine != a.Machine || frozen.Start != a.Start))
        {
            violations.Add(new(ViolationKind.Frozen, $"{op.Name} is frozen on {problem.Machines[frozen.Machine].Name} at {frozen.Start} but scheduled on {machine.Name} at {a.Start}"));
        }
    }

    private static void CheckMachines(SchedulingProblem problem, Schedule schedule, List<Violation> violations)
    {
        foreach (var group in schedule.All.Where(a => a.End > a.Start).GroupBy(a => a.Machine))
        {
            var sorted = group.OrderBy(a => a.Start).ThenBy(a => a.End).ToList();
            // Sorted by start, an overlap always shows against the latest-ending interval seen so far.
            var reach = sorted[0];
            for (var i = 1; i < sorted.Count; i++)
            {
                var cur = sorted[i];
                if (cur.Start < reach.End)
                {
                    violations.Add(new(ViolationKind.Overlap,
                        $"{Name(problem, reach)} [{reach.Start},{reach.End}) and {Name(problem, cur)} [{cur.Start},{cur.End}) overlap on {problem.Machines[cur.Machine].Name}"));
                }

                if (cur.End > reach.End)
                {
                    reach = cur;
                }
            }
        }
    }

    private static string Name(SchedulingProblem problem, Assignment a) => problem.Jobs[a.Job].Operations[a.Operation].Name;
}
