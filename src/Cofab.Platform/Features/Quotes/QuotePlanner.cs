using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Scheduling.Model;
using Cofab.Scheduling.Solving;
using Cofab.Scheduling.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Quotes;

/// <summary>
/// Computes the three quotes of an order (nothing is stored): candidates per step, one scheduling problem, three solves
/// (fastest = makespan, cheapest = cost, time breaking ties, balanced = makespan valued at the cheapest plan's spend per minute + cost +
/// tardiness), each schedule validated independently. The options shown are the best found per criterion across the
/// three solves, so the "fastest" never arrives later than another option and the "cheapest" never costs more.
/// </summary>
public sealed partial class QuotePlanner(IQuoteCandidateSource candidates, MachineTimeReader machineTime, IOptions<QuoteOptions> options, ILogger<QuotePlanner> logger)
{
    public async Task<Result<IReadOnlyList<Quote>>> PlanAsync(Order order, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var settings = options.Value;
        var clock = PlanningClock.StartingAt(now.AddMinutes(settings.LeadMinutes));
        var totalQuantity = order.Parts.Sum(p => p.Quantity);
        var queries = order.Parts.SelectMany(part => part.Routing.Select(step => new CandidateQuery(step.Requirement with { Quantity = part.Quantity },
            part.Quantity, part.DueDate, order.DeliveryLocation, PartValue(order, part, totalQuantity), settings.CandidatesPerOperation))).ToList();
        var byQuery = await candidates.FindAsync(queries, ct);

        var parts = new List<PlanningPart>();
        var q = 0;
        foreach (var part in order.Parts)
        {
            var steps = new List<IReadOnlyList<QuoteCandidate>>();
            foreach (var step in part.Routing)
            {
                if (byQuery[q].Count == 0)
                    return Failure.Conflict($"No published machine can do step {step.Number} ({step.ProcessCode}) of \"{part.Name}\" for {part.Quantity} pieces; change that step or the quantity and ask again.");
                steps.Add(byQuery[q++]);
            }
            parts.Add(new PlanningPart(part, PartValue(order, part, totalQuantity), steps));
        }

        var horizonEnd = order.Parts.Max(p => p.DueDate) is var due && due > clock.Origin ? due.AddDays(settings.HorizonDaysAfterDue) : clock.Origin.AddDays(settings.HorizonDaysAfterDue);
        var busy = await machineTime.ReadAsync([.. byQuery.SelectMany(c => c)], clock.Origin, horizonEnd, ct);
        var plan = QuoteProblemBuilder.Build($"order-{order.Id:N}", clock, parts, order.DeliveryLocation, busy, settings);

        var fastest = Solve(plan, new ObjectiveSpec([new ObjectiveTerm(ObjectiveKind.Makespan)]), ct);
        // Cost alone puts no price on time: among equally cheap plans the engine could deliver months late. A fen outweighs
        // 100 minutes, so time only separates plans of (nearly) equal cost; one weighted solve keeps the whole time limit.
        var cheapest = Solve(plan, new ObjectiveSpec([new ObjectiveTerm(ObjectiveKind.Cost, 100), new ObjectiveTerm(ObjectiveKind.Makespan)]), ct);
        if (fastest is null && cheapest is null)
            return Failure.Conflict("The machines that can make this order have no free time that fits it before the planning horizon; move the due dates later and ask again.");
        var minuteValue = fastest is not null && cheapest is not null
            ? Math.Max(1, cheapest.Value.Result.TermValues[0] / Math.Max(1, fastest.Value.Result.Makespan))
            : 1;
        var balanced = Solve(plan, new ObjectiveSpec([
            new ObjectiveTerm(ObjectiveKind.Makespan, minuteValue),
            new ObjectiveTerm(ObjectiveKind.Cost),
            new ObjectiveTerm(ObjectiveKind.WeightedTardiness, minuteValue * 4)]), ct);

        var solved = new[] { (QuoteOption.Fastest, fastest), (QuoteOption.Cheapest, cheapest), (QuoteOption.Balanced, balanced) }
            .Where(s => s.Item2 is not null)
            .Select(s => QuoteComposer.Compose(plan, s.Item2!.Value.Schedule, s.Item1, s.Item2.Value.Summary, order.Id, order.DemanderEnterpriseId, now, settings))
            .ToList();
        var quickest = solved.MinBy(s => (s.DeliveryDate, s.Total))!;
        var lowest = solved.MinBy(s => (s.Total, s.DeliveryDate))!;
        var middle = solved.FirstOrDefault(s => s.Option == QuoteOption.Balanced) ?? solved[0];
        return new[] { As(quickest, QuoteOption.Fastest), As(lowest, QuoteOption.Cheapest), As(middle, QuoteOption.Balanced) };
    }

    /// <summary>The order's declared value shared over its parts by quantity: by-value prices take a share of it.</summary>
    internal static decimal? PartValue(Order order, OrderPart part, int totalQuantity) =>
        order.DeclaredValue is { } value && totalQuantity > 0 ? value * part.Quantity / totalQuantity : null;

    private static Quote As(Quote quote, QuoteOption option) => new()
    {
        Id = Guid.NewGuid(), OrderId = quote.OrderId, DemanderEnterpriseId = quote.DemanderEnterpriseId, Option = option, Status = quote.Status,
        Total = quote.Total, Currency = quote.Currency, DeliveryDate = quote.DeliveryDate, ValidUntil = quote.ValidUntil, CreatedAt = quote.CreatedAt,
        SolverSummary = quote.SolverSummary, Breakdown = quote.Breakdown, Operations = quote.Operations, Factories = quote.Factories, Version = Guid.NewGuid(),
    };

    private (Schedule Schedule, ScheduleResult Result, string Summary)? Solve(QuotePlan plan, ObjectiveSpec objective, CancellationToken ct)
    {
        var problem = plan.With(objective);
        var settings = options.Value;
        var result = Scheduler.Solve(problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(settings.SolveSeconds), Workers = settings.SolverWorkers, Seed = 1 }, ct);
        if (result.Schedule is null) return null;
        var report = ScheduleValidator.Validate(problem, result.Schedule);
        if (!report.IsValid)
        {
            LogInvalidSchedule(logger, problem.Name, report.ToString());
            return null;
        }
        var terms = string.Join(", ", objective.Terms.Select(t => t.Kind));
        return (result.Schedule, result, $"{result.Status} on {terms}: objective {result.Objective}, bound {result.LowerBound}, {result.Elapsed.TotalSeconds:0.0} s");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduling engine returned an invalid schedule for {Problem}: {Violations}")]
    private static partial void LogInvalidSchedule(ILogger logger, string problem, string violations);
}
