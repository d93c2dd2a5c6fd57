using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Ledger;

/// <summary>Entries a caller may see, newest first: where it is a party; everything for the operator and the regulator.</summary>
public sealed class ListLedgerEntries(AppDbContext db)
{
    public async Task<Result<Page<LedgerEntryView>>> HandleAsync(Caller caller, string? type, int page, int pageSize, CancellationToken ct)
    {
        var paging = Paging.Check(page, pageSize);
        if (paging.Failure is not null) return paging.Failure;
        var entries = db.LedgerEntries.AsNoTracking();
        if (!caller.SeesAll)
        {
            var party = caller.EnterpriseId.ToString("D");
            entries = entries.Where(e => e.Parties.Contains(party));
        }
        if (!string.IsNullOrWhiteSpace(type)) entries = entries.Where(e => e.Type == type);
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.Index).Skip((paging.Page - 1) * paging.Size).Take(paging.Size).ToListAsync(ct);
        return new Page<LedgerEntryView>(rows.Select(LedgerEntryView.From).ToList(), total, paging.Page, paging.Size);
    }
}
