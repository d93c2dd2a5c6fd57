using System.CommandLine;
using System.Diagnostics;
using Cofab.Core.Ledger;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Cli.Ledger;

/// <summary>
/// <c>cofab ledger bench</c> (hidden): append throughput into the configured database and proof generation times against
/// it. Run it on a scratch database: it appends real entries. See bench/ledger/README.md.
/// </summary>
internal static class LedgerBenchCommand
{
    public static Command Create()
    {
        var count = new Option<long>("--count") { Description = "Entries to append (the log grows to at least this size).", DefaultValueFactory = _ => 100_000 };
        var batch = new Option<int>("--batch") { Description = "Entries per transaction in the bulk phase (LedgerWriter.AppendManyAsync).", DefaultValueFactory = _ => 1000 };
        var single = new Option<int>("--single") { Description = "Entries appended one per transaction, as a business change does.", DefaultValueFactory = _ => 1000 };
        var samples = new Option<int>("--samples") { Description = "Proofs generated per kind for the timing figures.", DefaultValueFactory = _ => 1000 };
        var command = new Command("bench", "Measure append throughput and proof generation on the configured database (appends real entries).")
        {
            count, batch, single, samples,
        };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse);
            await using (var scope = services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            var provider = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.Provider;
            Console.WriteLine($"provider {provider}");

            var start = await SizeAsync(services, ct);
            var target = Math.Max(parse.GetValue(count), start);
            var clock = Stopwatch.StartNew();
            var size = start;
            var batchSize = Math.Max(1, parse.GetValue(batch));
            while (size < target)
            {
                var n = (int)Math.Min(batchSize, target - size);
                await AppendManyAsync(services, n, size, ct);
                size += n;
                if (size % 100_000 < n) Console.WriteLine($"  {size:N0} entries, {(size - start) / clock.Elapsed.TotalSeconds:N0} entries/s");
            }
            if (size > start) Console.WriteLine($"bulk append: {size - start:N0} entries in batches of {batchSize} in {clock.Elapsed.TotalSeconds:N1} s = {(size - start) / clock.Elapsed.TotalSeconds:N0} entries/s");

            var singles = parse.GetValue(single);
            clock.Restart();
            for (var i = 0; i < singles; i++) await AppendAsync(services, 1, size + i, ct);
            size += singles;
            if (singles > 0) Console.WriteLine($"single append: {singles:N0} transactions of one entry in {clock.Elapsed.TotalSeconds:N1} s = {singles / clock.Elapsed.TotalSeconds:N0} entries/s");

            await TimeProofsAsync(services, size, parse.GetValue(samples), ct);
            return 0;
        });
        return command;
    }

    private static async Task<long> SizeAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().LedgerEntries.LongCountAsync(ct);
    }

    private static async Task AppendManyAsync(IServiceProvider services, int count, long first, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<LedgerWriter>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var events = new LedgerAppend[count];
        for (var i = 0; i < count; i++) events[i] = new LedgerAppend("bench.appended", [Guid.CreateVersion7()], Payload(first + i));
        await writer.AppendManyAsync(events, ct);
        await transaction.CommitAsync(ct);
    }

    private static object Payload(long sequence) => new { sequence, note = "benchmark entry", amount = 1234.5 };

    private static async Task AppendAsync(IServiceProvider services, int count, long first, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<LedgerWriter>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < count; i++)
        {
            await writer.AppendAsync("bench.appended", [Guid.CreateVersion7()], Payload(first + i), ct);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task TimeProofsAsync(IServiceProvider services, long size, int samples, CancellationToken ct)
    {
        if (size < 2 || samples < 1) return;
        var random = new Random(42);
        var inclusion = new List<double>(samples);
        var consistency = new List<double>(samples);
        await using var scope = services.CreateAsyncScope();
        var store = new LedgerNodeStore(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        var root = await MerkleTree.RootAsync(store, size, ct);
        for (var i = 0; i < samples; i++)
        {
            var index = random.NextInt64(size);
            var watch = Stopwatch.StartNew();
            var path = await MerkleTree.InclusionProofAsync(store, index, size, ct);
            inclusion.Add(watch.Elapsed.TotalMilliseconds);
            var leaf = (await store.GetAsync([new NodeId(0, index)], ct))[new NodeId(0, index)];
            if (!MerkleVerifier.VerifyInclusion(index, size, leaf, path, root).IsValid) throw new InvalidOperationException($"Inclusion proof of {index} does not verify.");

            var from = 1 + random.NextInt64(size - 1);
            watch.Restart();
            await MerkleTree.ConsistencyProofAsync(store, from, size, ct);
            consistency.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"log size {size:N0}, root {Convert.ToHexStringLower(root)}");
        Console.WriteLine($"inclusion proof: median {BenchStatistics.Percentile(inclusion, 0.5):N3} ms, p95 {BenchStatistics.Percentile(inclusion, 0.95):N3} ms ({samples} proofs, each verified)");
        Console.WriteLine($"consistency proof: median {BenchStatistics.Percentile(consistency, 0.5):N3} ms, p95 {BenchStatistics.Percentile(consistency, 0.95):N3} ms ({samples} proofs)");
    }
}
