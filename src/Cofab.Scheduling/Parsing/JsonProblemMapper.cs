using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Parsing;

/// <summary>Maps the JSON data classes to the problem model and back, with errors that name the JSON path.</summary>
internal static class JsonProblemMapper
{
    public static ParseResult<SchedulingProblem> ToProblem(ProblemDto dto, string fallbackName)
    {
        var factoriesDto = dto.Factories is { Count: > 0 } list ? list : [new FactoryDto { Id = "F1", Name = "Factory 1" }];
        var factories = factoriesDto.Select((f, i) => new Factory(f.Id ?? $"F{i + 1}", f.Name ?? f.Id ?? $"F{i + 1}")).ToList();
        var factoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < factories.Count; i++)
        {
            if (!factoryIndex.TryAdd(factories[i].Id, i))
            {
                return Fail($"factories[{i}]: duplicate factory id '{factories[i].Id}'");
            }
        }

        if (dto.Machines is not { Count: > 0 })
        {
            return Fail("machines: at least one machine is required");
        }

        var machines = new List<Machine>();
        var machineIndex = new Dictionary<int, int>();
        for (var i = 0; i < dto.Machines.Count; i++)
        {
            var m = dto.Machines[i];
            var factory = 0;
            if (m.Factory is not null && !factoryIndex.TryGetValue(m.Factory, out factory))
            {
                return Fail($"machines[{i}]: unknown factory '{m.Factory}'");
            }

            if (!machineIndex.TryAdd(m.Id, i))
            {
                return Fail($"machines[{i}]: duplicate machine id {m.Id}");
            }

            var windows = (m.Unavailable ?? []).Select(w => new TimeWindow(w.Start, w.End)).ToList();
            if (windows.FirstOrDefault(w => w.End < w.Start) is { End: var end, Start: var start } && end < start)
            {
                return Fail($"machines[{i}]: unavailable window [{start},{end}) ends before it starts");
            }

            machines.Add(new Machine(m.Id, m.Name ?? $"M{m.Id}", factory, m.CostPerTimeUnit) { Unavailable = Normalise(windows) });
        }

        var transportTime = Matrix(dto.Transport?.Time, factories.Count, "transport.time", out var error);
        var transportCost = error is null ? Matrix(dto.Transport?.Cost, factories.Count, "transport.cost", out error) : null;
        if (error is not null)
        {
            return Fail(error);
        }

        var jobs = new List<Job>();
        for (var j = 0; j < (dto.Jobs?.Count ?? 0); j++)
        {
            var job = MapJob(dto.Jobs![j], j, machineIndex, out error);
            if (job is null)
            {
                return Fail(error!);
            }

            jobs.Add(job);
        }

        var objective = MapObjective(dto.Objective, out error);
        if (objective is null)
        {
            return Fail(error!);
        }

        return ParseResult<SchedulingProblem>.Ok(
            new SchedulingProblem(dto.Name ?? fallbackName, factories, machines, jobs, objective, transportTime, transportCost));
    }

    public static ProblemDto ToDto(SchedulingProblem p)
    {
        var f = p.Factories.Count;
        return new ProblemDto
        {
            Name = p.Name,
            TimeUnit = "minute",
            Factories = p.Factories.Select(x => new FactoryDto { Id = x.Id, Name = x.Name }).ToList(),
            Transport = p.HasTransport
                ? new TransportDto
                {
                    Time = Enumerable.Range(0, f).Select(a => Enumerable.Range(0, f).Select(b => p.FactoryTransportTime(a, b)).ToList()).ToList(),
                    Cost = Enumerable.Range(0, f).Select(a => Enumerable.Range(0, f).Select(b => p.FactoryTransportCost(a, b)).ToList()).ToList(),
                }
                : null,
            Machines = p.Machines.Select(m => new MachineDto
            {
                Id = m.Number,
                Name = m.Name,
                Factory = p.Factories[m.Factory].Id,
                CostPerTimeUnit = m.CostPerTimeUnit,
                Unavailable = m.Unavailable.Count == 0 ? null : m.Unavailable.Select(w => new WindowDto { Start = w.Start, End = w.End }).ToList(),
            }).ToList(),
            Jobs = p.Jobs.Select(j => new JobDto
            {
                Name = j.Name,
                Release = j.Release,
                Due = j.Due,
                Weight = j.Weight,
                Operations = j.Operations.Select((o, i) => new OperationDto
                {
                    Name = o.Name,
                    Alternatives = o.Alternatives.Select(a => new AlternativeDto { Machine = p.Machines[a.Machine].Number, Duration = a.Duration, Setup = a.Setup }).ToList(),
                    // A chain is the default; only a DAG needs its predecessors spelled out.
                    Predecessors = IsChainLink(o, i) ? null : o.Predecessors.Select(x => x + 1).ToList(),
                    Frozen = o.Frozen is { } fr ? new FrozenDto { Machine = p.Machines[fr.Machine].Number, Start = fr.Start } : null,
                }).ToList(),
            }).ToList(),
            Objective = new ObjectiveDto
            {
                Lexicographic = p.Objective.Lexicographic,
                Terms = p.Objective.Terms.Select(t => new ObjectiveTermDto { Kind = KindName(t.Kind), Weight = t.Weight }).ToList(),
            },
        };
    }

    private static bool IsChainLink(Operation o, int index) =>
        index == 0 ? o.Predecessors.Count == 0 : o.Predecessors.Count == 1 && o.Predecessors[0] == index - 1;

    private static Job? MapJob(JobDto dto, int j, Dictionary<int, int> machineIndex, out string? error)
    {
        error = null;
        var name = dto.Name ?? $"J{j + 1}";
        var opsDto = dto.Operations ?? [];
        var ops = new List<Operation>();
        for (var o = 0; o < opsDto.Count; o++)
        {
            var od = opsDto[o];
            var path = $"jobs[{j}].operations[{o}]";
            if (od.Alternatives is not { Count: > 0 })
            {
                error = $"{path}: an operation needs at least one alternative machine";
                return null;
            }

            var alts = new List<Alternative>();
            foreach (var ad in od.Alternatives)
            {
                if (!machineIndex.TryGetValue(ad.Machine, out var m))
                {
                    error = $"{path}: unknown machine {ad.Machine}";
                    return null;
                }

                if (ad.Duration < 0 || ad.Setup < 0)
                {
                    error = $"{path}: negative duration or setup on machine {ad.Machine}";
                    return null;
                }

                alts.Add(new Alternative(m, ad.Duration, ad.Setup));
            }

            var preds = od.Predecessors?.Select(p => p - 1).ToList() ?? (o == 0 ? [] : [o - 1]);
            if (preds.FirstOrDefault(p => p < 0 || p >= opsDto.Count || p == o, -1) is var bad && bad != -1)
            {
                error = $"{path}: predecessor {bad + 1} is not another operation of this job (1..{opsDto.Count})";
                return null;
            }

            FrozenPlacement? frozen = null;
            if (od.Frozen is { } fd)
            {
                if (!machineIndex.TryGetValue(fd.Machine, out var fm) || alts.All(a => a.Machine != fm))
                {
                    error = $"{path}: frozen on machine {fd.Machine}, which is not one of its alternatives";
                    return null;
                }

                frozen = new FrozenPlacement(fm, fd.Start);
            }

            ops.Add(new Operation(od.Name ?? $"{name}.{o + 1}", alts, preds) { Frozen = frozen });
        }

        if (HasCycle(ops))
        {
            error = $"jobs[{j}]: the predecessors form a cycle";
            return null;
        }

        return new Job(name, ops) { Release = dto.Release, Due = dto.Due, Weight = dto.Weight };
    }

    private static ObjectiveSpec? MapObjective(ObjectiveDto? dto, out string? error)
    {
        error = null;
        if (dto?.Terms is not { Count: > 0 })
        {
            return ObjectiveSpec.Makespan;
        }

        var terms = new List<ObjectiveTerm>();
        foreach (var t in dto.Terms)
        {
            ObjectiveKind? kind = t.Kind?.ToUpperInvariant() switch
            {
                "MAKESPAN" => ObjectiveKind.Makespan,
                "WEIGHTEDTARDINESS" or "WEIGHTED_TARDINESS" or "TARDINESS" => ObjectiveKind.WeightedTardiness,
                "COST" => ObjectiveKind.Cost,
                _ => null,
            };
            if (kind is null)
            {
                error = $"objective.terms: unknown kind '{t.Kind}' (makespan, weightedTardiness, cost)";
                return null;
            }

            terms.Add(new ObjectiveTerm(kind.Value, t.Weight));
        }

        return new ObjectiveSpec(terms, dto.Lexicographic);
    }

    private static string KindName(ObjectiveKind kind) => kind switch
    {
        ObjectiveKind.Makespan => "makespan",
        ObjectiveKind.WeightedTardiness => "weightedTardiness",
        _ => "cost",
    };

    private static long[,]? Matrix(List<List<long>>? rows, int n, string path, out string? error)
    {
        error = null;
        if (rows is null)
        {
            return null;
        }

        if (rows.Count != n || rows.Any(r => r.Count != n))
        {
            error = $"{path}: expected a {n}×{n} matrix (one row and column per factory)";
            return null;
        }

        var m = new long[n, n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                m[a, b] = a == b ? 0 : rows[a][b];
                if (m[a, b] < 0)
                {
                    error = $"{path}[{a}][{b}]: negative value";
                    return null;
                }
            }
        }

        return m;
    }

    /// <summary>Sorts windows and merges the ones that touch, so that later checks can scan them in order.</summary>
    internal static List<TimeWindow> Normalise(IEnumerable<TimeWindow> windows)
    {
        var merged = new List<TimeWindow>();
        foreach (var w in windows.Where(w => w.Length > 0).OrderBy(w => w.Start))
        {
            if (merged.Count > 0 && w.Start <= merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, w.End) };
            }
            else
            {
                merged.Add(w);
            }
        }

        return merged;
    }

    private static bool HasCycle(List<Operation> ops)
    {
        var state = new int[ops.Count];
        bool Visit(int o)
        {
            if (state[o] == 1)
            {
                return true;
            }

            if (state[o] == 2)
            {
                return false;
            }

            state[o] = 1;
            if (ops[o].Predecessors.Any(Visit))
            {
                return true;
            }

            state[o] = 2;
            return false;
        }

        return Enumerable.Range(0, ops.Count).Any(Visit);
    }

    private static ParseResult<SchedulingProblem> Fail(string error) => ParseResult<SchedulingProblem>.Fail(error);
}
