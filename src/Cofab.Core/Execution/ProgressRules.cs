using Cofab.Core.Quotes;

namespace Cofab.Core.Execution;

/// <summary>How a progress report changes an operation's running totals, and when it must be refused.</summary>
public static class ProgressRules
{
    public const int MaxNoteLength = 500;

    /// <summary>
    /// Adds <paramref name="good"/> and <paramref name="scrap"/> pieces to <paramref name="operation"/>. A refusal names the
    /// field to correct; a finished operation takes no more reports (a state conflict, not a field error).
    /// </summary>
    public static ProgressOutcome Apply(WorkOrderOperation operation, int good, int scrap, bool finished, DateTimeOffset at)
    {
        if (operation.FinishedAt is not null)
            return ProgressOutcome.Conflict($"Operation {Describe(operation)} was already reported finished; it takes no more progress.");
        if (good < 0) return ProgressOutcome.Invalid("goodQuantity", "The good quantity is an increment and cannot be negative.");
        if (scrap < 0) return ProgressOutcome.Invalid("scrapQuantity", "The scrap quantity is an increment and cannot be negative.");
        if (good == 0 && scrap == 0 && !finished)
            return ProgressOutcome.Invalid("goodQuantity", "Report at least one good or scrapped piece, or mark the operation finished.");

        var quantity = operation.Operation.Quantity;
        var remaining = (long)quantity - operation.QuantityDone - operation.QuantityScrapped;
        if ((long)good + scrap > remaining)
        {
            var field = good > remaining ? "goodQuantity" : "scrapQuantity";
            return ProgressOutcome.Invalid(field,
                $"Good and scrapped pieces would exceed the operation's quantity of {quantity}: {operation.QuantityDone} good and {operation.QuantityScrapped} scrapped are reported, so at most {remaining} more can be.");
        }

        return ProgressOutcome.Applied(operation with
        {
            QuantityDone = operation.QuantityDone + good,
            QuantityScrapped = operation.QuantityScrapped + scrap,
            StartedAt = operation.StartedAt ?? at,
            FinishedAt = finished ? at : null,
        });
    }

    /// <summary>The operations still open, as a sentence naming them; null when every one is finished.</summary>
    public static string? OpenOperations(IReadOnlyList<WorkOrderOperation> operations)
    {
        var open = operations.Select((o, i) => (o, i)).Where(x => x.o.FinishedAt is null).Select(x => $"#{x.i} {Describe(x.o)}").ToList();
        return open.Count == 0 ? null : string.Join(", ", open);
    }

    public static string Describe(WorkOrderOperation operation) =>
        $"{operation.Operation.PartName} step {operation.Operation.Step} ({operation.Operation.ProcessCode})";
}

/// <summary>The operation after a report, or why the report is refused.</summary>
public sealed record ProgressOutcome(WorkOrderOperation? Operation, string? Field, string? Message)
{
    public bool IsConflict => Operation is null && Field is null;

    public static ProgressOutcome Applied(WorkOrderOperation operation) => new(operation, null, null);

    public static ProgressOutcome Invalid(string field, string message) => new(null, field, message);

    public static ProgressOutcome Conflict(string message) => new(null, null, message);
}
