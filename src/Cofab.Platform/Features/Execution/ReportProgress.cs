using Cofab.Core.Execution;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Quotes;

namespace Cofab.Platform.Features.Execution;

/// <summary>
/// The provider (a person, its own system, or a connected machine) reports pieces made or scrapped on one operation.
/// The report is kept as history and added to the operation's running totals; a report on an accepted work order starts
/// it. Reports are not ledger entries (a machine sends many); the state changes they cause are.
/// </summary>
public sealed class ReportProgress(AppDbContext db, WorkOrderChanges changes, TimeProvider clock)
{
    public async Task<Result<ProgressRecorded>> HandleAsync(Guid id, ReportProgressInput input, ProgressSource source, Caller caller, CancellationToken ct)
    {
        var loaded = await changes.LoadForProviderAsync(id, caller, "report its progress", ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        return await RecordAsync(loaded.Value, input, source, caller, ct);
    }

    /// <summary>Records a report on a work order already known to belong to the reporter (the machine path comes here).</summary>
    internal async Task<Result<ProgressRecorded>> RecordAsync(WorkOrder work, ReportProgressInput input, ProgressSource source, Caller? caller, CancellationToken ct)
    {
        if (input is null) return Failure.Invalid("body", "Send the operation and the quantities to report.");
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note is { Length: > ProgressRules.MaxNoteLength }) return Failure.Invalid("note", $"The note may be at most {ProgressRules.MaxNoteLength} characters.");
        var located = Locate(work, input);
        if (!located.Succeeded) return located.Failure!;
        var index = located.Value;
        if (!WorkOrderTransitions.IsUnderway(work.Status))
            return Failure.Conflict(work.Status is WorkOrderStatus.Released or WorkOrderStatus.Declined or WorkOrderStatus.Received
                ? WorkOrderTransitions.Check(work.Status, WorkOrderStatus.InProgress)!
                : $"The work order is {work.Status.ToString().ToLowerInvariant()}; progress is reported only while it is accepted or in progress.");

        var now = clock.GetUtcNow();
        var outcome = ProgressRules.Apply(work.Operations[index], input.GoodQuantity, input.ScrapQuantity, input.Finished, now);
        if (outcome.Operation is null)
            return outcome.IsConflict ? Failure.Conflict(outcome.Message!) : Failure.Invalid(outcome.Field!, outcome.Message!);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (work.Status == WorkOrderStatus.Accepted && await changes.MoveAsync(work, WorkOrderStatus.InProgress, caller, new { startedBy = "progress report" }, [], ct) is { } refused)
            return refused;
        var operations = work.Operations.ToList();
        operations[index] = outcome.Operation;
        work.Operations = operations;
        work.Version = Guid.NewGuid();
        var report = new ProgressReport
        {
            Id = Guid.NewGuid(), WorkOrderId = work.Id, OrderId = work.OrderId, OperationIndex = index,
            PartId = outcome.Operation.Operation.PartId, Step = outcome.Operation.Operation.Step,
            GoodQuantity = input.GoodQuantity, ScrapQuantity = input.ScrapQuantity, Finished = input.Finished,
            Note = note, Source = source, ReportedBy = caller?.UserId, At = now,
        };
        db.ProgressReports.Add(report);
        if (await db.SaveOrConflictAsync(WorkOrderChanges.ConflictMessage, ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return new ProgressRecorded(QuoteViews.ToView(work), ExecutionViews.ToView(report));
    }

    private static Result<int> Locate(WorkOrder work, ReportProgressInput input)
    {
        if (input.OperationIndex is { } index)
        {
            if (index < 0 || index >= work.Operations.Count)
                return Failure.Invalid("operationIndex", $"The work order has operations 0 to {work.Operations.Count - 1}; {index} is not one of them.");
            if (input.PartId is { } part && (work.Operations[index].Operation.PartId != part || (input.Step is { } s && work.Operations[index].Operation.Step != s)))
                return Failure.Invalid("operationIndex", "The operation index and the part and step name different operations; send one or the other.");
            return index;
        }

        if (input.PartId is not { } partId || input.Step is not { } step)
            return Failure.Invalid("operationIndex", "Name the operation by operationIndex, or by partId and step.");
        var found = work.Operations.FindIndex(o => o.Operation.PartId == partId && o.Operation.Step == step);
        return found >= 0 ? found : Failure.Invalid("step", $"This work order holds no step {step} of part {partId}.");
    }
}
