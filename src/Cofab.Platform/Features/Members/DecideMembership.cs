using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Members;

/// <summary>An operator admits or turns away a pending member, or suspends or re-admits an existing one.</summary>
public sealed class DecideMembership(AppDbContext db, AuditTrail audit, LedgerWriter ledger, TimeProvider clock)
{
    public async Task<Result<MemberPublicProfile>> HandleAsync(Guid enterpriseId, MemberDecision decision, Caller caller, CancellationToken ct)
    {
        if (!caller.IsOperator) return Failure.Forbidden("Only a platform operator can approve or reject members.");
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == enterpriseId, ct);
        if (enterprise is null) return Failure.NotFound($"No enterprise {enterpriseId}.");
        if (enterprise.Version != decision.Version)
            return Failure.Conflict("Someone changed this member since you opened it; reload and decide again.");
        if (!decision.Approve && string.IsNullOrWhiteSpace(decision.Note))
            return Failure.Invalid("note", "Say why the membership is refused or suspended; the applicant sees this note.");
        if (decision.Note is { Length: > 500 }) return Failure.Invalid("note", "The note may be at most 500 characters.");

        enterprise.Status = decision.Approve
            ? MembershipStatus.Approved
            : enterprise.Status == MembershipStatus.Approved ? MembershipStatus.Suspended : MembershipStatus.Rejected;
        enterprise.DecidedAt = clock.GetUtcNow();
        enterprise.DecidedBy = caller.UserId;
        enterprise.DecisionNote = decision.Note?.Trim();
        enterprise.Version = Guid.NewGuid();
        var action = $"member.{enterprise.Status.ToString().ToLowerInvariant()}";
        audit.Record(caller, action, "enterprise", enterprise.Id.ToString(), enterprise.Id, decision.Note);

        // The decision and its ledger entry commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ledger.AppendAsync(action, [enterprise.Id], new
        {
            enterpriseId = enterprise.Id,
            creditCode = enterprise.CreditCode,
            status = enterprise.Status.ToString().ToLowerInvariant(),
            decidedBy = caller.UserId,
            note = enterprise.DecisionNote,
        }, ct);
        if (await db.SaveOrConflictAsync("Someone changed this member at the same moment; reload and decide again.", ct) is { } conflict) return conflict;
        await transaction.CommitAsync(ct);
        return MemberViews.ToPublic(enterprise);
    }
}
