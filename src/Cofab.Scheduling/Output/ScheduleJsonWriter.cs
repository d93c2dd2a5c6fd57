using System.Text.Json;
using System.Text.Json.Serialization;
using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Output;

/// <summary>
/// Writes a result as schedule.json: makespan, lowerBound, status and one entry per operation with job and op numbered
/// from 1 in file order, and the machine numbered exactly as the input file numbers it.
/// </summary>
public static class ScheduleJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(SchedulingProblem problem, ScheduleResult result)
    {
        var doc = new ScheduleDocument
        {
            Instance = problem.Name,
            Status = result.Status.ToString().ToLowerInvariant(),
            Makespan = result.Makespan,
            Objective = result.Objective,
            LowerBound = result.LowerBound,
            Gap = Math.Round(result.Gap, 6),
            ElapsedSeconds = Math.Round(result.Elapsed.TotalSeconds, 3),
            TimeToBestSeconds = Math.Round(result.TimeToBest.TotalSeconds, 3),
            Message = result.Message,
            Objectives = problem.Objective.Terms.Select((t, i) => new TermDocument
            {
                Kind = t.Kind.ToString(),
                Weight = t.Weight,
                Value = i < result.TermValues.Count ? result.TermValues[i] : 0,
            }).ToList(),
            Penalties = result.Penalties.Select(p => new PenaltyDocument { Name = p.Name, Kind = p.Kind.ToString(), Amount = p.Amount }).ToList(),
            Operations = result.Schedule?.All
                .OrderBy(a => a.Job).ThenBy(a => a.Operation)
                .Select(a => new OperationDocument
                {
                    Job = a.Job + 1,
                    Op = a.Operation + 1,
                    Machine = problem.Machines[a.Machine].Number,
                    Factory = problem.Factories[problem.Machines[a.Machine].Factory].Id,
                    Start = a.Start,
                    End = a.End,
                }).ToList() ?? [],
        };
        return JsonSerializer.Serialize(doc, Options);
    }

    private sealed class ScheduleDocument
    {
        public string? Instance { get; set; }
        public string? Status { get; set; }
        public long Makespan { get; set; }
        public long Objective { get; set; }
        public long LowerBound { get; set; }
        public double Gap { get; set; }
        public double ElapsedSeconds { get; set; }
        public double TimeToBestSeconds { get; set; }
        public string? Message { get; set; }
        public List<TermDocument> Objectives { get; set; } = [];
        public List<PenaltyDocument> Penalties { get; set; } = [];
        public List<OperationDocument> Operations { get; set; } = [];
    }

    private sealed class TermDocument
    {
        public string? Kind { get; set; }
        public long Weight { get; set; }
        public long Value { get; set; }
    }

    private sealed class PenaltyDocument
    {
        public string? Name { get; set; }
        public string? Kind { get; set; }
        public long Amount { get; set; }
    }

    private sealed class OperationDocument
    {
        public int Job { get; set; }
        public int Op { get; set; }
        public int Machine { get; set; }
        public string? Factory { get; set; }
        public long Start { get; set; }
        public long End { get; set; }
    }
}
