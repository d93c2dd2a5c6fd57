using Cofab.Core.MachineData;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Machines;

/// <summary>
/// Minutes busy, idle and offline of one connected machine over a period, and utilisation = busy / (busy + idle).
/// For the machine's owner, the operator and the regulator; anyone else is told it does not exist.
/// </summary>
public sealed class GetMachineUtilisation(AppDbContext db)
{
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public async Task<Result<MachineUtilisation>> HandleAsync(Guid resourceId, DateTimeOffset? from, DateTimeOffset? to, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (Period.Check(from, to, MaxPeriod) is { } invalid) return invalid;
        var owner = await db.MachineConnections.AsNoTracking().Where(c => c.ResourceId == resourceId).Select(c => (Guid?)c.EnterpriseId).SingleOrDefaultAsync(ct);
        if (owner is not { } ownerId || !caller.CanRead(ownerId))
            return Failure.NotFound($"No connected machine {resourceId} of yours exists.");

        var rows = await MachineIntervals.OverlappingAsync(db, [resourceId], from!.Value, to!.Value, ct);
        return new MachineUtilisation(
            resourceId, from.Value, to.Value,
            MachineIntervals.Minutes(rows, MachineState.Busy), MachineIntervals.Minutes(rows, MachineState.Idle), MachineIntervals.Minutes(rows, MachineState.Offline),
            MachineIntervals.Utilisation(rows), rows.Sum(r => r.PartCountIncrement),
            rows.Select(r => new MachineIntervalView(r.Start, r.End, MachineStateRule.Name(r.State), r.PartCountIncrement)).ToList());
    }
}

internal static class Period
{
    public static Failure? Check(DateTimeOffset? from, DateTimeOffset? to, TimeSpan max)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is null) errors["from"] = ["Give the start of the period as an ISO-8601 instant with offset, e.g. 2026-03-01T00:00:00+08:00."];
        if (to is null) errors["to"] = ["Give the end of the period as an ISO-8601 instant with offset, e.g. 2026-03-02T00:00:00+08:00."];
        if (from is { } f && to is { } t)
        {
            if (t <= f) errors["to"] = ["The end of the period must be after its start."];
            else if (t - f > max) errors["to"] = [$"A period may be at most {max.TotalDays:0} days long; ask for a shorter one."];
        }

        return errors.Count > 0 ? Failure.Validation(errors, string.Join(" ", errors.Values.SelectMany(v => v))) : null;
    }
}
