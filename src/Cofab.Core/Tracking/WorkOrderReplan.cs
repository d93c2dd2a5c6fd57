using Cofab.Core.Quotes;

namespace Cofab.Core.Tracking;

/// <summary>A re-scheduling's new time for one remaining operation of a work order (same machine, new start and end).</summary>
public sealed record OperationMove(Guid WorkOrderId, Guid PartId, int Step, DateTimeOffset Start, DateTimeOffset End);

/// <summary>One operation before and after a re-scheduling moved it.</summary>
public sealed record MovedOperation(WorkOrderOperation Before, WorkOrderOperation After);

/// <summary>
/// Puts a re-scheduling's new times into a work order's plan: the moved operations get their new planned start and end,
/// the others (finished ones, or ones of other work orders) keep theirs, and the work order's own start and end span its
/// operations again. Pure; the caller moves the bookings and stores the work order.
/// </summary>
public static class WorkOrderReplan
{
    /// <summary>
    /// Why <paramref name="moves"/> cannot be put into <paramref name="work"/>'s plan, or null when they can: each move
    /// names an unfinished operation of this work order, once, with a start before its end.
    /// </summary>
    public static string? Check(WorkOrder work, IReadOnlyCollection<OperationMove> moves)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(moves);
        var seen = new HashSet<(Guid, int)>();
        foreach (var move in moves)
        {
            if (move.WorkOrderId != work.Id) return $"Operation {move.Step} belongs to work order {move.WorkOrderId}, not {work.Id}.";
            if (!seen.Add((move.PartId, move.Step))) return $"Operation {move.Step} of part {move.PartId} is moved twice.";
            if (move.End <= move.Start) return $"Operation {move.Step} of part {move.PartId} would end before it starts.";
            var op = Find(work, move);
            if (op is null) return $"Work order {work.Id} has no operation {move.Step} of part {move.PartId}.";
            if (op.FinishedAt is not null) return $"Operation {move.Step} of part {move.PartId} is already finished; it keeps its time.";
        }
        return null;
    }

    /// <summary>Moves the operations (see <see cref="Check"/>, which must have passed) and returns each moved one, before and after.</summary>
    public static IReadOnlyList<MovedOperation> Apply(WorkOrder work, IReadOnlyCollection<OperationMove> moves)
    {
        if (Check(work, moves) is { } refused) throw new ArgumentException(refused, nameof(moves));
        var moved = new List<MovedOperation>();
        work.Operations = [.. work.Operations.Select(op =>
        {
            var move = moves.FirstOrDefault(m => m.PartId == op.Operation.PartId && m.Step == op.Operation.Step);
            if (move is null) return op;
            var after = op with { Operation = op.Operation with { Start = move.Start, End = move.End } };
            moved.Add(new MovedOperation(op, after));
            return after;
        })];
        if (work.Operations.Count > 0)
        {
            work.Start = work.Operations.Min(o => o.Operation.Start);
            work.End = work.Operations.Max(o => o.Operation.End);
        }
        return moved;
    }

    private static WorkOrderOperation? Find(WorkOrder work, OperationMove move) =>
        work.Operations.FirstOrDefault(o => o.Operation.PartId == move.PartId && o.Operation.Step == move.Step);
}
