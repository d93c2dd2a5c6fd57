using System.Collections.Concurrent;
using System.Diagnostics;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Orders;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Cli.Quotes;

/// <summary>
/// Orders submitted and quoted per second under load: several demanders at once, each in a loop drafting an order of
/// 5 parts × 4 operations, submitting it and asking for instant quotes, through the same use cases the API calls
/// (validation, audit, ledger, matching, three solves, storing the quotes). Figures: completed orders per second and
/// the latency of one draft-submit-quote round.
/// </summary>
internal static class QuoteLoadBench
{
    public static async Task<int> RunAsync(IServiceProvider services, int demanders, TimeSpan duration, CancellationToken ct)
    {
        var callers = await DemandersAsync(services, demanders, ct);
        if (callers.Count == 0)
        {
            await Console.Error.WriteLineAsync("no approved demander with a user in the database; load the demo region first");
            return 1;
        }

        var latencies = new ConcurrentBag<double>();
        var failures = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, demanders).Select(i => Task.Run(async () =>
        {
            var caller = callers[i % callers.Count];
            while (clock.Elapsed < duration && !ct.IsCancellationRequested)
            {
                var round = Stopwatch.StartNew();
                var failure = await SubmitAndQuoteAsync(services, caller, ct);
                if (failure is null) latencies.Add(round.Elapsed.TotalMilliseconds);
                else failures.Add(failure);
            }
        }, ct)).ToArray();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;

        var sorted = latencies.Order().ToList();
        Console.WriteLine($"{demanders} demanders for {seconds:N0} s: {sorted.Count} orders submitted and quoted, {sorted.Count / seconds:N2} orders/s; " +
            (sorted.Count == 0 ? "no round completed" : $"round latency median {QuoteBenchCommand.Percentile(sorted, 0.5):N0} ms, p95 {QuoteBenchCommand.Percentile(sorted, 0.95):N0} ms") +
            $"; {failures.Count} failed");
        foreach (var reason in failures.GroupBy(f => f).Take(5)) await Console.Error.WriteLineAsync($"  {reason.Count()} × {reason.Key}");
        return failures.IsEmpty ? 0 : 1;
    }

    private static async Task<string?> SubmitAndQuoteAsync(IServiceProvider services, Caller caller, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var draft = await provider.GetRequiredService<CreateDraftOrder>().HandleAsync(QuoteBenchOrder.Input(DateTimeOffset.UtcNow), caller, ct);
        if (!draft.Succeeded) return $"draft: {draft.Failure!.Message}";
        var submitted = await provider.GetRequiredService<SubmitOrder>().HandleAsync(draft.Value.Id, new OrderTransitionInput(draft.Value.Version), null, caller, ct);
        if (!submitted.Succeeded) return $"submit: {submitted.Failure!.Message}";
        var quoted = await provider.GetRequiredService<RequestQuote>().HandleAsync(draft.Value.Id, caller, ct);
        return quoted.Succeeded ? null : $"quote: {quoted.Failure!.Message}";
    }

    private static async Task<List<Caller>> DemandersAsync(IServiceProvider services, int count, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var demanders = await db.Enterprises.AsNoTracking()
            .Where(e => e.Status == MembershipStatus.Approved)
            .ToListAsync(ct);
        var ids = demanders.Where(e => e.Roles.HasFlag(EnterpriseRoles.Demander) && !e.Roles.HasFlag(EnterpriseRoles.Operator)).Take(count).Select(e => e.Id).ToList();
        // One query for every demander's users, not one per demander.
        var users = (await db.Users.Where(u => ids.Contains(u.EnterpriseId)).Select(u => new { u.Id, u.EnterpriseId }).ToListAsync(ct))
            .DistinctBy(u => u.EnterpriseId).ToDictionary(u => u.EnterpriseId, u => u.Id);
        return [.. ids.Where(users.ContainsKey).Select(id => new Caller(users[id], id, new HashSet<string>([MemberRole.Demander])))];
    }
}
