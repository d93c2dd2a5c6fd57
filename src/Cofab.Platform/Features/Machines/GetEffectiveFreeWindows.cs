using Cofab.Core.MachineData;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Resources;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Machines;

/// <summary>
/// The idle windows a resource's owner published, minus the intervals its machine reported being busy, within a
/// period: what matching may really offer. Visible to whoever may see the resource; the busy intervals themselves only
/// to its owner, the operator and the regulator.
/// </summary>
public sealed class GetEffectiveFreeWindows(AppDbContext db, GetResource getResource)
{
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    public async Task<Result<EffectiveFreeWindows>> HandleAsync(Guid resourceId, DateTimeOffset? from, DateTimeOffset? to, Caller caller, CancellationToken ct)
    {
        if (Period.Check(from, to, MaxPeriod) is { } invalid) return invalid;
        var visible = await getResource.HandleAsync(resourceId, caller, ct);
        if (!visible.Succeeded) return visible.Failure!;

        var (start, end) = (from!.Value, to!.Value);
        var resource = visible.Value!;
        var windows = resource.IdleWindows.Where(w => w.Start < end && w.End > start).Select(w => Clip(new TimeWindow(w.Start, w.End), start, end)).OrderBy(w => w.Start).ToList();
        var busy = (await MachineIntervals.OverlappingAsync(db, [resourceId], start, end, ct))
            .Where(i => i.State == MachineState.Busy).Select(i => new TimeWindow(i.Start, i.End)).ToList();
        var free = IdleCapacity.Subtract(windows, busy);
        // Others see what is free, not when the owner's machine worked (that is the owner's operating data).
        var mayReadActivity = caller.CanRead(resource.EnterpriseId);
        return new EffectiveFreeWindows(resourceId, start, end, windows, mayReadActivity ? busy : [], free);
    }

    private static TimeWindow Clip(TimeWindow w, DateTimeOffset from, DateTimeOffset to) =>
        new(w.Start > from ? w.Start : from, w.End < to ? w.End : to);
}
