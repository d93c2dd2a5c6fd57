using Cofab.Core.Ledger;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Ledger;

/// <summary>Publishing and reading signed tree heads, and consistency proofs between them.</summary>
public sealed class TreeHeads(AppDbContext db, LedgerWriter writer, LedgerSigner signer, TimeProvider clock)
{
    /// <summary>Operator: sign the current log now (returns the latest head when nothing was appended since).</summary>
    public async Task<Result<TreeHeadView>> PublishAsync(Caller caller, CancellationToken ct)
    {
        if (!caller.IsOperator) return Failure.Forbidden("Only the platform operator publishes tree heads.");
        return TreeHeadView.From(await PublishIfGrownAsync(ct));
    }

    /// <summary>Signs a head over the whole log if it grew since the latest head (or none exists yet).</summary>
    public async Task<SignedTreeHead> PublishIfGrownAsync(CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Same lock as appenders: the size read here is the size signed, and two publishers never race on one size.
            var size = await writer.LockAsync(ct);
            var latest = await LatestOrNullAsync(ct);
            if (latest is not null && latest.Size >= size) return latest;
            var root = await MerkleTree.RootAsync(new LedgerNodeStore(db), size, ct);
            var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var head = new SignedTreeHead
            {
                Size = size, RootHash = root, TimestampMs = timestamp, KeyId = signer.KeyId, Signature = signer.Sign(size, timestamp, root),
            };
            db.SignedTreeHeads.Add(head);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return head;
        });
    }

    public async Task<Result<TreeHeadView>> LatestAsync(CancellationToken ct) =>
        await LatestOrNullAsync(ct) is { } head ? TreeHeadView.From(head) : Failure.NotFound("No tree head has been published yet.");

    public async Task<Result<Page<TreeHeadView>>> ListAsync(long? fromSize, int page, int pageSize, CancellationToken ct)
    {
        var paging = Paging.Check(page, pageSize);
        if (paging.Failure is not null) return paging.Failure;
        if (fromSize is < 0) return Failure.Invalid("fromSize", "fromSize is a tree size: 0 or more.");
        var heads = db.SignedTreeHeads.AsNoTracking();
        if (fromSize is { } from) heads = heads.Where(h => h.Size >= from);
        var total = await heads.CountAsync(ct);
        var rows = await heads.OrderByDescending(h => h.Size).Skip((paging.Page - 1) * paging.Size).Take(paging.Size).ToListAsync(ct);
        return new Page<TreeHeadView>(rows.Select(TreeHeadView.From).ToList(), total, paging.Page, paging.Size);
    }

    /// <summary>The RFC 6962 consistency proof between two published heads.</summary>
    public async Task<Result<ConsistencyView>> ConsistencyAsync(long from, long to, CancellationToken ct)
    {
        if (from < 0) return Failure.Invalid("from", "from is a tree size: 0 or more.");
        if (from > to) return Failure.Invalid("from", $"from ({from}) must not exceed to ({to}): a log only grows.");
        var heads = await db.SignedTreeHeads.AsNoTracking().Where(h => h.Size == from || h.Size == to).ToListAsync(ct);
        var first = heads.FirstOrDefault(h => h.Size == from);
        var second = heads.FirstOrDefault(h => h.Size == to);
        if (first is null) return Failure.NotFound($"No tree head of size {from} was published; ask for sizes listed by /ledger/tree-heads.");
        if (second is null) return Failure.NotFound($"No tree head of size {to} was published; ask for sizes listed by /ledger/tree-heads.");
        var proof = await MerkleTree.ConsistencyProofAsync(new LedgerNodeStore(db), from, to, ct);
        return new ConsistencyView(from, to, Convert.ToHexStringLower(first.RootHash), Convert.ToHexStringLower(second.RootHash),
            proof.Select(Convert.ToHexStringLower).ToList());
    }

    internal Task<SignedTreeHead?> LatestOrNullAsync(CancellationToken ct) =>
        db.SignedTreeHeads.AsNoTracking().OrderByDescending(h => h.Size).FirstOrDefaultAsync(ct);
}
