using Cofab.Core.Ledger;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Ledger;

/// <summary>One entry of a record with its audit path to the record's tree head.</summary>
public sealed record RecordEntry(LedgerEntryView Entry, IReadOnlyList<string> InclusionProof);

/// <summary>
/// The verifiable record of one subject (an order): every entry filed under it that the caller may see, each with an
/// inclusion proof to ONE signed tree head, so the whole file checks offline against the platform's public key
/// (<c>cofab ledger check-record</c>).
/// </summary>
public sealed record SubjectRecord(string Subject, TreeHeadView TreeHead, IReadOnlyList<RecordEntry> Entries);

/// <summary>
/// Builds a subject's record for a caller whose right to the subject the calling use case has already checked. Only
/// entries naming the caller's enterprise as a party are included (the operator and regulator see all). Completeness
/// is not proven by the log itself; a party can compare with its own entries (<c>GET /ledger/entries</c>).
/// </summary>
public sealed class GetSubjectRecord(AppDbContext db, TreeHeads heads)
{
    public async Task<SubjectRecord> HandleAsync(string subject, Caller caller, CancellationToken ct)
    {
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Index).ToListAsync(ct);
        var visible = entries.Where(e => caller.SeesAll || e.PartyIds().Contains(caller.EnterpriseId)).ToList();
        var head = await heads.LatestOrNullAsync(ct);
        if (head is null || (visible.Count > 0 && head.Size <= visible[^1].Index)) head = await heads.PublishIfGrownAsync(ct);
        var store = new LedgerNodeStore(db);
        var proved = new List<RecordEntry>(visible.Count);
        foreach (var entry in visible)
        {
            var proof = await MerkleTree.InclusionProofAsync(store, entry.Index, head.Size, ct);
            proved.Add(new RecordEntry(LedgerEntryView.From(entry), proof.Select(Convert.ToHexStringLower).ToList()));
        }

        return new SubjectRecord(subject, TreeHeadView.From(head), proved);
    }
}
