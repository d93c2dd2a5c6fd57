using Cofab.Core.Quotes;
using Cofab.Core.Rfqs;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>
/// Re-matching after a decline: the declined operations go back to the market at once. Matching finds the owners of the
/// best machines for each of them again, leaving out the provider that declined, and the platform opens a request for
/// quotation on those operations in the demander's name; the demander compares the bids and awards one into a new work
/// order (<see cref="AwardRfq"/>). Runs inside the decline's transaction, so the decline and its re-matching are recorded
/// together; when matching finds nobody, the operations stay flagged for the operator and nothing is opened.
/// </summary>
public sealed class RematchDeclinedWork(AppDbContext db, ProposeInvitees propose, LedgerWriter ledger, IOptions<RfqOptions> options, TimeProvider clock)
{
    /// <summary>The RFQ opened for the declined work order's operations, or null when no other provider matched.</summary>
    public async Task<Rfq?> OpenAsync(WorkOrder declined, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(declined);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == declined.OrderId, ct);
        var scope = declined.Operations.Select(o => new RfqOperation(o.Operation.PartId, o.Operation.Step)).Distinct().ToList();
        var invited = (await propose.ForAsync(order, scope, ct)).Where(id => id != declined.ProviderEnterpriseId).ToList();
        if (invited.Count == 0) return null;

        var now = clock.GetUtcNow();
        var rfq = new Rfq
        {
            Id = Guid.NewGuid(), OrderId = order.Id, DemanderEnterpriseId = order.DemanderEnterpriseId, CreatedBy = Guid.Empty, Status = RfqStatus.Open,
            Scope = scope, WholeOrder = false, BidDeadline = now.AddHours(options.Value.RematchBidHours), CreatedAt = now, Version = Guid.NewGuid(),
            Note = $"Re-matching: the provider declined work order {declined.Id}" + (declined.DeclineReason is { } reason ? $" ({reason})" : "") + ".",
        };
        db.Rfqs.Add(rfq);
        db.RfqInvitations.AddRange(invited.Select(id => new RfqInvitation { RfqId = rfq.Id, ProviderEnterpriseId = id, Proposed = true }));
        await ledger.AppendAsync("rfq.opened", [order.DemanderEnterpriseId, .. invited], new
        {
            rfqId = rfq.Id, orderId = order.Id, openedBy = "platform", reason = "rematch", declinedWorkOrderId = declined.Id,
            bidDeadline = rfq.BidDeadline, wholeOrder = false, operations = scope.Select(o => new { partId = o.PartId, step = o.Step }), invited,
        }, LedgerSubjects.Order(order.Id), ct);
        return rfq;
    }
}
