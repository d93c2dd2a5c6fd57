using Cofab.Scheduling.Model;
using Google.OrTools.Sat;

namespace Cofab.Scheduling.Solving;

/// <summary>
/// The LNS sub-model for problems too large for one CP-SAT model: only the free operations are variables, and each may
/// move at most <c>reach</c> time units from its incumbent start. Everything else keeps its exact place and enters as
/// constants: fixed intervals on the machines the free operations could use (only those near the free operations'
/// time ranges) and bounds from fixed predecessors and successors, transport included. The objective is the problem's
/// objective restricted to what the free operations can change; it differs from the true value by a constant.
/// </summary>
internal sealed class LocalSubModel
{
    private readonly SchedulingProblem _problem;
    private readonly OperationIndex _index;
    private readonly Schedule _incumbent;
    private readonly int[] _free;
    private readonly Dictionary<int, int> _slot = [];
    private readonly IntVar[] _start;
    private readonly List<(Alternative Alt, ILiteral Presence)>[] _alts;
    private readonly List<(long Lo, long Hi)>[] _rangesOnMachine;
    private readonly List<(IntVar Var, long Coefficient)> _objective = [];
    private readonly List<(IntVar Var, long Value)> _hints = [];

    public LocalSubModel(SchedulingProblem problem, OperationIndex index, Schedule incumbent, bool[] relaxed, long reach, List<Assignment>[] byMachine)
    {
        _problem = problem;
        _index = index;
        _incumbent = incumbent;
        _free = Enumerable.Range(0, index.Count).Where(f => relaxed[f] && Op(f).Frozen is null).ToArray();
        for (var i = 0; i < _free.Length; i++)
        {
            _slot[_free[i]] = i;
        }

        _start = new IntVar[_free.Length];
        _alts = new List<(Alternative, ILiteral)>[_free.Length];
        _rangesOnMachine = problem.Machines.Select(_ => new List<(long, long)>()).ToArray();
        Build(reach, byMachine);
    }

    public CpModel Model { get; } = new();

    public bool IsEmpty => _free.Length == 0;

    public Schedule Extract(Func<IntVar, long> value, Func<ILiteral, bool> isTrue)
    {
        var result = _problem.Jobs.Select((j, ji) => Enumerable.Range(0, j.Operations.Count).Select(o => _incumbent[ji, o]).ToArray()).ToArray();
        for (var i = 0; i < _free.Length; i++)
        {
            var f = _free[i];
            var alt = _alts[i].First(a => isTrue(a.Presence)).Alt;
            var s = value(_start[i]);
            result[_index.Job[f]][_index.Op[f]] = new Assignment(_index.Job[f], _index.Op[f], alt.Machine, s, s + alt.Occupancy);
        }

        return new Schedule(result);
    }

    private Operation Op(int f) => _problem.Jobs[_index.Job[f]].Operations[_index.Op[f]];

    private Assignment Current(int f) => _incumbent[_index.Job[f], _index.Op[f]];

    private void Build(long reach, List<Assignment>[] byMachine)
    {
        var intervals = _problem.Machines.Select(_ => new List<IntervalVar>()).ToArray();
        for (var i = 0; i < _free.Length; i++)
        {
            var f = _free[i];
            var current = Current(f);
            var lo = Math.Max(_problem.Jobs[_index.Job[f]].Release, current.Start - reach);
            var hi = current.Start + reach;
            _start[i] = Model.NewIntVar(lo, hi, $"s{f}");
            _hints.Add((_start[i], current.Start));
            var alts = Op(f).Alternatives;
            _alts[i] = [];
            foreach (var alt in alts)
            {
                ILiteral presence = alts.Count == 1 ? Model.TrueLiteral() : Model.NewBoolVar($"p{f}_{alt.Machine}");
                if (alts.Count > 1)
                {
                    _hints.Add(((IntVar)presence, alt.Machine == current.Machine ? 1 : 0));
                }

                _alts[i].Add((alt, presence));
                if (alt.Occupancy > 0)
                {
                    intervals[alt.Machine].Add(Model.NewOptionalFixedSizeIntervalVar(_start[i], alt.Occupancy, presence, $"i{f}_{alt.Machine}"));
                    _rangesOnMachine[alt.Machine].Add((lo, hi + alt.Occupancy));
                }

                var price = alt.Occupancy * _problem.Machines[alt.Machine].CostPerTimeUnit;
                if (price != 0 && alts.Count > 1)
                {
                    AddCost((IntVar)presence, price);
                }
            }

            if (alts.Count > 1)
            {
                Model.AddExactlyOne(_alts[i].Select(a => a.Presence));
            }
        }

        AddFixedOccupancy(intervals, byMachine);
        foreach (var list in intervals.Where(l => l.Count > 1))
        {
            Model.AddNoOverlap(list);
        }

        AddPrecedences();
        AddJobTerms();
        Model.Minimize(LinearExpr.WeightedSum(_objective.Select(o => o.Var), _objective.Select(o => o.Coefficient)));
        foreach (var (v, value) in _hints)
        {
            Model.AddHint(v, value);
        }
    }

    /// <summary>Fixed operations and calendar blocks that a free operation could run into, and nothing else.</summary>
    private void AddFixedOccupancy(List<IntervalVar>[] intervals, List<Assignment>[] byMachine)
    {
        for (var m = 0; m < _problem.Machines.Count; m++)
        {
            var ranges = _rangesOnMachine[m];
            if (ranges.Count == 0)
            {
                continue;
            }

            bool Near(long s, long e) => ranges.Any(r => s < r.Hi && r.Lo < e);
            foreach (var a in byMachine[m])
            {
                if (a.End > a.Start && !_slot.ContainsKey(_index.Flat(a.Job, a.Operation)) && Near(a.Start, a.End))
                {
                    intervals[m].Add(Model.NewFixedSizeIntervalVar(Model.NewConstant(a.Start), a.End - a.Start, "fixed"));
                }
            }

            foreach (var w in _problem.Machines[m].Unavailable.Where(w => Near(w.Start, w.End)))
            {
                intervals[m].Add(Model.NewFixedSizeIntervalVar(Model.NewConstant(w.Start), w.Length, "off"));
            }
        }
    }

    private void AddPrecedences()
    {
        foreach (var (from, to) in ObjectiveEvaluator.Arcs(_problem))
        {
            var fromFlat = _index.Flat(from.Job, from.Op);
            var toFlat = _index.Flat(to.Job, to.Op);
            var fromFree = _slot.TryGetValue(fromFlat, out var a);
            var toFree = _slot.TryGetValue(toFlat, out var b);
            if (fromFree && toFree)
            {
                foreach (var (altA, pa) in _alts[a])
                {
                    foreach (var (altB, pb) in _alts[b])
                    {
                        var gap = altA.Occupancy + _problem.TransportTime(altA.Machine, altB.Machine);
                        Model.Add(_start[b] >= _start[a] + gap).OnlyEnforceIf([pa, pb]);
                        AddTransportCost(altA.Machine, altB.Machine, pa, pb);
                    }
                }
            }
            else if (fromFree)
            {
                var fixedTo = Current(toFlat);
                foreach (var (alt, p) in _alts[a])
                {
                    Model.Add(_start[a] + alt.Occupancy + _problem.TransportTime(alt.Machine, fixedTo.Machine) <= fixedTo.Start).OnlyEnforceIf(p);
                    AddTransportCost(alt.Machine, fixedTo.Machine, p, null);
                }
            }
            else if (toFree)
            {
                var fixedFrom = Current(fromFlat);
                foreach (var (alt, p) in _alts[b])
                {
                    Model.Add(_start[b] >= fixedFrom.End + _problem.TransportTime(fixedFrom.Machine, alt.Machine)).OnlyEnforceIf(p);
                    AddTransportCost(fixedFrom.Machine, alt.Machine, p, null);
                }
            }
        }
    }

    private void AddTransportCost(int fromMachine, int toMachine, ILiteral a, ILiteral? b)
    {
        var cost = _problem.TransportCost(fromMachine, toMachine);
        if (cost == 0 || CostWeight == 0)
        {
            return;
        }

        var both = Model.NewBoolVar("tc");
        Model.AddBoolOr(b is null ? [a.Not(), both] : [a.Not(), b.Not(), both]);
        AddCost(both, cost);
    }

    private long CostWeight => _problem.Objective.Terms.Where(t => t.Kind == ObjectiveKind.Cost).Sum(t => t.Weight);

    private void AddCost(IntVar v, long cost)
    {
        if (CostWeight != 0)
        {
            _objective.Add((v, cost * CostWeight));
        }
    }

    /// <summary>Completion, tardiness and makespan of the jobs that have a free operation; other jobs are constants.</summary>
    private void AddJobTerms()
    {
        var tardinessWeight = _problem.Objective.Terms.Where(t => t.Kind == ObjectiveKind.WeightedTardiness).Sum(t => t.Weight);
        var makespanWeight = _problem.Objective.Terms.Where(t => t.Kind == ObjectiveKind.Makespan).Sum(t => t.Weight);
        var horizon = _free.Select(f => _start[_slot[f]].Domain.Max()).DefaultIfEmpty(0).Max() + _free.Select(f => Op(f).Alternatives.Max(a => a.Occupancy)).DefaultIfEmpty(0).Max();
        var fixedMakespan = _incumbent.All.Where(a => !_slot.ContainsKey(_index.Flat(a.Job, a.Operation))).Select(a => a.End).DefaultIfEmpty(0).Max();
        IntVar? makespan = null;
        if (makespanWeight != 0)
        {
            makespan = Model.NewIntVar(fixedMakespan, Math.Max(fixedMakespan, horizon), "makespan");
            _objective.Add((makespan, makespanWeight));
            _hints.Add((makespan, _incumbent.Makespan));
        }

        foreach (var job in _free.Select(f => _index.Job[f]).Distinct())
        {
            var fixedEnd = _index.OfJob(job).Where(f => !_slot.ContainsKey(f)).Select(f => Current(f).End).DefaultIfEmpty(0).Max();
            var completion = Model.NewIntVar(fixedEnd, Math.Max(fixedEnd, horizon), $"c{job}");
            _hints.Add((completion, _incumbent.CompletionOf(job)));
            foreach (var f in _index.OfJob(job).Where(_slot.ContainsKey))
            {
                var i = _slot[f];
                foreach (var (alt, p) in _alts[i])
                {
                    Model.Add(completion >= _start[i] + alt.Occupancy).OnlyEnforceIf(p);
                }
            }

            if (makespan is not null)
            {
                Model.Add(makespan >= completion);
            }

            if (tardinessWeight != 0 && _problem.Jobs[job].Due is { } due)
            {
                var late = Model.NewIntVar(0, Math.Max(0, Math.Max(fixedEnd, horizon) - due), $"t{job}");
                Model.Add(late >= completion - due);
                _objective.Add((late, tardinessWeight * _problem.Jobs[job].Weight));
                _hints.Add((late, Math.Max(0, _incumbent.CompletionOf(job) - due)));
            }
        }
    }
}
