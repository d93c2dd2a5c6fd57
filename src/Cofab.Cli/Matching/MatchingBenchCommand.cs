using System.CommandLine;
using System.Diagnostics;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Cli.Matching;

/// <summary>
/// <c>cofab matching bench</c> (hidden): candidate search latency over the resources in the configured database, as a
/// demander calls it (membership check, index, filters, ranking). Load resources first with
/// <c>cofab demo load --bulk-resources 100000</c>; see bench/matching/README.md. Prints figures; asserts nothing.
/// </summary>
internal static class MatchingBenchCommand
{
    public static Command Create()
    {
        var searches = new Option<int>("--searches") { Description = "Searches to time.", DefaultValueFactory = _ => 1000 };
        var warmup = new Option<int>("--warmup") { Description = "Searches run first and not timed (JIT, caches).", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of the requirement mix.", DefaultValueFactory = _ => 7 };
        var command = new Command("bench", "Time candidate searches over the loaded resources (median, p95, p99, candidates per search).") { searches, warmup, seed };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse);
            await using (var scope = services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
            var provider = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.Provider;
            var caller = await DemanderAsync(services, ct);
            if (caller is null)
            {
                Console.Error.WriteLine("No approved demander in the database; run `cofab demo load --bulk-resources 100000` first.");
                return 1;
            }

            var index = services.GetRequiredService<CandidateIndex>();
            var clock = Stopwatch.StartNew();
            var snapshot = await index.CurrentAsync(ct);
            Console.WriteLine($"provider {provider}; index of {snapshot.Resources.Count:N0} resources built in {clock.Elapsed.TotalSeconds:N1} s; managed heap {GC.GetTotalMemory(true) / (1024 * 1024):N0} MB");

            var random = new Random(parse.GetValue(seed));
            var published = snapshot.Resources.Values.Where(r => r.Resource.Visibility == ResourceVisibility.Published && r.Resource.Capabilities.Count > 0).Select(r => r.Resource).ToList();
            var timings = new List<double>();
            var candidates = new List<int>();
            var touched = new List<int>();
            var total = parse.GetValue(warmup) + parse.GetValue(searches);
            var cpu = TimeSpan.Zero;
            for (var i = 0; i < total; i++)
            {
                var search = RequirementMix.Next(random, published);
                await using var scope = services.CreateAsyncScope();
                var find = scope.ServiceProvider.GetRequiredService<FindCandidates>();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var result = await find.HandleAsync(search, caller, ct);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (i >= parse.GetValue(warmup)) cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                if (!result.Succeeded) throw new InvalidOperationException($"Search {i} failed: {result.Failure!.Message}");
                if (i < parse.GetValue(warmup)) continue;
                timings.Add(elapsed);
                candidates.Add(result.Value.CandidateCount);
                touched.Add(snapshot.Covering(search.Requirement.ProcessCode).Length);
            }

            if (timings.Count == 0) return 0;
            Console.WriteLine($"{timings.Count:N0} searches: median {BenchStatistics.Percentile(timings, 0.5):N2} ms, p95 {BenchStatistics.Percentile(timings, 0.95):N2} ms, p99 {BenchStatistics.Percentile(timings, 0.99):N2} ms, max {timings.Max():N2} ms");
            // On a shared machine wall time includes waiting for a core; processor time shows the work itself.
            Console.WriteLine($"processor time per search (all threads, GC included): mean {cpu.TotalMilliseconds / timings.Count:N2} ms; load average {LoadAverage()}");
            Console.WriteLine($"candidates per search: median {BenchStatistics.Percentile(candidates.Select(c => (double)c), 0.5):N0}, mean {candidates.Average():N0}, max {candidates.Max():N0}; " +
                $"resources of the process touched: median {BenchStatistics.Percentile(touched.Select(c => (double)c), 0.5):N0}, max {touched.Max():N0}");
            return 0;
        });
        return command;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static async Task<Caller?> DemanderAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var demanders = await db.Enterprises.AsNoTracking().Where(e => e.Status == MembershipStatus.Approved).Select(e => new { e.Id, e.Roles }).ToListAsync(ct);
        var demander = demanders.FirstOrDefault(e => e.Roles.HasFlag(EnterpriseRoles.Demander));
        return demander is null ? null : new Caller(Guid.NewGuid(), demander.Id, new HashSet<string> { MemberRole.Demander });
    }
}

/// <summary>
/// Requirements drawn from real capabilities so most searches find something and some do not: the process itself or
/// its parent, parts from a third to a little over the envelope, tolerances from half to three times the machine's,
/// a listed material half the time, batches within the limits, sometimes ISO 9001 and a preference for Ningbo.
/// </summary>
internal static class RequirementMix
{
    public static CandidateSearch Next(Random random, IReadOnlyList<Resource> resources)
    {
        var capability = resources[random.Next(resources.Count)].Capabilities[0];
        var code = capability.ProcessCode;
        if (code.Contains('.', StringComparison.Ordinal) && random.NextDouble() < 0.3) code = code[..code.LastIndexOf('.')];
        decimal? Scale(decimal? value, double low, double high) => value is { } v ? decimal.Round(v * (decimal)(low + (random.NextDouble() * (high - low))), 3) : null;
        var withEnvelope = capability.EnvelopeXMm is not null && random.NextDouble() < 0.8;
        var minBatch = capability.MinBatch ?? 1;
        var maxBatch = Math.Max(minBatch, Math.Min(capability.MaxBatch ?? 500, 500));
        var requirement = new OperationRequirement
        {
            ProcessCode = code,
            EnvelopeXMm = withEnvelope ? Scale(capability.EnvelopeXMm, 0.3, 1.1) : null,
            EnvelopeYMm = withEnvelope ? Scale(capability.EnvelopeYMm, 0.3, 1.1) : null,
            EnvelopeZMm = withEnvelope ? Scale(capability.EnvelopeZMm, 0.3, 1.1) : null,
            ToleranceMm = random.NextDouble() < 0.6 ? Scale(capability.ToleranceMm, 0.5, 3) : null,
            Material = capability.Materials.Count > 0 && random.NextDouble() < 0.5 ? capability.Materials[random.Next(capability.Materials.Count)] : null,
            WeightKg = random.NextDouble() < 0.3 ? Scale(capability.MaxWeightKg, 0.1, 1.2) : null,
            Quantity = random.Next(minBatch, maxBatch + 1),
            Certifications = random.NextDouble() < 0.15 ? ["ISO 9001"] : [],
            PreferredDivisions = random.NextDouble() < 0.3 ? ["3302"] : [],
        };
        var due = DateTimeOffset.UtcNow.AddDays(3 + (random.NextDouble() * 27));
        return new CandidateSearch(requirement, due, 29.87 + ((random.NextDouble() - 0.5) * 1.0), 121.55 + ((random.NextDouble() - 0.5) * 1.0));
    }
}
