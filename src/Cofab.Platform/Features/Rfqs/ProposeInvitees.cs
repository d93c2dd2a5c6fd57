using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Rfqs;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Matching;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Rfqs;

/// <summary>
/// Whom the platform would invite: the owners of the top matched machines of each operation in scope, a few per
/// operation, never the demander itself. The RFQ form shows them before the demander sends it.
/// </summary>
public sealed class ProposeInvitees(AppDbContext db, FindCandidates find, IOptions<RfqOptions> options)
{
    /// <summary>The platform itself searches on the demander's behalf, as for instant quotes.</summary>
    private static readonly Caller Platform = new(Guid.Empty, Guid.Empty, new HashSet<string> { MemberRole.Operator });

    public async Task<Result<IReadOnlyList<InvitedProviderView>>> HandleAsync(Guid orderId, bool wholeOrder, IReadOnlyList<RfqOperation>? operations, Caller caller, CancellationToken ct)
    {
        var loaded = await OrderAccess.OwnAsync(db, orderId, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var (scope, errors) = RfqRules.ResolveScope(loaded.Value, wholeOrder, operations);
        if (errors.Count > 0) return Failure.Validation(errors, "Choose the operations to ask bids for.");
        var ids = await ForAsync(loaded.Value, scope, ct);
        var names = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        return Result<IReadOnlyList<InvitedProviderView>>.From([.. ids.Select(id => new InvitedProviderView(id, names.GetValueOrDefault(id) ?? "", Proposed: true))]);
    }

    internal async Task<List<Guid>> ForAsync(Order order, IReadOnlyList<RfqOperation> scope, CancellationToken ct)
    {
        var perOperation = options.Value.ProposedPerOperation;
        var chosen = new List<Guid>();
        var parts = order.Parts.ToDictionary(p => p.Id);
        foreach (var op in scope)
        {
            var part = parts[op.PartId];
            var step = part.Routing.Single(s => s.Number == op.Step);
            // Several machines per wanted owner: the best machines often belong to the same few factories.
            var search = new CandidateSearch(step.Requirement with { Quantity = part.Quantity }, part.DueDate, order.DeliveryLocation.Latitude,
                order.DeliveryLocation.Longitude, perOperation * 4, order.DeclaredValue, ExclusionLimit: 0);
            var found = await find.HandleAsync(search, Platform, ct);
            if (!found.Succeeded) continue;
            chosen.AddRange(found.Value.Candidates.Select(c => c.EnterpriseId).Where(id => id != order.DemanderEnterpriseId).Distinct().Take(perOperation));
        }

        return [.. chosen.Distinct()];
    }
}
