using Cofab.Core.Rfqs;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>
/// An invited provider bids, re-bids or withdraws before the deadline. A re-bid adds a revision and marks the previous one
/// replaced (the history stays, and the ledger keeps every amount as evidence). Anyone not invited is told the RFQ does
/// not exist.
/// </summary>
public sealed class BidOnRfq(AppDbContext db, RfqReader reader, MemberGate gate, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    private const string RaceMessage = "Your bid on this RFQ changed at the same moment (another tab or a colleague); reload it and bid again.";

    public async Task<Result<RfqView>> SubmitAsync(Guid rfqId, SubmitBidInput input, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var opened = await OpenForBidAsync(rfqId, caller, ct);
        if (!opened.Succeeded) return opened.Failure!;
        var rfq = opened.Value;
        var errors = new Dictionary<string, string[]>();
        if (input.Price is null) errors["price"] = ["State the price in yuan for the whole scope."];
        if (input.LeadTimeDays is null) errors["leadTimeDays"] = ["State the lead time in days from the award."];
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        foreach (var (field, messages) in RfqRules.ValidateBid(input.Price ?? 1, input.LeadTimeDays ?? 1, note)) errors[field] = messages;
        if (input.ResourceId is { } resourceId && !await db.Resources.AnyAsync(r => r.Id == resourceId && r.EnterpriseId == caller.EnterpriseId, ct))
            errors["resourceId"] = [$"No resource {resourceId} of yours; name one of your own machines or leave it empty."];
        if (errors.Count > 0) return Failure.Validation(errors, "The bid has invalid fields; fix those listed and bid again.");

        var now = clock.GetUtcNow();
        var previous = await db.Bids.Where(b => b.RfqId == rfq.Id && b.ProviderEnterpriseId == caller.EnterpriseId)
            .OrderByDescending(b => b.Revision).FirstOrDefaultAsync(ct);
        if (previous is { Status: BidStatus.Live })
        {
            previous.Status = BidStatus.Replaced;
            previous.ClosedAt = now;
        }
        var bid = new Bid
        {
            Id = Guid.NewGuid(), RfqId = rfq.Id, ProviderEnterpriseId = caller.EnterpriseId, SubmittedBy = caller.UserId, Revision = (previous?.Revision ?? 0) + 1,
            Status = BidStatus.Live, Price = input.Price!.Value, LeadTimeDays = input.LeadTimeDays!.Value, ResourceId = input.ResourceId, Note = note, SubmittedAt = now,
        };
        db.Bids.Add(bid);
        audit.Record(caller, "bid.submitted", "rfq", rfq.Id.ToString(), caller.EnterpriseId, $"revision {bid.Revision}: {bid.Price} {bid.Currency}, {bid.LeadTimeDays} days");
        return await SaveAsync(rfq, "bid.submitted", new
        {
            rfqId = rfq.Id, orderId = rfq.OrderId, bidId = bid.Id, providerEnterpriseId = caller.EnterpriseId, submittedBy = caller.UserId, revision = bid.Revision,
            replaces = previous?.Status == BidStatus.Replaced ? previous.Id : (Guid?)null, price = bid.Price, currency = bid.Currency,
            leadTimeDays = bid.LeadTimeDays, resourceId = bid.ResourceId,
        }, caller, ct);
    }

    public async Task<Result<RfqView>> WithdrawAsync(Guid rfqId, Caller caller, CancellationToken ct)
    {
        var opened = await OpenForBidAsync(rfqId, caller, ct);
        if (!opened.Succeeded) return opened.Failure!;
        var rfq = opened.Value;
        var live = await db.Bids.SingleOrDefaultAsync(b => b.RfqId == rfq.Id && b.ProviderEnterpriseId == caller.EnterpriseId && b.Status == BidStatus.Live, ct);
        if (live is null) return Failure.Conflict("You have no live bid on this RFQ to withdraw.");
        live.Status = BidStatus.Withdrawn;
        live.ClosedAt = clock.GetUtcNow();
        audit.Record(caller, "bid.withdrawn", "rfq", rfq.Id.ToString(), caller.EnterpriseId, $"revision {live.Revision}");
        return await SaveAsync(rfq, "bid.withdrawn", new { rfqId = rfq.Id, orderId = rfq.OrderId, bidId = live.Id, providerEnterpriseId = caller.EnterpriseId, withdrawnBy = caller.UserId }, caller, ct);
    }

    /// <summary>The RFQ if the caller is an invited, approved provider and bidding is still open.</summary>
    private async Task<Result<Rfq>> OpenForBidAsync(Guid rfqId, Caller caller, CancellationToken ct)
    {
        var rfq = await db.Rfqs.AsNoTracking().Visible(db, caller).SingleOrDefaultAsync(r => r.Id == rfqId, ct);
        if (rfq is null) return Failure.NotFound(RfqAccess.NotYours(rfqId));
        if (!await RfqAccess.IsInvitedAsync(db, rfq.Id, caller.EnterpriseId, ct)) return Failure.Forbidden("Only the providers invited to this RFQ can bid on it.");
        if (await gate.RequireApprovedAsync(caller, ct) is { } notApproved) return notApproved;
        if (rfq.Status != RfqStatus.Open) return Failure.Conflict($"This RFQ is {rfq.Status.ToString().ToLowerInvariant()}; bids are closed.");
        if (!rfq.AcceptsBids(clock.GetUtcNow())) return Failure.Conflict($"Bids closed at {rfq.BidDeadline:yyyy-MM-dd HH:mm}Z, the RFQ's deadline.");
        return rfq;
    }

    private async Task<Result<RfqView>> SaveAsync(Rfq rfq, string type, object payload, Caller caller, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await ledger.AppendAsync(type, [rfq.DemanderEnterpriseId, caller.EnterpriseId], payload, LedgerSubjects.Order(rfq.OrderId), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two revisions from the same one (unique revision), or the bid was awarded or replaced meanwhile (status token).
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Failure.Conflict(RaceMessage);
        }
        return await reader.ViewAsync(rfq, caller, ct);
    }
}
