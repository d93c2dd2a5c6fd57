using System.Security.Cryptography;
using System.Text.Json;
using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Orders;

/// <summary>
/// The demander commits a draft: the whole order is validated, the submission is recorded in the audit trail and the
/// verifiable ledger, and, with an idempotency key, a repeated request (a retry, a double click, a concurrent duplicate)
/// returns the first outcome instead of acting again.
/// </summary>
public sealed class SubmitOrder(AppDbContext db, GetTaxonomy taxonomy, MemberGate gate, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public const string Operation = "order.submit";
    public const string KeyField = "Idempotency-Key";

    public async Task<Result<OrderView>> HandleAsync(Guid id, OrderTransitionInput input, string? idempotencyKey, Caller caller, CancellationToken ct)
    {
        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > IdempotencyRecord.MaxKeyLength || idempotencyKey.Any(char.IsControl)))
            return Failure.Invalid(KeyField, $"An idempotency key is 1 to {IdempotencyRecord.MaxKeyLength} printable characters; a UUID per submission is ideal.");
        if (idempotencyKey is not null && await ReplayAsync(id, idempotencyKey, caller, ct) is { } replayed) return replayed;
        var outcome = await SubmitAsync(id, input, idempotencyKey, caller, ct);
        // A duplicate that read the draft before the first request committed finds the order submitted (or its version
        // renewed) by then; the first request's outcome, committed with that change, is its answer.
        if (outcome.Failure?.Kind == FailureKind.Conflict && idempotencyKey is not null)
        {
            db.ChangeTracker.Clear();
            if (await ReplayAsync(id, idempotencyKey, caller, ct) is { } first) return first;
        }

        return outcome;
    }

    private async Task<Result<OrderView>> SubmitAsync(Guid id, OrderTransitionInput input, string? idempotencyKey, Caller caller, CancellationToken ct)
    {
        if (await gate.RequireApprovedAsync(caller, ct) is { } notApproved) return notApproved;

        var loaded = await OrderAccess.OwnAsync(db, id, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        if (input.Version is { } version && version != order.Version)
            return Failure.Conflict("The order changed since you opened it; reload it, check it and submit again.");
        if (OrderTransitions.Check(order.Status, OrderStatus.Submitted) is { } refused) return Failure.Conflict(refused);
        var now = clock.GetUtcNow();
        var errors = OrderRules.Validate(order, await taxonomy.HandleAsync(ct), now, forSubmission: true);
        if (errors.Count > 0) return Failure.Validation(errors, "The order is not complete yet; fix the fields listed and submit again.");

        var drawings = await OrderAccess.DrawingsAsync(db, order.Id, ct);
        order.Status = OrderStatus.Submitted;
        order.SubmittedAt = now;
        order.UpdatedAt = now;
        order.Version = Guid.NewGuid();
        var view = OrderMapping.ToView(order, drawings);
        audit.Record(caller, "order.submitted", "order", order.Id.ToString(), order.DemanderEnterpriseId, idempotencyKey is null ? null : $"key {idempotencyKey}");
        if (idempotencyKey is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                EnterpriseId = caller.EnterpriseId, Operation = Operation, Key = idempotencyKey, SubjectId = order.Id,
                Result = JsonSerializer.Serialize(view, OrderModel.PartsJson), CreatedAt = now,
            });
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await ledger.AppendAsync("order.submitted", [order.DemanderEnterpriseId], new
            {
                orderId = order.Id,
                demanderEnterpriseId = order.DemanderEnterpriseId,
                submittedBy = caller.UserId,
                parts = order.Parts.Count,
                operations = order.Parts.Sum(p => p.Routing.Count),
                // What exactly was submitted: the parts document and each drawing, by hash, so either side can prove it later.
                partsSha256 = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(order.Parts, OrderModel.PartsJson))),
                drawings = drawings.Select(d => d.Sha256).Order(StringComparer.Ordinal).ToArray(),
            }, LedgerSubjects.Order(order.Id), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return view;
        }
        catch (DbUpdateException)
        {
            // Lost a race: another request submitted this order (or used this key) first; the caller replays its outcome.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Failure.Conflict("The order was changed or submitted at the same moment; reload it to see its state.");
        }
    }

    private async Task<Result<OrderView>?> ReplayAsync(Guid id, string key, Caller caller, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EnterpriseId == caller.EnterpriseId && r.Operation == Operation && r.Key == key, ct);
        if (record is null) return null;
        if (record.SubjectId != id)
            return Failure.Conflict($"This Idempotency-Key was already used to submit order {record.SubjectId}; send a new key for each submission.");
        return JsonSerializer.Deserialize<OrderView>(record.Result, OrderModel.PartsJson)!;
    }
}
