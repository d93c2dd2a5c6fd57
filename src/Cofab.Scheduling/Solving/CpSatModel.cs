using Cofab.Scheduling.Heuristics;
using Cofab.Scheduling.Model;
using Google.OrTools.Sat;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// The CP-SAT formulation: per operation a start variable and one optional fixed-size interval per allowed alternative
/// (exactly one present), a no-overlap per machine that also holds the calendar's unavailable intervals, precedence that
/// adds the transport time of the factory pair actually chosen, and the objective terms. Sub-models for LNS are the same
/// model with fewer alternatives and extra order constraints (see <see cref="ModelScope"/>).
/// </summary>
internal sealed class CpSatModel
{
    private readonly SchedulingProblem _problem;
    private readonly OperationIndex _index;
    private readonly ModelScope _scope;
    private readonly IntVar[] _start;
    private readonly List<(Alternative Alt, ILiteral Presence)>[] _alts;
    private readonly List<IntVar> _completion = [];
    private readonly Dictionary<ObjectiveKind, LinearExpr> _terms = [];

    public CpSatModel(SchedulingProblem problem, OperationIndex index, ModelScope scope)
    {
        _problem = problem;
        _index = index;
        _scope = scope;
        _start = new IntVar[index.Count];
        _alts = new List<(Alternative, ILiteral)>[index.Count];
        Build();
    }

    public CpModel Model { get; } = new();

    /// <summary>The objective as minimised (including the tie-break, if any).</summary>
    public LinearExpr Objective { get; private set; } = LinearExpr.Constant(0);

    public Schedule Extract(Func<IntVar, long> value, Func<ILiteral, bool> isTrue)
    {
        var result = _problem.Jobs.Select(j => new Assignment[j.Operations.Count]).ToArray();
        for (var f = 0; f < _index.Count; f++)
        {
            var chosen = _alts[f].First(a => isTrue(a.Presence)).Alt;
            var s = value(_start[f]);
            result[_index.Job[f]][_index.Op[f]] = new Assignment(_index.Job[f], _index.Op[f], chosen.Machine, s, s + chosen.Occupancy);
        }

        return new Schedule(result);
    }

    private void Build()
    {
        var machineIntervals = _problem.Machines.Select(_ => new List<IntervalVar>()).ToArray();
        for (var j = 0; j < _problem.Jobs.Count; j++)
        {
            AddJob(j, machineIntervals);
        }

        for (var m = 0; m < _problem.Machines.Count; m++)
        {
            foreach (var w in _problem.Machines[m].Unavailable)
            {
                if (w.End > 0 && w.Start < _scope.Horizon)
                {
                    machineIntervals[m].Add(Model.NewFixedSizeIntervalVar(Model.NewConstant(w.Start), w.Length, $"off_m{m}"));
                }
            }

            if (machineIntervals[m].Count > 1)
            {
                Model.AddNoOverlap(machineIntervals[m]);
            }
        }

        AddKeptOrders();
        AddObjective();
        AddHints();
    }

    private void AddJob(int j, List<IntervalVar>[] machineIntervals)
    {
        var job = _problem.Jobs[j];
        var heads = ConstructiveScheduler.Heads(job);
        var tails = ConstructiveScheduler.Tails(job);
        foreach (var f in _index.OfJob(j))
        {
            var o = _index.Op[f];
            var op = job.Operations[o];
            var allowed = AllowedAlternatives(f, op);
            var lo = job.Release + heads[o];
            var hi = Math.Max(lo, _scope.Horizon - tails[o] + allowed.Min(a => a.Occupancy));
            if (op.Frozen is { } frozen)
            {
                lo = hi = frozen.Start;
            }
            else if (_scope.FreedomOf(f) == OperationFreedom.KeepTime)
            {
                lo = hi = _scope.Incumbent![j, o].Start;
            }

            _start[f] = Model.NewIntVar(lo, hi, $"s{f}");
            _alts[f] = [];
            foreach (var alt in allowed)
            {
                ILiteral presence = allowed.Count == 1 ? Model.TrueLiteral() : Model.NewBoolVar($"p{f}_{alt.Machine}");
                _alts[f].Add((alt, presence));
                // Zero-length operations occupy nothing; CP-SAT would otherwise forbid them strictly inside another interval.
                if (alt.Occupancy > 0)
                {
                    machineIntervals[alt.Machine].Add(allowed.Count == 1
                        ? Model.NewFixedSizeIntervalVar(_start[f], alt.Occupancy, $"i{f}")
                        : Model.NewOptionalFixedSizeIntervalVar(_start[f], alt.Occupancy, presence, $"i{f}_{alt.Machine}"));
                }
            }

            if (allowed.Count > 1)
            {
                Model.AddExactlyOne(_alts[f].Select(a => a.Presence));
            }
        }

        foreach (var f in _index.OfJob(j))
        {
            foreach (var p in job.Operations[_index.Op[f]].Predecessors)
            {
                AddPrecedence(_index.Flat(j, p), f);
            }
        }

        var completion = Model.NewIntVar(job.Release + tails.DefaultIfEmpty(0).Max(), _scope.Horizon, $"c{j}");
        var successors = ConstructiveScheduler.Successors(job);
        foreach (var f in _index.OfJob(j))
        {
            if (successors[_index.Op[f]].Count == 0)
            {
                Model.Add(completion >= End(f));
            }
        }

        _completion.Add(completion);
    }

    private List<Alternative> AllowedAlternatives(int f, Operation op)
    {
        if (op.Frozen is { } frozen)
        {
            return [op.Alternatives.First(a => a.Machine == frozen.Machine)];
        }

        if (_scope.FreedomOf(f) != OperationFreedom.Free)
        {
            var machine = _scope.Incumbent![_index.Job[f], _index.Op[f]].Machine;
            return [op.Alternatives.First(a => a.Machine == machine)];
        }

        return op.Alternatives.ToList();
    }

    /// <summary>The end as a linear expression: start plus the duration of whichever alternative is present.</summary>
    private LinearExpr End(int f)
    {
        var alts = _alts[f];
        if (alts.Count == 1 || alts.All(a => a.Alt.Occupancy == alts[0].Alt.Occupancy))
        {
            return _start[f] + alts[0].Alt.Occupancy;
        }

        return _start[f] + LinearExpr.WeightedSum(alts.Select(a => (ILiteral)a.Presence).Cast<IntVar>(), alts.Select(a => a.Alt.Occupancy));
    }

    private void AddPrecedence(int from, int to)
    {
        Model.Add(_start[to] >= End(from));
        if (!_problem.HasTransport)
        {
            return;
        }

        // Transport depends on the factory pair actually chosen: group alternatives by factory to keep the pairs few.
        var fromFactories = FactoryLiterals(from);
        var toFactories = FactoryLiterals(to);
        foreach (var (fa, la) in fromFactories)
        {
            foreach (var (fb, lb) in toFactories)
            {
                var t = _problem.FactoryTransportTime(fa, fb);
                if (t > 0)
                {
                    Model.Add(_start[to] >= End(from) + t).OnlyEnforceIf([la, lb]);
                }

                var c = _problem.FactoryTransportCost(fa, fb);
                if (c > 0 && _problem.Objective.Terms.Any(x => x.Kind == ObjectiveKind.Cost))
                {
                    // Minimisation pushes the product literal down; this lower bound makes it 1 when both are chosen.
                    var both = Model.NewBoolVar($"tc{from}_{to}_{fa}_{fb}");
                    Model.AddBoolOr([la.Not(), lb.Not(), both]);
                    _transportCostTerms.Add((both, c));
                }
            }
        }
    }

    private readonly List<(IntVar Literal, long Cost)> _transportCostTerms = [];
    private readonly Dictionary<int, List<(int Factory, ILiteral Literal)>> _factoryLiterals = [];

    private List<(int Factory, ILiteral Literal)> FactoryLiterals(int f)
    {
        if (_factoryLiterals.TryGetValue(f, out var cached))
        {
            return cached;
        }

        var list = new List<(int, ILiteral)>();
        foreach (var group in _alts[f].GroupBy(a => _problem.Machines[a.Alt.Machine].Factory))
        {
            var members = group.Select(a => a.Presence).ToList();
            if (members.Count == 1)
            {
                list.Add((group.Key, members[0]));
            }
            else
            {
                var inFactory = Model.NewBoolVar($"f{f}_{group.Key}");
                Model.Add(LinearExpr.Sum(members.Cast<IntVar>()) == inFactory);
                list.Add((group.Key, inFactory));
            }
        }

        _factoryLiterals[f] = list;
        return list;
    }

    private void AddKeptOrders()
    {
        if (_scope.Freedom is null || _scope.Incumbent is null)
        {
            return;
        }

        var kept = Enumerable.Range(0, _index.Count)
            .Where(f => _scope.Freedom[f] != OperationFreedom.Free && _problem.Jobs[_index.Job[f]].Operations[_index.Op[f]].Frozen is null)
            .Select(f => (Flat: f, A: _scope.Incumbent[_index.Job[f], _index.Op[f]]))
            .GroupBy(x => x.A.Machine);
        foreach (var machine in kept)
        {
            var ordered = machine.OrderBy(x => x.A.Start).ThenBy(x => x.A.End).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Model.Add(_start[ordered[i].Flat] >= End(ordered[i - 1].Flat));
            }
        }
    }

    private void AddObjective()
    {
        var kinds = _problem.Objective.Terms.Select(t => t.Kind).Concat(_scope.TermCaps.Keys).Distinct().ToList();
        foreach (var kind in kinds)
        {
            _terms[kind] = kind switch
            {
                ObjectiveKind.Makespan => MakespanVar(),
                ObjectiveKind.WeightedTardiness => TardinessExpr(),
                _ => CostExpr(),
            };
        }

        foreach (var (kind, cap) in _scope.TermCaps)
        {
            Model.Add(_terms[kind] <= cap);
        }

        var primary = _scope.SingleTerm is { } single
            ? _terms[single]
            : LinearExpr.WeightedSum(_problem.Objective.Terms.Select(t => _terms[t.Kind]), _problem.Objective.Terms.Select(t => t.Weight));
        if (_scope.TieBreakOnCompletionTimes)
        {
            var scale = (_scope.Horizon * Math.Max(1, _completion.Count)) + 1;
            Objective = (primary * scale) + LinearExpr.Sum(_completion);
        }
        else
        {
            Objective = primary;
        }

        Model.Minimize(Objective);
    }

    private IntVar MakespanVar()
    {
        var lower = _completion.Count == 0 ? 0 : _completion.Max(c => c.Domain.Min());
        var makespan = Model.NewIntVar(lower, _scope.Horizon, "makespan");
        foreach (var c in _completion)
        {
            Model.Add(makespan >= c);
        }

        _makespan = makespan;
        return makespan;
    }

    private IntVar? _makespan;

    private LinearExpr TardinessExpr()
    {
        var terms = new List<LinearExpr>();
        for (var j = 0; j < _problem.Jobs.Count; j++)
        {
            if (_problem.Jobs[j].Due is { } due)
            {
                var late = Model.NewIntVar(0, Math.Max(0, _scope.Horizon - due), $"t{j}");
                Model.Add(late >= _completion[j] - due);
                terms.Add(late * _problem.Jobs[j].Weight);
                _tardiness.Add((late, j));
            }
        }

        return LinearExpr.Sum(terms);
    }

    private readonly List<(IntVar Var, int Job)> _tardiness = [];

    private LinearExpr CostExpr()
    {
        var vars = new List<IntVar>();
        var coeffs = new List<long>();
        long constant = 0;
        for (var f = 0; f < _index.Count; f++)
        {
            foreach (var (alt, presence) in _alts[f])
            {
                var c = alt.Occupancy * _problem.Machines[alt.Machine].CostPerTimeUnit;
                if (c == 0)
                {
                    continue;
                }

                if (_alts[f].Count == 1)
                {
                    constant += c;
                }
                else
                {
                    vars.Add((IntVar)presence);
                    coeffs.Add(c);
                }
            }
        }

        foreach (var (literal, cost) in _transportCostTerms)
        {
            vars.Add(literal);
            coeffs.Add(cost);
        }

        return LinearExpr.WeightedSum(vars, coeffs) + constant;
    }

    private void AddHints()
    {
        if (_scope.Incumbent is not { } s)
        {
            return;
        }

        for (var f = 0; f < _index.Count; f++)
        {
            var a = s[_index.Job[f], _index.Op[f]];
            Model.AddHint(_start[f], a.Start);
            if (_alts[f].Count > 1)
            {
                foreach (var (alt, presence) in _alts[f])
                {
                    Model.AddHint((IntVar)presence, alt.Machine == a.Machine ? 1 : 0);
                }
            }
        }

        for (var j = 0; j < _completion.Count; j++)
        {
            Model.AddHint(_completion[j], s.CompletionOf(j));
        }

        if (_makespan is not null)
        {
            Model.AddHint(_makespan, s.Makespan);
        }

        foreach (var (v, j) in _tardiness)
        {
            Model.AddHint(v, ObjectiveEvaluator.WeightedTardiness(_problem, s, j) / Math.Max(1, _problem.Jobs[j].Weight));
        }
    }
}
