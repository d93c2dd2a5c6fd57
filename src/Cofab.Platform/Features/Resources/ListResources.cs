using Cofab.Core.Members;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Members;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Resources;

/// <summary>Search and filter resources within what the caller may see (see <see cref="ResourceScope"/>).</summary>
public sealed class ListResources(AppDbContext db, MemberGate gate)
{
    public async Task<Result<Page<ResourceSummary>>> HandleAsync(ResourceQuery query, Caller caller, CancellationToken ct)
    {
        var paging = Paging.Check(query.Page, query.PageSize);
        if (paging.Failure is not null) return paging.Failure;

        var resources = db.Resources.AsNoTracking();
        var enterprises = db.Enterprises.AsNoTracking();
        switch (query.Scope)
        {
            case ResourceScope.Mine:
                resources = resources.Where(r => r.EnterpriseId == caller.EnterpriseId);
                break;
            case ResourceScope.Market:
                if (await gate.RequireApprovedAsync(caller, ct) is { } failure) return failure;
                resources = resources.Where(r => r.Visibility == ResourceVisibility.Published);
                enterprises = enterprises.Where(e => e.Status == MembershipStatus.Approved);
                break;
            case ResourceScope.All when caller.IsOperator:
                break;
            default:
                return Failure.Forbidden("Only the platform operator can list every resource; use scope 'mine' or 'market'.");
        }

        if (query.Kind is { } kind) resources = resources.Where(r => r.Kind == kind);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim().ToLowerInvariant();
            resources = resources.Where(r => EF.Property<string>(r, ResourceModel.SearchText).Contains(text));
        }
        if (!string.IsNullOrWhiteSpace(query.ProcessCode))
        {
            var code = query.ProcessCode.Trim();
            var descendants = code + ".";
            // An IN over the capability index, not a correlated EXISTS per resource: the process narrows first.
            var capable = db.Resources.SelectMany(r => r.Capabilities.Where(c => c.ProcessCode == code || c.ProcessCode.StartsWith(descendants)), (r, _) => r.Id);
            resources = resources.Where(r => capable.Contains(r.Id));
        }
        if (!string.IsNullOrWhiteSpace(query.Material))
        {
            var material = query.Material.Trim();
            resources = resources.Where(r => r.Capabilities.Any(c => c.Materials.Contains(material)));
        }
        if (!string.IsNullOrWhiteSpace(query.DivisionCode))
        {
            var prefix = ListMembers.DivisionPrefix(query.DivisionCode);
            enterprises = enterprises.Where(e => e.DivisionCode.StartsWith(prefix));
        }
        if (query.ClusterId is { } cluster) enterprises = enterprises.Where(e => e.ClusterId == cluster);

        var joined = from r in resources
                     join e in enterprises on r.EnterpriseId equals e.Id
                     select new { r, e.Name, e.DivisionCode };
        var total = await joined.CountAsync(ct);
        // Page first, details second: the page walks the (visibility|enterprise, name, id) index, and the child rows
        // are then read for those 50 ids only, instead of windowing over every price row in the database.
        var rows = await joined.OrderBy(x => x.r.Name).ThenBy(x => x.r.Id)
            .Skip((paging.Page - 1) * paging.Size).Take(paging.Size)
            .Select(x => new { x.r.Id, x.r.EnterpriseId, EnterpriseName = x.Name, x.DivisionCode, x.r.Kind, x.r.Name, x.r.Manufacturer, x.r.Model, x.r.Visibility })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var details = await db.Resources.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id,
                Processes = r.Capabilities.Select(c => c.ProcessCode).ToList(),
                Prices = r.Prices.Select(p => new { p.Model, p.Rate }).ToList(),
            })
            .ToDictionaryAsync(d => d.Id, ct);
        var items = rows.Select(x =>
        {
            var detail = details[x.Id];
            var price = detail.Prices.FirstOrDefault();
            return new ResourceSummary(x.Id, x.EnterpriseId, x.EnterpriseName, x.DivisionCode, x.Kind, x.Name,
                x.Manufacturer, x.Model, x.Visibility, detail.Processes, price?.Model, price?.Rate);
        }).ToList();
        return new Page<ResourceSummary>(items, total, paging.Page, paging.Size);
    }
}
