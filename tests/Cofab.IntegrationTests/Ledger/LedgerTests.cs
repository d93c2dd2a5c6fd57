using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Cofab.Core.Ledger;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Ledger;

public abstract class LedgerTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A database of its own, for scenarios that tamper with the log behind the platform's back.</summary>
    protected abstract CofabApp NewApp();

    [Fact]
    public async Task Approving_a_member_yields_a_receipt_whose_proof_verifies_against_the_signed_head()
    {
        var member = await Api.MemberAsync(app);

        var index = await OwnEntryIndexAsync(member, "member.approved");
        var receipt = await member.Client.GetFromJsonAsync<JsonElement>($"/api/v1/ledger/entries/{index}/receipt", Api.Json, Ct);

        var entry = receipt.GetProperty("entry");
        Assert.Equal("member.approved", entry.GetProperty("type").GetString());
        Assert.Equal(member.EnterpriseId, JsonDocument.Parse(entry.GetProperty("payload").GetString()!).RootElement.GetProperty("enterpriseId").GetGuid());
        var leafHash = LedgerRecord.LeafHash(index, entry.GetProperty("type").GetString()!, entry.GetProperty("at").GetDateTimeOffset(),
            entry.GetProperty("parties").EnumerateArray().Select(p => p.GetGuid()), entry.GetProperty("payload").GetString()!);
        Assert.Equal(entry.GetProperty("leafHash").GetString(), Convert.ToHexStringLower(leafHash));

        var head = receipt.GetProperty("treeHead");
        var size = head.GetProperty("size").GetInt64();
        var root = Convert.FromHexString(head.GetProperty("rootHash").GetString()!);
        var proof = receipt.GetProperty("inclusionProof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)).ToList();
        Assert.True(size > index);
        Assert.True(MerkleVerifier.VerifyInclusion(index, size, leafHash, proof, root).IsValid);
        Assert.False(MerkleVerifier.VerifyInclusion(index, size, MerkleHash.Leaf("forged"u8), proof, root).IsValid);

        using var key = await PublicKeyAsync(app);
        Assert.True(SignatureValid(key, head));
        Assert.Equal(LedgerSigner.ComputeKeyId(key), head.GetProperty("keyId").GetString());
    }

    [Fact]
    public async Task Another_member_cannot_fetch_the_receipt_but_the_operator_can()
    {
        var alice = await Api.MemberAsync(app);
        var bob = await Api.MemberAsync(app);
        var index = await OwnEntryIndexAsync(alice, "member.approved");

        var response = await bob.Client.GetAsync($"/api/v1/ledger/entries/{index}/receipt", Ct);
        await Api.ProblemAsync(response, HttpStatusCode.NotFound);
        var bobsEntries = await bob.Client.GetFromJsonAsync<JsonElement>("/api/v1/ledger/entries?pageSize=200", Api.Json, Ct);
        Assert.DoesNotContain(bobsEntries.GetProperty("items").EnumerateArray(), e => e.GetProperty("index").GetInt64() == index);

        using var operatorClient = await Api.OperatorAsync(app);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync($"/api/v1/ledger/entries/{index}/receipt", Ct)).StatusCode);
        await Api.ProblemAsync(await alice.Client.GetAsync("/api/v1/ledger/entries/99999999/receipt", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Consistency_proof_between_two_published_heads_verifies()
    {
        using var operatorClient = await Api.OperatorAsync(app);
        await Api.MemberAsync(app);
        var first = await PublishAsync(operatorClient);
        await Api.MemberAsync(app);
        var second = await PublishAsync(operatorClient);
        var (from, to) = (first.GetProperty("size").GetInt64(), second.GetProperty("size").GetInt64());
        Assert.True(to > from);

        var consistency = await operatorClient.GetFromJsonAsync<JsonElement>($"/api/v1/ledger/consistency?from={from}&to={to}", Api.Json, Ct);

        var proof = consistency.GetProperty("proof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)).ToList();
        var (root1, root2) = (Convert.FromHexString(first.GetProperty("rootHash").GetString()!), Convert.FromHexString(second.GetProperty("rootHash").GetString()!));
        Assert.True(MerkleVerifier.VerifyConsistency(from, to, root1, root2, proof).IsValid);
        Assert.False(MerkleVerifier.VerifyConsistency(from, to, root2, root1, proof).IsValid);
        using var key = await PublicKeyAsync(app);
        Assert.True(SignatureValid(key, first));
        Assert.True(SignatureValid(key, second));
        var latest = await operatorClient.GetFromJsonAsync<JsonElement>("/api/v1/ledger/tree-heads/latest", Api.Json, Ct);
        Assert.True(latest.GetProperty("size").GetInt64() >= to);
    }

    [Fact]
    public async Task Consistency_from_a_larger_size_than_to_is_a_problem_naming_from()
    {
        using var operatorClient = await Api.OperatorAsync(app);
        var response = await operatorClient.GetAsync("/api/v1/ledger/consistency?from=5&to=2", Ct);
        var problem = await Api.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(Api.FieldErrors(problem, "from"));
        await Api.ProblemAsync(await operatorClient.GetAsync("/api/v1/ledger/consistency?from=1&to=987654", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_operator_publishes_tree_heads()
    {
        var member = await Api.MemberAsync(app);
        await Api.ProblemAsync(await member.Client.PostAsync("/api/v1/ledger/tree-heads", null, Ct), HttpStatusCode.Forbidden);
        using var anonymous = app.CreateClient();
        var pem = await anonymous.GetStringAsync("/api/v1/ledger/public-key", Ct);
        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", pem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_names_the_first_altered_entry_after_a_payload_byte_changes()
    {
        await using var fresh = NewApp();
        await fresh.InitializeAsync();
        for (var i = 0; i < 3; i++) await Api.MemberAsync(fresh);
        using (var operatorClient = await Api.OperatorAsync(fresh)) await PublishAsync(operatorClient);
        Assert.True((await VerifyAsync(fresh)).Intact);

        await ExecuteAsync(fresh, """UPDATE "LedgerEntries" SET "Payload" = replace("Payload", 'approved', 'approvee') WHERE "Index" = 1""");

        var audit = await VerifyAsync(fresh);
        Assert.False(audit.Intact);
        Assert.Equal(1, audit.FirstBadEntry);
        Assert.Contains("Entry 1 was altered", audit.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_names_a_deleted_entry()
    {
        await using var fresh = NewApp();
        await fresh.InitializeAsync();
        for (var i = 0; i < 4; i++) await Api.MemberAsync(fresh);
        using (var operatorClient = await Api.OperatorAsync(fresh)) await PublishAsync(operatorClient);

        await ExecuteAsync(fresh, """DELETE FROM "LedgerEntries" WHERE "Index" = 3""");
        var tail = await VerifyAsync(fresh);
        Assert.Equal(3, tail.FirstBadEntry);

        await ExecuteAsync(fresh, """DELETE FROM "LedgerEntries" WHERE "Index" = 1""");
        var middle = await VerifyAsync(fresh);
        Assert.False(middle.Intact);
        Assert.Equal(1, middle.FirstBadEntry);
        Assert.Contains("Entry 1 was removed", middle.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_appends_get_distinct_gapless_indices_and_commit_with_their_transaction()
    {
        await using var fresh = NewApp();
        await fresh.InitializeAsync();
        var services = fresh.Factory.Services;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await using var transaction = await db.Database.BeginTransactionAsync(Ct);
                await scope.ServiceProvider.GetRequiredService<LedgerWriter>().AppendAsync("test.appended", [Guid.NewGuid()], new { writer, i }, Ct);
                await db.SaveChangesAsync(Ct);
                await transaction.CommitAsync(Ct);
            }
        }, Ct)));
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<LedgerWriter>().AppendAsync("test.rolled-back", [], new { }, Ct);
            await db.SaveChangesAsync(Ct);
            // Disposed without commit: the entry and its nodes must vanish together.
        }

        await using var check = services.CreateAsyncScope();
        var indices = await check.ServiceProvider.GetRequiredService<AppDbContext>().LedgerEntries.Select(e => e.Index).OrderBy(i => i).ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), indices);
        var audit = await VerifyAsync(fresh);
        Assert.True(audit.Intact, string.Join(" ", audit.Problems));
        Assert.Equal(40, audit.Size);
    }

    [Fact]
    public async Task The_background_publisher_signs_a_head_once_the_log_has_grown()
    {
        await using var fresh = NewApp();
        fresh.Settings["Ledger:PublishInterval"] = "00:00:01";
        await fresh.InitializeAsync();
        var member = await Api.MemberAsync(fresh);

        // The first tick may sign the empty log (size 0); a later one must sign the grown log.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement head = default;
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Ct);
            var latest = await member.Client.GetAsync("/api/v1/ledger/tree-heads/latest", Ct);
            if (latest.StatusCode != HttpStatusCode.OK) continue;
            head = await latest.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
            if (head.GetProperty("size").GetInt64() >= 1) break;
        }

        Assert.Equal(JsonValueKind.Object, head.ValueKind);
        Assert.Equal(1, head.GetProperty("size").GetInt64());
        using var key = await PublicKeyAsync(fresh);
        Assert.True(SignatureValid(key, head));
    }

    [Fact]
    public async Task A_configured_signing_key_file_that_does_not_exist_stops_the_start()
    {
        await using var fresh = NewApp();
        fresh.Settings["Ledger:SigningKeyPath"] = Path.Combine(fresh.DataDirectory, "missing.pem");
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await fresh.InitializeAsync();
            _ = fresh.Factory.Services;
        });
        Assert.Contains("SigningKeyPath", error.ToString(), StringComparison.Ordinal);
    }

    // LedgerWriter.AppendManyAsync writes rows around the change tracker; the log it leaves must be the one that
    // appending the same entries one by one leaves: same nodes, same root, same proofs, and nothing on rollback.
    [Fact]
    public async Task Bulk_appends_store_the_nodes_and_serve_the_proofs_of_one_by_one_appends()
    {
        await using var fresh = NewApp();
        await fresh.InitializeAsync();
        var services = fresh.Factory.Services;
        // Sizes chosen so batches start and end at odd positions and cross several power-of-two boundaries.
        for (var i = 0; i < 3; i++) await AppendAsync(services, single: 1, bulk: 0);
        await AppendAsync(services, single: 0, bulk: 5);
        await AppendAsync(services, single: 2, bulk: 7);
        await AppendAsync(services, single: 0, bulk: 1);
        await AppendAsync(services, single: 0, bulk: 22);
        await AppendAsync(services, single: 1, bulk: 0);
        const long size = 3 + 5 + 9 + 1 + 22 + 1;

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.LedgerEntries.AsNoTracking().OrderBy(e => e.Index).ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(0, (int)size).Select(i => (long)i), entries.Select(e => e.Index));
        var oneByOne = new InMemoryMerkleTree();
        foreach (var entry in entries)
        {
            Assert.Equal(LedgerRecord.LeafHash(entry.Index, entry.Type, entry.At, entry.PartyIds(), entry.Payload), entry.LeafHash);
            oneByOne.AppendLeafHash(entry.LeafHash);
        }

        var nodes = await db.LedgerNodes.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(0, oneByOne.Height).Sum(oneByOne.CountOnLevel), nodes.Count);
        Assert.All(nodes, n => Assert.Equal(oneByOne.Find(new NodeId(n.Level, n.Index)), n.Hash));

        var store = new LedgerNodeStore(db);
        Assert.Equal(oneByOne.Root(size), await MerkleTree.RootAsync(store, size, Ct));
        for (long index = 0; index < size; index++)
            Assert.Equal(await MerkleTree.InclusionProofAsync(oneByOne, index, size, Ct), await MerkleTree.InclusionProofAsync(store, index, size, Ct));
        for (long from = 1; from <= size; from++)
            Assert.Equal(await MerkleTree.ConsistencyProofAsync(oneByOne, from, size, Ct), await MerkleTree.ConsistencyProofAsync(store, from, size, Ct));

        var audit = await VerifyAsync(fresh);
        Assert.True(audit.Intact, string.Join(" ", audit.Problems));
        Assert.Equal(size, audit.Size);
    }

    [Fact]
    public async Task A_rolled_back_bulk_append_leaves_no_entry_or_node()
    {
        await using var fresh = NewApp();
        await fresh.InitializeAsync();
        var services = fresh.Factory.Services;
        await AppendAsync(services, single: 0, bulk: 3);

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<LedgerWriter>().AppendManyAsync(Events(10), Ct);
            // Disposed without commit.
        }
        await AppendAsync(services, single: 0, bulk: 2);

        await using var check = services.CreateAsyncScope();
        var checkDb = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(5, await checkDb.LedgerEntries.CountAsync(Ct));
        Assert.Equal(5 + 2 + 1, await checkDb.LedgerNodes.CountAsync(Ct)); // 5 leaves, nodes (1,0) (1,1), node (2,0)
    }

    [Fact]
    public async Task A_bulk_append_outside_a_transaction_is_refused()
    {
        await using var fresh = NewApp();
        await fresh.InitializeAsync();
        await using var scope = fresh.Factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<LedgerWriter>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.AppendManyAsync(Events(1), Ct));
    }

    private static async Task AppendAsync(IServiceProvider services, int single, int bulk)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<LedgerWriter>();
        await using var transaction = await db.Database.BeginTransactionAsync(Ct);
        for (var i = 0; i < single; i++) await writer.AppendAsync("test.single", [Guid.NewGuid()], new { i, note = "one by one" }, "test:single", Ct);
        if (bulk > 0) await writer.AppendManyAsync(Events(bulk), Ct);
        await db.SaveChangesAsync(Ct);
        await transaction.CommitAsync(Ct);
    }

    private static LedgerAppend[] Events(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new LedgerAppend("test.bulk", i % 3 == 0 ? [] : [Guid.NewGuid(), Guid.NewGuid()], new { i, note = "in bulk", amount = 12.5 }, i % 2 == 0 ? null : $"test:{i}"))
            .ToArray();

    private static async Task<long> OwnEntryIndexAsync(Member member, string type)
    {
        var entries = await member.Client.GetFromJsonAsync<JsonElement>($"/api/v1/ledger/entries?type={type}", Api.Json, Ct);
        return Assert.Single(entries.GetProperty("items").EnumerateArray()).GetProperty("index").GetInt64();
    }

    private static async Task<JsonElement> PublishAsync(HttpClient operatorClient)
    {
        var response = await operatorClient.PostAsync("/api/v1/ledger/tree-heads", null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json, Ct);
    }

    private static async Task<ECDsa> PublicKeyAsync(CofabApp target)
    {
        using var anonymous = target.CreateClient();
        return LedgerSigner.PublicKeyFromPem(await anonymous.GetStringAsync("/api/v1/ledger/public-key", Ct));
    }

    private static bool SignatureValid(ECDsa key, JsonElement head) =>
        key.VerifyData(
            LedgerRecord.TreeHeadMessage(head.GetProperty("size").GetInt64(), head.GetProperty("timestampMs").GetInt64(), Convert.FromHexString(head.GetProperty("rootHash").GetString()!)),
            Convert.FromBase64String(head.GetProperty("signature").GetString()!), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    private static async Task ExecuteAsync(CofabApp target, string sql)
    {
        await using var scope = target.Factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(sql, Ct));
    }

    private static async Task<LedgerAudit> VerifyAsync(CofabApp target)
    {
        using var key = await PublicKeyAsync(target);
        await using var scope = target.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyLedger>().HandleAsync(key, Ct);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LedgerTestsOnSqlite(SqliteApp app) : LedgerTests(app)
{
    protected override CofabApp NewApp() => new SqliteApp();
}

[Collection(PostgresCollection.Name)]
public sealed class LedgerTestsOnPostgres(PostgresApp app) : LedgerTests(app)
{
    protected override CofabApp NewApp() => new PostgresApp();
}
