using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Rfqs;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>
/// The demander invites bids on a submitted order, whole or in part. Named providers must be approved provider members;
/// with none named, the platform invites the owners of the best-matched machines of every operation in scope. Operations
/// that already have a work order cannot be asked for again. Recorded as "rfq.opened" in the audit trail and on the ledger.
/// </summary>
public sealed class OpenRfq(AppDbContext db, ProposeInvitees propose, RfqReader reader, MemberGate gate, AuditTrail audit, LedgerWriter ledger,
    IOptions<RfqOptions> options, TimeProvider clock)
{
    public async Task<Result<RfqView>> HandleAsync(Guid orderId, OpenRfqInput input, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await gate.RequireApprovedAsync(caller, ct) is { } notApproved) return notApproved;
        var loaded = await OrderAccess.OwnAsync(db, orderId, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        if (order.Status is OrderStatus.Draft)
            return Failure.Conflict("Submit the order first; bids are invited on a submitted order.");
        if (order.Status is not (OrderStatus.Submitted or OrderStatus.Quoted or OrderStatus.Accepted or OrderStatus.InProduction))
            return Failure.Conflict($"The order is {order.Status.ToString().ToLowerInvariant()}; bids can no longer be invited on it.");

        var settings = options.Value;
        var now = clock.GetUtcNow();
        var (scope, errors) = RfqRules.ResolveScope(order, input.WholeOrder, input.Operations);
        if (input.BidDeadline is not { } deadline) errors["bidDeadline"] = ["Set the date and time until which providers may bid."];
        else if (RfqRules.CheckDeadline(deadline, now, settings.MaxBidDays) is { } late) errors["bidDeadline"] = [late];
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note is { Length: > RfqRules.MaxNoteLength }) errors["note"] = [$"The note may be at most {RfqRules.MaxNoteLength} characters."];
        var named = input.InvitedProviders ?? [];
        if (named.Count > settings.MaxInvited) errors["invitedProviders"] = [$"Invite at most {settings.MaxInvited} providers."];
        else await CheckNamedAsync(named, caller, errors, ct);
        if (errors.Count > 0) return Failure.Validation(errors, "The request for quotation has invalid fields; fix those listed and send it again.");
        if (RfqAccess.AlreadyCovered(scope, await RfqAccess.CoveredAsync(db, order.Id, ct)) is { } covered) return covered;

        var invited = named.Count > 0 ? named.Distinct().Select(id => (Id: id, Proposed: false)).ToList() : (await propose.ForAsync(order, scope, ct)).Select(id => (Id: id, Proposed: true)).ToList();
        if (invited.Count == 0)
            return Failure.Invalid("invitedProviders", "Matching found no approved provider for these operations; name the providers to invite.");

        var rfq = new Rfq
        {
            Id = Guid.NewGuid(), OrderId = order.Id, DemanderEnterpriseId = order.DemanderEnterpriseId, CreatedBy = caller.UserId, Status = RfqStatus.Open,
            Scope = [.. scope], WholeOrder = input.WholeOrder, BidDeadline = input.BidDeadline!.Value.ToUniversalTime(), Note = note, CreatedAt = now, Version = Guid.NewGuid(),
        };
        db.Rfqs.Add(rfq);
        db.RfqInvitations.AddRange(invited.Select(i => new RfqInvitation { RfqId = rfq.Id, ProviderEnterpriseId = i.Id, Proposed = i.Proposed }));
        audit.Record(caller, "rfq.opened", "rfq", rfq.Id.ToString(), order.DemanderEnterpriseId, $"{scope.Count} operations, {invited.Count} providers");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ledger.AppendAsync("rfq.opened", [order.DemanderEnterpriseId, .. invited.Select(i => i.Id)], new
        {
            rfqId = rfq.Id, orderId = order.Id, openedBy = caller.UserId, bidDeadline = rfq.BidDeadline, wholeOrder = rfq.WholeOrder,
            operations = scope.Select(o => new { partId = o.PartId, step = o.Step }), invited = invited.Select(i => i.Id),
        }, LedgerSubjects.Order(order.Id), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return await reader.ViewAsync(rfq, caller, ct);
    }

    private async Task CheckNamedAsync(IReadOnlyList<Guid> named, Caller caller, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        var ids = named.Distinct().ToList();
        var found = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Roles, e.Status }).ToDictionaryAsync(e => e.Id, ct);
        for (var i = 0; i < named.Count; i++)
        {
            var id = named[i];
            if (id == caller.EnterpriseId) errors[$"invitedProviders[{i}]"] = ["An enterprise cannot bid on its own order."];
            else if (!found.TryGetValue(id, out var e) || !e.Roles.HasFlag(EnterpriseRoles.Provider))
                errors[$"invitedProviders[{i}]"] = [$"No provider enterprise {id} on the platform."];
            else if (e.Status != MembershipStatus.Approved)
                errors[$"invitedProviders[{i}]"] = [$"Provider {id} is not an approved member; only approved providers can be invited."];
        }
    }
}
