using System.Text.Json;
using Cofab.Core.Ledger;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Ledger;

/// <summary>
/// Appends entries to the log inside the caller's transaction, so a business change and its entry commit or roll back
/// together. Call it after <c>BeginTransactionAsync</c> and before <c>SaveChangesAsync</c>; it adds the entry and the
/// O(log n) nodes it completes to the unit of work.
/// </summary>
public sealed class LedgerWriter(AppDbContext db, TimeProvider clock)
{
    // The key is arbitrary but fixed ("CofabLed" in ASCII): it names the ledger's append lock among advisory locks.
    private const string AdvisoryLockSql = "SELECT pg_advisory_xact_lock(4859215091403089252)";

    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    private Guid? _lockedIn;
    private long _nextIndex;
    private readonly Dictionary<NodeId, byte[]> _pending = [];

    /// <summary>Appends an event; <paramref name="payload"/> is serialised with web (camelCase) naming, then canonicalised.</summary>
    public Task<LedgerEntry> AppendAsync(string type, IEnumerable<Guid> parties, object payload, CancellationToken ct) =>
        AppendAsync(type, parties, payload, subject: null, ct);

    /// <summary>As above, filed under <paramref name="subject"/> (see <see cref="LedgerSubjects"/>) for the subject's record.</summary>
    public async Task<LedgerEntry> AppendAsync(string type, IEnumerable<Guid> parties, object payload, string? subject, CancellationToken ct)
    {
        RequireTransaction();
        CheckType(type);
        await LockAsync(ct);

        var entry = NewEntry(new LedgerAppend(type, parties.ToList(), payload, subject));
        var siblings = await new LedgerNodeStore(db, _pending).GetAsync(MerkleTree.LeftSiblingsCompletedBy(entry.Index), ct);
        db.LedgerEntries.Add(entry);
        foreach (var (node, hash) in MerkleTree.NodesCompletedBy(entry.Index, entry.LeafHash, siblings))
        {
            db.LedgerNodes.Add(new LedgerNode { Level = node.Level, Index = node.Index, Hash = hash });
            _pending[node] = hash;
        }
        return entry;
    }

    /// <summary>
    /// Appends many events at once, for imports and the benchmark. Unlike <see cref="AppendAsync(string, IEnumerable{Guid}, object, string?, CancellationToken)"/>
    /// the entries and nodes are not added to the unit of work: they are written at once, inside the caller's
    /// transaction (binary COPY on PostgreSQL, one prepared INSERT on SQLite), so they still commit or roll back with it.
    /// Same rows, same hashes and same proofs as appending the events one by one.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> AppendManyAsync(IReadOnlyList<LedgerAppend> events, CancellationToken ct)
    {
        RequireTransaction();
        foreach (var e in events) CheckType(e.Type);
        await LockAsync(ct);
        if (events.Count == 0) return [];

        // Every left sibling an entry of this batch completes either lies in the batch or is one of the complete
        // subtrees that make up the log so far (its right edge): at most log2 n nodes, read in one query. The batch's
        // own rows are in the database (inside this transaction) once written, so later appends read them there.
        var edge = await new LedgerNodeStore(db, _pending).GetAsync(MerkleTree.Decompose(new LeafRange(0, _nextIndex)), ct);
        var known = new Dictionary<NodeId, byte[]>(edge);
        var entries = new List<LedgerEntry>(events.Count);
        var nodes = new List<LedgerNode>(events.Count * 2);
        foreach (var e in events)
        {
            var entry = NewEntry(e);
            entries.Add(entry);
            foreach (var (node, hash) in MerkleTree.NodesCompletedBy(entry.Index, entry.LeafHash, known))
            {
                nodes.Add(new LedgerNode { Level = node.Level, Index = node.Index, Hash = hash });
                known[node] = hash;
            }
        }
        await LedgerRowWriter.WriteAsync(db, entries, nodes, ct);
        return entries;
    }

    private void RequireTransaction()
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Ledger entries join the caller's transaction: begin one before appending.");
    }

    private static void CheckType(string type)
    {
        if (string.IsNullOrWhiteSpace(type) || type.Length > 64) throw new ArgumentException("An entry type is 1 to 64 characters, e.g. member.approved.", nameof(type));
    }

    // Takes the next index: call only under the lock.
    private LedgerEntry NewEntry(LedgerAppend e)
    {
        var index = _nextIndex++;
        var at = LedgerRecord.Normalize(clock.GetUtcNow());
        var partyList = e.Parties.Distinct().ToList();
        var canonicalPayload = CanonicalJson.Serialize(e.Payload, PayloadJson);
        return new LedgerEntry
        {
            Index = index, Type = e.Type, At = at, Parties = LedgerEntry.JoinParties(partyList), Payload = canonicalPayload,
            LeafHash = LedgerRecord.LeafHash(index, e.Type, at, partyList, canonicalPayload), Subject = e.Subject,
        };
    }

    /// <summary>
    /// Serialises appenders until the transaction ends and returns the log's size (the next index) under the lock.
    /// PostgreSQL: a transaction-level advisory lock. SQLite: the transaction began with BEGIN IMMEDIATE and already
    /// holds the database's single write lock.
    /// </summary>
    internal async Task<long> LockAsync(CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.TransactionId
            ?? throw new InvalidOperationException("The ledger lock is held for a transaction: begin one first.");
        if (_lockedIn == transaction) return _nextIndex;
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(AdvisoryLockSql, ct);
        // Under the lock nobody else appends until this transaction ends, so the next index is read once.
        _nextIndex = await NextIndexAsync(ct);
        _pending.Clear();
        _lockedIn = transaction;
        return _nextIndex;
    }

    private async Task<long> NextIndexAsync(CancellationToken ct)
    {
        var stored = await db.LedgerEntries.MaxAsync(e => (long?)e.Index, ct) ?? -1;
        return stored + 1;
    }
}

/// <summary>One event for <see cref="LedgerWriter.AppendManyAsync"/>; the payload is canonicalised as by <c>AppendAsync</c>.</summary>
public sealed record LedgerAppend(string Type, IReadOnlyCollection<Guid> Parties, object Payload, string? Subject = null);
