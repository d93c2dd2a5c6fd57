using System.Diagnostics;
using Cofab.Scheduling.Heuristics;
using Cofab.Scheduling.Model;
using Google.OrTools.Sat;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// The solve strategy: constructive schedule → full CP-SAT model warm-started with it → LNS rounds on sub-models where
/// only a neighbourhood is free → a final full-model phase warm-started with the best schedule (it mostly tightens the
/// bound). Cancellation stops the running CP-SAT search and returns the best schedule found so far.
/// </summary>
internal sealed class SchedulingEngine
{
    private readonly SchedulingProblem _problem;
    private readonly SolverOptions _options;
    private readonly CancellationToken _ct;
    private readonly OperationIndex _index;
    private readonly bool _hasMachineChoices;
    /// <summary>The job shop tabu search keeps an n×n table of recently reversed orders.</summary>
    private const int JobShopTabuOperationLimit = 3000;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _offerGate = new();
    private Schedule? _best;
    private long _bestValue = long.MaxValue;
    private long _lowerBound;
    private TimeSpan _timeToBest;
    private bool _provenOptimal;

    public SchedulingEngine(SchedulingProblem problem, SolverOptions options, CancellationToken ct)
    {
        _problem = problem;
        _options = options;
        _ct = ct;
        _index = new OperationIndex(problem);
        _hasMachineChoices = problem.Jobs.SelectMany(j => j.Operations).Select(o => (double)o.Alternatives.Count).DefaultIfEmpty(1).Average() > 1.05;
    }

    private TimeSpan Remaining => _options.TimeLimit - _clock.Elapsed;

    public ScheduleResult Run()
    {
        _lowerBound = _problem.Objective.IsPureMakespan ? Bounds.MakespanLowerBound(_problem) : 0;
        var runs = _index.Count <= 2000 ? 8 : 1;
        var first = ConstructiveScheduler.Build(_problem, runs, _options.Seed);
        if (first is not null)
        {
            Offer(first, "constructive");
        }

        if (_problem.Objective.Lexicographic && _problem.Objective.Terms.Count > 1)
        {
            return new LexicographicSolve(_problem, _options, _index, _clock, _ct).Run(first);
        }

        var full = _index.Count <= _options.FullModelOperationLimit;
        if (_options.UseJobShopTabu && full && !_hasMachineChoices && _best is not null && _index.Count <= JobShopTabuOperationLimit
            && JobShopGraph.Applies(_problem))
        {
            return RunJobShop();
        }

        // Where a schedule is just machines and sequences (no calendars, nothing frozen, makespan), tabu search on the
        // disjunctive graph makes thousands of moves a second; CP-SAT before it settles easy instances and after it
        // tightens the bound. Classical job shops keep one uninterrupted CP-SAT search unless asked otherwise.
        var useTabu = _options.UseTabu && full && DisjunctiveGraph.Applies(_problem) && (_hasMachineChoices || _options.TabuForJobShop);
        // Without machine choices (classical job shop) our neighbourhoods only re-sequence, which CP-SAT's own
        // scheduling LNS does better inside one uninterrupted search; restarts would also throw away its proof progress.
        var useLns = !useTabu && _options.UseLns && (!full || _hasMachineChoices);
        if (full || _best is null)
        {
            var handsOver = (useLns || useTabu) && _best is not null;
            var share = !handsOver ? 1.0 : useTabu ? _options.TabuFirstPhaseShare : _options.FirstFullPhaseShare;
            var stall = !handsOver ? TimeSpan.MaxValue : useTabu ? _options.StallLimit : Max(_options.StallLimit, _options.TimeLimit * 0.2);
            var status = FullModelPhase(share, "full model", stall);
            if (status == CpSolverStatus.Infeasible)
            {
                return Finish(SolveStatus.Infeasible, "CP-SAT proved that no schedule satisfies the constraints");
            }

            if (status == CpSolverStatus.ModelInvalid)
            {
                return Finish(SolveStatus.Unknown, "CP-SAT rejected the model as invalid");
            }
        }

        if (useTabu && _best is not null && !Done())
        {
            var until = _options.TimeLimit * (1 - _options.TabuFinalPhaseShare);
            // With LNS alongside, one worker runs CP-SAT sub-models and the others tabu: the two find different
            // improvements (assignment-heavy vs sequence-heavy instances) and each restarts from the other's best.
            var withLns = _options.TabuWithLns && _options.Workers >= 2;
            var tabuThreads = withLns ? _options.Workers - 1 : _options.Workers;
            var lnsOptions = _options with { LnsWorkers = 1 };
            new TabuSearch(_problem, _index, this).Run(_best, tabuThreads, _options.Seed, until, _ct,
                withLns ? () => new LnsSearch(_problem, _index, lnsOptions, this, _ct).Run(until) : null);
            if (!Done())
            {
                FullModelPhase(1.0, "final full model", TimeSpan.MaxValue);
            }
        }
        else if (useLns && _best is not null && !Done())
        {
            var finalShare = full ? _options.FinalFullPhaseShare : 0;
            new LnsSearch(_problem, _index, _options, this, _ct).Run(_options.TimeLimit * (1 - finalShare));
            if (full && !Done())
            {
                FullModelPhase(1.0, "final full model", TimeSpan.MaxValue);
            }
        }

        // Reaching the proven bound is a proof of optimality too, whichever phase got there.
        var optimal = _provenOptimal || (_best is not null && _bestValue <= _lowerBound);
        return Finish(_best is null ? SolveStatus.Unknown : optimal ? SolveStatus.Optimal : SolveStatus.Feasible,
            _best is null ? "no schedule found within the time limit" : null);
    }

    /// <summary>
    /// Classical job shops: one uninterrupted CP-SAT search on every worker first (warm-started with the constructive
    /// schedule, it proves small instances optimal and finds the optimum of most 15×15 Taillard instances within half a
    /// minute here), then N7 tabu search with path relinking on every worker for the rest of the time, from CP-SAT's best
    /// schedule and random ones: where CP-SAT stalls in a deep valley (ta05 at 1233) the tabu search crosses it.
    /// </summary>
    private ScheduleResult RunJobShop()
    {
        var status = FullModelPhase(_options.TimeLimit * (1 - _options.JobShopTabuShare), "full model", _options.Workers);
        if (status == CpSolverStatus.Infeasible)
        {
            return Finish(SolveStatus.Infeasible, "CP-SAT proved that no schedule satisfies the constraints");
        }

        if (status == CpSolverStatus.ModelInvalid)
        {
            return Finish(SolveStatus.Unknown, "CP-SAT rejected the model as invalid");
        }

        if (!Done() && _best is { } start)
        {
            var threads = Enumerable.Range(0, Math.Max(1, _options.Workers))
                .Select(t => new Thread(() => new JobShopTabu(_problem, _index, this).Run(start, _options.Seed + 7919 * t, _options.TimeLimit, _ct))
                {
                    IsBackground = true,
                    Name = $"jobshop-tabu-{t}",
                })
                .ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
        }

        var optimal = _provenOptimal || _bestValue <= _lowerBound;
        return Finish(optimal ? SolveStatus.Optimal : SolveStatus.Feasible, null);
    }

    public Schedule? Best => _best;

    public long BestValue => _bestValue;

    public long LowerBound => _lowerBound;

    public TimeSpan Elapsed => _clock.Elapsed;

    public bool Done() => _provenOptimal || _ct.IsCancellationRequested || Remaining <= TimeSpan.Zero || _bestValue <= _lowerBound;

    public long Horizon() => _problem.Objective.IsPureMakespan && _best is not null ? _best.Makespan : Bounds.GenerousHorizon(_problem);

    /// <summary>Takes a schedule if it improves on the best; returns whether it did.</summary>
    public bool Offer(Schedule schedule, string phase)
    {
        lock (_offerGate)
        {
            return OfferLocked(schedule, phase);
        }
    }

    private bool OfferLocked(Schedule schedule, string phase)
    {
        var value = ObjectiveEvaluator.Value(_problem, schedule);
        if (_best is not null && (value > _bestValue || (value == _bestValue && !BetterTieBreak(schedule))))
        {
            return false;
        }

        var improved = value < _bestValue;
        _best = schedule;
        _bestValue = value;
        if (improved)
        {
            _timeToBest = _clock.Elapsed;
            Report(phase);
        }

        return true;
    }

    public void OfferBound(double bound, string phase)
    {
        if (double.IsNaN(bound) || double.IsInfinity(bound))
        {
            return;
        }

        var b = (long)Math.Ceiling(bound - 1e-6);
        if (b > _lowerBound)
        {
            _lowerBound = Math.Min(b, _bestValue);
            Report(phase);
        }
    }

    private bool BetterTieBreak(Schedule candidate) =>
        _best is null || Enumerable.Range(0, _problem.Jobs.Count).Sum(j => candidate.CompletionOf(j))
            < Enumerable.Range(0, _problem.Jobs.Count).Sum(j => _best.CompletionOf(j));

    private void Report(string phase) =>
        _options.OnProgress?.Invoke(new SolverProgress(_clock.Elapsed, _bestValue == long.MaxValue ? -1 : _bestValue, _lowerBound, phase));

    private CpSolverStatus FullModelPhase(double shareOfRemaining, string phase, TimeSpan stallLimit) =>
        FullModelPhase(_best is null || shareOfRemaining >= 1 ? Remaining : _options.TimeLimit * shareOfRemaining, phase,
            _options.Workers, stallLimit);

    private CpSolverStatus FullModelPhase(TimeSpan limit, string phase, int workers, TimeSpan? stallLimit = null)
    {
        var stallAfter = stallLimit ?? TimeSpan.MaxValue;
        if (limit <= TimeSpan.Zero || _ct.IsCancellationRequested)
        {
            return CpSolverStatus.Unknown;
        }

        var model = new CpSatModel(_problem, _index, new ModelScope { Horizon = Horizon(), Incumbent = _best });
        // The first phase ends early when CP-SAT stops improving, so that LNS gets the time; the last phase never does.
        using var stall = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        var lastImprovement = _clock.Elapsed;
        using var watchdog = new Timer(_ => StopIfStalled(stall, lastImprovement, stallAfter), null, 250, 250);
        var focus = _options.SchedulingFocusForJobShop && !_hasMachineChoices ? CpSatRun.SchedulingFocus : "";
        var outcome = CpSatRun.Solve(model, limit, workers, _options.Seed, stall.Token, (s, _, bound) =>
        {
            if (Offer(s, phase))
            {
                lastImprovement = _clock.Elapsed;
            }

            OfferBound(bound, phase);
        }, focus);
        if (outcome.Best is not null)
        {
            Offer(outcome.Best, phase);
        }

        OfferBound(outcome.Bound, phase);
        if (outcome.Status == CpSolverStatus.Optimal)
        {
            _provenOptimal = true;
            _lowerBound = _bestValue;
        }

        // With a horizon equal to the incumbent's makespan, "infeasible" only means "nothing better exists".
        if (outcome.Status == CpSolverStatus.Infeasible && _best is not null)
        {
            _provenOptimal = true;
            _lowerBound = _bestValue;
            return CpSolverStatus.Optimal;
        }

        return outcome.Status;
    }

    private void StopIfStalled(CancellationTokenSource stall, TimeSpan lastImprovement, TimeSpan stallLimit)
    {
        try
        {
            // A search running alongside may reach the bound: then nothing is left to find.
            if (_clock.Elapsed - lastImprovement > stallLimit || _bestValue <= _lowerBound)
            {
                stall.Cancel();
            }
        }
        catch (ObjectDisposedException)
        {
            // A tick that races with the end of the phase: the phase is over, nothing to stop.
        }
    }



    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private ScheduleResult Finish(SolveStatus status, string? message)
    {
        if (_best is null)
        {
            return new ScheduleResult(status, null) { Elapsed = _clock.Elapsed, Message = message };
        }

        return new ScheduleResult(status, _best)
        {
            Objective = _bestValue,
            LowerBound = Math.Min(_lowerBound, _bestValue),
            TermValues = ObjectiveEvaluator.TermValues(_problem, _best),
            Penalties = ObjectiveEvaluator.Penalties(_problem, _best),
            TimeToBest = _timeToBest,
            Elapsed = _clock.Elapsed,
            Message = message,
        };
    }
}
