namespace Cofab.Scheduling.Model;

public enum SolveStatus
{
    /// <summary>The objective is proven optimal.</summary>
    Optimal,

    /// <summary>A valid schedule, optimality not proven.</summary>
    Feasible,

    /// <summary>Proven that no schedule satisfies the constraints (e.g. frozen operations that collide).</summary>
    Infeasible,

    /// <summary>No schedule found and nothing proven (time ran out or the search was cancelled first).</summary>
    Unknown,
}

/// <summary>One named part of the objective, e.g. "J3 late by 40 (weight 2)" or "transport J1.2→J1.3 F1→F4".</summary>
public sealed record PenaltyTerm(string Name, ObjectiveKind Kind, long Amount);

/// <summary>What a solve returns. <see cref="Schedule"/> is null only when the status is Infeasible or Unknown.</summary>
public sealed record ScheduleResult(SolveStatus Status, Schedule? Schedule)
{
    /// <summary>The objective value (the weighted sum, or for a lexicographic objective the first term).</summary>
    public long Objective { get; init; }

    /// <summary>Proven lower bound on <see cref="Objective"/>.</summary>
    public long LowerBound { get; init; }

    /// <summary>(Objective − LowerBound) / Objective, 0 when optimal.</summary>
    public double Gap => Objective <= 0 ? 0 : Math.Max(0, (double)(Objective - LowerBound) / Objective);

    public long Makespan => Schedule?.Makespan ?? 0;

    /// <summary>The value of each objective term, in the order of the problem's objective.</summary>
    public IReadOnlyList<long> TermValues { get; init; } = [];

    public IReadOnlyList<PenaltyTerm> Penalties { get; init; } = [];

    public TimeSpan TimeToBest { get; init; }

    public TimeSpan Elapsed { get; init; }

    /// <summary>Why there is no schedule, when there is none.</summary>
    public string? Message { get; init; }
}
