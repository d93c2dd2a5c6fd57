using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Members;

public sealed record MemberQuery(string? Search = null, MembershipStatus? Status = null, string? DivisionCode = null, Guid? ClusterId = null, int Page = 1, int PageSize = 50);

/// <summary>
/// The member directory. Operators see every applicant; everyone else sees approved members only
/// (an applicant that was refused is nobody's business but the operator's).
/// </summary>
public sealed class ListMembers(AppDbContext db)
{
    public async Task<Result<Page<MemberPublicProfile>>> HandleAsync(MemberQuery query, Caller caller, CancellationToken ct)
    {
        var paging = Paging.Check(query.Page, query.PageSize);
        if (paging.Failure is not null) return paging.Failure;

        var members = db.Enterprises.AsNoTracking();
        if (!caller.IsOperator)
        {
            if (query.Status is { } wanted && wanted != MembershipStatus.Approved)
                return Failure.Forbidden("Only the platform operator can list members that are not approved.");
            members = members.Where(e => e.Status == MembershipStatus.Approved);
        }
        else if (query.Status is { } status)
        {
            members = members.Where(e => e.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(query.Search)) members = members.Where(e => e.Name.Contains(query.Search.Trim()) || e.CreditCode == UnifiedSocialCreditCode.Normalize(query.Search));
        if (!string.IsNullOrWhiteSpace(query.DivisionCode)) members = members.Where(e => e.DivisionCode.StartsWith(DivisionPrefix(query.DivisionCode)));
        if (query.ClusterId is { } cluster) members = members.Where(e => e.ClusterId == cluster);

        var total = await members.CountAsync(ct);
        var page = await members.OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((paging.Page - 1) * paging.Size).Take(paging.Size).ToListAsync(ct);
        return new Page<MemberPublicProfile>(page.Select(MemberViews.ToPublic).ToList(), total, paging.Page, paging.Size);
    }

    /// <summary>330200 (a city) matches every county code 3302xx; 330000 (a province) every 33xxxx.</summary>
    internal static string DivisionPrefix(string code)
    {
        var trimmed = code.Trim();
        if (trimmed.Length != 6) return trimmed;
        if (trimmed.EndsWith("0000", StringComparison.Ordinal)) return trimmed[..2];
        if (trimmed.EndsWith("00", StringComparison.Ordinal)) return trimmed[..4];
        return trimmed;
    }
}
