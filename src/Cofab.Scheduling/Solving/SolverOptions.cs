namespace Cofab.Scheduling.Solving;

/// <summary>A progress event: a new best schedule or a better proven bound.</summary>
public sealed record SolverProgress(TimeSpan Elapsed, long Objective, long LowerBound, string Phase);

public sealed record SolverOptions
{
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    public int Workers { get; init; } = 2;

    public int Seed { get; init; } = 1;

    /// <summary>Large-neighbourhood search after the first full-model phase. Off: one full CP-SAT solve with the hint.</summary>
    public bool UseLns { get; init; } = true;

    /// <summary>Tabu search on the disjunctive graph instead of LNS where it applies (makespan, no calendars, nothing frozen).</summary>
    public bool UseTabu { get; init; } = true;

    /// <summary>With two or more workers, one of them runs LNS alongside tabu search, sharing the best schedule.</summary>
    public bool TabuWithLns { get; init; } = true;

    /// <summary>Also use tabu search on classical job shops (no machine choices); off: one uninterrupted CP-SAT search.</summary>
    public bool TabuForJobShop { get; init; }

    /// <summary>Classical job shops: N7 tabu search after CP-SAT (see <see cref="JobShopTabu"/>); off: CP-SAT alone.</summary>
    public bool UseJobShopTabu { get; init; } = true;

    /// <summary>
    /// Classical job shops: share of the time limit, at the end, for tabu search on every worker after CP-SAT. Half:
    /// CP-SAT still proves ft10, la01–la05 and ta01 in its half, and the tabu search reached the optimum of ta03 and ta05
    /// at seeds 1–3 (a quarter missed ta03 by one at seed 1 and ta05 by three or four at seeds 1 and 3).
    /// </summary>
    public double JobShopTabuShare { get; init; } = 0.5;

    /// <summary>Classical job shops: CP-SAT without its generic interleaved workers (see <see cref="CpSatRun.SchedulingFocus"/>).</summary>
    public bool SchedulingFocusForJobShop { get; init; } = true;

    /// <summary>
    /// Share of the time limit for the CP-SAT phase before tabu search (it ends earlier when it stalls). A fifth: CP-SAT
    /// still proves Mk01, Mk03, Mk04 and Mk09 within a second, and since the tabu search leaves makespan plateaus
    /// (ADR 0101, second amendment) the time is better spent by it and LNS: Mk07 140, 139, 140 at seeds 1–3 against
    /// 144, 140, 139 with half.
    /// </summary>
    public double TabuFirstPhaseShare { get; init; } = 0.2;

    /// <summary>
    /// Share of the time limit kept for a CP-SAT phase after tabu search (bound and proof). None by default: the instances
    /// CP-SAT can prove are proven in its first phase, and on Mk07 the tabu search with those last 9 s of 60 ended at
    /// 139–141 at seeds 1–4 instead of 143–144.
    /// </summary>
    public double TabuFinalPhaseShare { get; init; }

    /// <summary>Problems with more operations than this skip the full model and go straight to LNS.</summary>
    public int FullModelOperationLimit { get; init; } = 3000;

    /// <summary>Share of the time limit for the first full-model phase (warm-started with the constructive schedule).</summary>
    public double FirstFullPhaseShare { get; init; } = 0.6;

    /// <summary>The first full-model phase hands over to LNS when it has not improved for this long.</summary>
    public TimeSpan StallLimit { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Share of the time limit kept for the final full-model phase (warm-started with the LNS result).</summary>
    public double FinalFullPhaseShare { get; init; } = 0.25;

    /// <summary>LNS sub-models add the sum of job completions as a secondary objective to move along makespan plateaus.</summary>
    public bool LnsTieBreak { get; init; } = true;

    /// <summary>Time limit of one LNS step; null = chosen from the problem size.</summary>
    public TimeSpan? LnsStepLimit { get; init; }

    /// <summary>CP-SAT workers per LNS step; small neighbourhoods solve fastest single-threaded. Null = <see cref="Workers"/>.</summary>
    public int? LnsWorkers { get; init; }

    /// <summary>Called on every new best schedule and bound, from the solving thread. Keep it cheap.</summary>
    public Action<SolverProgress>? OnProgress { get; init; }
}
