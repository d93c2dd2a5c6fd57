using Cofab.Core.Bookings;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Core.Tracking;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Quotes;
using Cofab.Scheduling.Solving;
using Cofab.Scheduling.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Tracking;

/// <summary>
/// For an order with late work: when its remaining operations could run from now on the machines they are booked on,
/// around those machines' other bookings and calendars (<see cref="RescheduleProblemBuilder"/>), and what that does to
/// each part's due date. Nothing is stored or moved. A provider sees only its own operations of the proposal; those who may
/// apply it (<see cref="ApplyReschedule"/>) get a sealed token of the whole proposal and the state it was computed from.
/// </summary>
public sealed partial class ProposeReschedule(AppDbContext db, MachineTimeReader machineTime, RescheduleTickets tickets, IOptions<TrackingOptions> options,
    IOptions<QuoteOptions> quoteOptions, TimeProvider clock, ILogger<ProposeReschedule> logger)
{
    public async Task<Result<RescheduleProposal>> HandleAsync(Guid orderId, Caller caller, CancellationToken ct)
    {
        var loaded = await TrackingAccess.OrderAsync(db, orderId, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        var now = clock.GetUtcNow();
        var work = (await db.WorkOrders.AsNoTracking().Where(w => w.OrderId == orderId).ToListAsync(ct))
            .Where(w => w.Status != WorkOrderStatus.Declined).ToList();
        var open = work.Where(w => TrackingStatuses.Open.Contains(w.Status)).ToList();
        if (LateWorkDetector.Detect(open, now, options.Value.StartGrace).Count == 0)
            return Failure.Conflict("No work of this order is late, so its plan stands; a proposal is made once an operation runs late.");

        var remaining = TrackingStatuses.Remaining(open);
        if (remaining.Count == 0) return Failure.Conflict("Every operation of this order is reported finished; there is nothing left to re-schedule.");
        var clockAt = PlanningClock.StartingAt(now);
        var resourceIds = remaining.Select(r => r.Operation.Operation.ResourceId).Distinct().ToList();
        var resources = await db.Resources.AsNoTracking().Where(r => resourceIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Name, r.EnterpriseId, r.Location, r.CalendarId }).ToListAsync(ct);
        var machines = resources.ToDictionary(r => r.Id, r => new BookedMachine(r.Id, r.EnterpriseId, r.Location));
        var due = order.Parts.Count == 0 ? now : order.Parts.Max(p => p.DueDate);
        var horizonEnd = (due > clockAt.Origin ? due : clockAt.Origin).AddDays(quoteOptions.Value.HorizonDaysAfterDue);
        var busy = await machineTime.ReadAsync(
            [.. resources.Select(r => new QuoteCandidate(r.Id, r.Name, r.EnterpriseId, "", r.Location, r.CalendarId, 0, 0, []))], clockAt.Origin, horizonEnd, ct);
        var own = await OwnBookingsAsync(work, ct);
        var others = busy.ToDictionary(b => b.Key, b => b.Value with { Booked = [.. b.Value.Booked.Where(s => !own.Contains((b.Key, s.Start, s.End)))] });

        var plan = RescheduleProblemBuilder.Build($"reschedule-{orderId:N}", clockAt, order.Parts, remaining, machines, others, quoteOptions.Value.TransportMinutes);
        var settings = options.Value;
        var result = Scheduler.Solve(plan.Problem, new SolverOptions { TimeLimit = TimeSpan.FromSeconds(settings.ProposalSolveSeconds), Workers = settings.SolverWorkers, Seed = 1 }, ct);
        if (result.Schedule is null)
            return Failure.Conflict("The booked machines have no free time for the remaining work before the planning horizon; ask the operator to re-assign it.");
        var report = ScheduleValidator.Validate(plan.Problem, result.Schedule);
        if (!report.IsValid)
        {
            LogInvalidSchedule(logger, plan.Problem.Name, report.ToString());
            return Failure.Conflict("No valid re-scheduling was found this time; try again in a moment.");
        }

        var proposed = new List<ProposedOperation>();
        for (var j = 0; j < plan.Jobs.Count; j++)
        {
            for (var o = 0; o < plan.Jobs[j].Count; o++)
            {
                var (w, op) = (plan.Jobs[j][o].WorkOrder, plan.Jobs[j][o].Operation.Operation);
                var a = result.Schedule[j, o];
                proposed.Add(new ProposedOperation(w.Id, op.PartId, op.PartName, op.Step, op.ProcessCode, op.ResourceId, op.ResourceName, op.ProviderEnterpriseId,
                    op.Start, op.End, clockAt.ToInstant(a.Start), clockAt.ToInstant(a.End)));
            }
        }

        var parts = Parts(order.Parts, work, proposed);
        var visible = caller.SeesWholeOrder(order) ? proposed : [.. proposed.Where(p => p.ProviderEnterpriseId == caller.EnterpriseId)];
        var summary = $"{result.Status}: objective {result.Objective}, bound {result.LowerBound}, {result.Elapsed.TotalSeconds:0.0} s";
        string? token = null;
        if (ApplyReschedule.MayApply(caller, order))
        {
            var fingerprint = await RescheduleFingerprint.ComputeAsync(db, order, work, resourceIds, now, ct);
            token = tickets.Seal(new RescheduleTicket(orderId, now, fingerprint,
                [.. proposed.Select(p => new OperationMove(p.WorkOrderId, p.PartId, p.Step, p.ProposedStart, p.ProposedEnd))]));
        }
        return new RescheduleProposal(orderId, now, summary, visible, parts, parts.Count == 0 ? 0 : parts.Max(p => p.DelayMinutes), token);
    }

    /// <summary>The order's own bookings are what the proposal moves, so they do not count as the machines' busy time.</summary>
    private async Task<HashSet<(Guid, DateTimeOffset, DateTimeOffset)>> OwnBookingsAsync(IReadOnlyList<WorkOrder> work, CancellationToken ct)
    {
        var ids = work.Select(w => (Guid?)w.Id).ToList();
        var rows = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.WorkOrderId) && b.Status == BookingStatus.Active)
            .Select(b => new { b.ResourceId, b.Start, b.End }).ToListAsync(ct);
        return [.. rows.Select(r => (r.ResourceId, r.Start, r.End))];
    }

    /// <summary>Per part: the planned completion, the projected one (finished operations as reported, the rest as proposed) and the delay.</summary>
    private static List<ProposedPart> Parts(IEnumerable<OrderPart> parts, IReadOnlyList<WorkOrder> work, IReadOnlyList<ProposedOperation> proposed)
    {
        var result = new List<ProposedPart>();
        foreach (var part in parts)
        {
            var ops = work.SelectMany(w => w.Operations).Where(o => o.Operation.PartId == part.Id).ToList();
            if (ops.Count == 0) continue;
            var planned = ops.Max(o => o.Operation.End);
            var ends = ops.Where(o => o.FinishedAt is not null).Select(o => o.FinishedAt!.Value)
                .Concat(proposed.Where(p => p.PartId == part.Id).Select(p => p.ProposedEnd)).ToList();
            var projected = ends.Count == 0 ? planned : ends.Max();
            var delay = projected > part.DueDate ? (long)Math.Ceiling((projected - part.DueDate).TotalMinutes) : 0;
            result.Add(new ProposedPart(part.Id, part.Name, part.DueDate, planned, projected, delay));
        }
        return result;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduling engine returned an invalid re-scheduling for {Problem}: {Violations}")]
    private static partial void LogInvalidSchedule(ILogger logger, string problem, string violations);
}
