using Cofab.Core.Rfqs;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>Turns RFQs into what their reader may see, loading orders, bids and names for a whole list at once.</summary>
public sealed class RfqReader(AppDbContext db, ICreditGradeSource credit, TimeProvider clock)
{
    private static readonly BidStatus[] Compared = [BidStatus.Live, BidStatus.Won, BidStatus.Lost];

    public async Task<RfqView> ViewAsync(Rfq rfq, Caller caller, CancellationToken ct) => (await ViewsAsync([rfq], caller, ct))[0];

    public async Task<List<RfqView>> ViewsAsync(IReadOnlyList<Rfq> rfqs, Caller caller, CancellationToken ct)
    {
        var rfqIds = rfqs.Select(r => r.Id).ToList();
        var orderIds = rfqs.Select(r => r.OrderId).Distinct().ToList();
        var orders = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var invitations = await db.RfqInvitations.AsNoTracking().Where(i => rfqIds.Contains(i.RfqId)).ToListAsync(ct);
        var bids = await db.Bids.AsNoTracking().Where(b => rfqIds.Contains(b.RfqId)).ToListAsync(ct);
        var enterpriseIds = invitations.Select(i => i.ProviderEnterpriseId).Concat(bids.Select(b => b.ProviderEnterpriseId)).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.Location }).ToDictionaryAsync(e => e.Id, ct);
        var resourceIds = bids.Where(b => b.ResourceId is not null).Select(b => b.ResourceId!.Value).Distinct().ToList();
        var resources = await db.Resources.AsNoTracking().Where(r => resourceIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Name, r.Location }).ToDictionaryAsync(r => r.Id, ct);
        var now = clock.GetUtcNow();

        return [.. rfqs.Select(rfq =>
        {
            var order = orders[rfq.OrderId];
            var comparesAll = caller.SeesAll || rfq.DemanderEnterpriseId == caller.EnterpriseId;
            var ofRfq = bids.Where(b => b.RfqId == rfq.Id);
            var shown = comparesAll
                ? ofRfq.Where(b => Compared.Contains(b.Status))
                : ofRfq.Where(b => b.ProviderEnterpriseId == caller.EnterpriseId).OrderByDescending(b => b.Revision).Take(1);
            var from = rfq.ClosedAt ?? now;
            var bidViews = shown.OrderBy(b => b.Price).ThenBy(b => b.LeadTimeDays).Select(b =>
            {
                var provider = enterprises.GetValueOrDefault(b.ProviderEnterpriseId);
                var resource = b.ResourceId is { } r ? resources.GetValueOrDefault(r) : null;
                var site = resource?.Location ?? provider?.Location ?? order.DeliveryLocation;
                return new BidView(b.Id, b.ProviderEnterpriseId, provider?.Name ?? "", credit.GradeOf(b.ProviderEnterpriseId),
                    Math.Round(site.DistanceKmTo(order.DeliveryLocation), 1), b.Revision, b.Status, b.Price, b.Currency, b.LeadTimeDays,
                    from.AddDays(b.LeadTimeDays), b.ResourceId, resource?.Name, b.Note, b.SubmittedAt);
            }).ToList();
            var invited = comparesAll
                ? invitations.Where(i => i.RfqId == rfq.Id)
                    .Select(i => new InvitedProviderView(i.ProviderEnterpriseId, enterprises.GetValueOrDefault(i.ProviderEnterpriseId)?.Name ?? "", i.Proposed))
                    .OrderBy(i => i.Name, StringComparer.Ordinal).ToList()
                : [];
            var parts = order.Parts.ToDictionary(p => p.Id);
            var scope = rfq.Scope.Where(o => parts.ContainsKey(o.PartId)).Select(o =>
            {
                var part = parts[o.PartId];
                var step = part.Routing.FirstOrDefault(s => s.Number == o.Step);
                return new RfqOperationView(part.Id, part.Name, o.Step, step?.ProcessCode ?? "", part.Quantity, part.DueDate);
            }).ToList();
            return new RfqView(rfq.Id, rfq.OrderId, order.Title, rfq.DemanderEnterpriseId, rfq.Status, rfq.AcceptsBids(now), rfq.WholeOrder, scope,
                rfq.BidDeadline, rfq.Note, rfq.CreatedAt, rfq.ClosedAt, rfq.AwardedBidId, rfq.WorkOrderId, invited, bidViews, rfq.Version);
        })];
    }
}
