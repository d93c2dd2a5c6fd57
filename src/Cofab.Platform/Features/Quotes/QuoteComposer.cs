using Cofab.Core.Pricing;
using Cofab.Core.Quotes;
using Cofab.Scheduling.Model;

namespace Cofab.Platform.Features.Quotes;

/// <summary>Reads a solved schedule back into a quote: placed operations, exact prices, transport legs, delivery date.</summary>
public static class QuoteComposer
{
    public static Quote Compose(QuotePlan plan, Schedule schedule, QuoteOption option, string solverSummary, Guid orderId, Guid demanderId,
        DateTimeOffset now, QuoteOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(options);
        var problem = plan.Problem;
        var operations = new List<ScheduledOperation>();
        var lines = new List<PriceLine>();
        var legs = new List<TransportLeg>();
        long arrival = 0;
        for (var j = 0; j < problem.Jobs.Count; j++)
        {
            var job = problem.Jobs[j];
            for (var o = 0; o < job.Operations.Count; o++)
            {
                var a = schedule[j, o];
                var planned = plan.Steps[j][o];
                foreach (var p in job.Operations[o].Predecessors)
                {
                    var from = problem.Machines[schedule[j, p].Machine].Factory;
                    var to = problem.Machines[a.Machine].Factory;
                    if (from == to) continue;
                    var km = Point(plan, from).DistanceKmTo(Point(plan, to));
                    legs.Add(new TransportLeg(planned.Part.Id, plan.FactoryEnterprises[from]!.Value, plan.FactoryEnterprises[to], Math.Round(km, 1),
                        TransportPricing.Charge(km, options.Rates)));
                }

                if (planned.Step is not { } step)
                {
                    arrival = Math.Max(arrival, a.Start);
                    continue;
                }

                var machine = plan.Machines[a.Machine]!;
                var charge = OperationPricing.Price(machine.Prices, new OperationWork(step.ProcessCode, planned.Part.Quantity, machine.SetupMinutes, machine.UnitMinutes, planned.PartValue));
                var amount = charge?.Amount ?? 0m;
                operations.Add(new ScheduledOperation(planned.Part.Id, planned.Part.Name, step.Number, step.ProcessCode, planned.Part.Quantity,
                    machine.ResourceId, machine.ResourceName, machine.EnterpriseId, plan.Clock.ToInstant(a.Start), plan.Clock.ToInstant(a.End), amount));
                lines.Add(new PriceLine(planned.Part.Id, planned.Part.Name, step.Number, step.ProcessCode, machine.ResourceId, machine.EnterpriseId,
                    charge?.Model ?? Core.Resources.PricingModel.PerHour, amount));
            }
        }

        var breakdown = PriceBreakdown.Create(lines, legs, options.Rates);
        var factories = operations.GroupBy(op => op.ProviderEnterpriseId).Select(g =>
        {
            var machine = plan.Machines.First(m => m?.EnterpriseId == g.Key)!;
            return new QuoteFactory(g.Key, machine.EnterpriseName, machine.Location.Latitude, machine.Location.Longitude, g.Count());
        }).ToList();
        return new Quote
        {
            Id = Guid.NewGuid(),
            OrderId = orderId,
            DemanderEnterpriseId = demanderId,
            Option = option,
            Status = QuoteStatus.Open,
            Total = breakdown.Total,
            Currency = breakdown.Currency,
            DeliveryDate = plan.Clock.ToInstant(arrival),
            ValidUntil = now.AddMinutes(options.ValidityMinutes),
            CreatedAt = now,
            SolverSummary = solverSummary,
            Breakdown = breakdown,
            Operations = [.. operations.OrderBy(op => op.Start).ThenBy(op => op.PartName, StringComparer.Ordinal)],
            Factories = factories,
            Version = Guid.NewGuid(),
        };
    }

    private static Core.Geography.GeoPoint Point(QuotePlan plan, int factory) =>
        plan.FactoryEnterprises[factory] is { } enterprise ? plan.Machines.First(m => m?.EnterpriseId == enterprise)!.Location : plan.Delivery;
}
