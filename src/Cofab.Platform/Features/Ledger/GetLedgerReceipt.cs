using Cofab.Core.Ledger;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Ledger;

/// <summary>
/// A receipt for one entry: for its parties, the operator and the regulator. Anyone else gets NotFound, so entry numbers
/// of others' business are not confirmed.
/// </summary>
public sealed class GetLedgerReceipt(AppDbContext db, TreeHeads heads, AuditTrail audit)
{
    public async Task<Result<LedgerReceipt>> HandleAsync(long index, Caller caller, CancellationToken ct)
    {
        var entry = index < 0 ? null : await db.LedgerEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Index == index, ct);
        if (entry is null) return Failure.NotFound($"No ledger entry {index}.");
        var parties = entry.PartyIds();
        if (!caller.SeesAll && !parties.Contains(caller.EnterpriseId))
            return Failure.NotFound($"No ledger entry {index}.");

        var head = await heads.LatestOrNullAsync(ct);
        if (head is null || head.Size <= index) head = await heads.PublishIfGrownAsync(ct);
        var proof = await MerkleTree.InclusionProofAsync(new LedgerNodeStore(db), index, head.Size, ct);

        if (!parties.Contains(caller.EnterpriseId))
        {
            audit.Record(caller, "ledger.receipt.read", "ledger-entry", index.ToString(System.Globalization.CultureInfo.InvariantCulture), parties.Count > 0 ? parties[0] : null);
            await db.SaveChangesAsync(ct);
        }
        return new LedgerReceipt(LedgerEntryView.From(entry), proof.Select(Convert.ToHexStringLower).ToList(), TreeHeadView.From(head));
    }
}
