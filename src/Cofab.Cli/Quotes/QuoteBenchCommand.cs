using System.CommandLine;
using System.Diagnostics;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
using Cofab.Platform.Features.Orders;
using Cofab.Platform.Features.Quotes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Cli.Quotes;

/// <summary>
/// <c>cofab quotes bench</c> (hidden): instant-quote latency on the demo region. Loads the demo region if absent, stores one
/// submitted order of 5 parts × 4 operations for a demo demander, then times the whole use case (candidates, machine
/// calendars and bookings, one problem, three solves, validation, storing three quotes) run after run. Run it on a
/// scratch database: it writes an order and its quotes.
/// </summary>
internal static class QuoteBenchCommand
{
    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Timed quote requests (after one warm-up).", DefaultValueFactory = _ => 10 };
        var demanders = new Option<int>("--demanders") { Description = "Load mode: this many demanders at once, each drafting, submitting and quoting orders in a loop (0: latency mode)." };
        var seconds = new Option<int>("--seconds") { Description = "Load mode: how long to run.", DefaultValueFactory = _ => 60 };
        var bench = new Command("bench", "Measure instant-quote latency (median, p95) for an order of 5 parts × 4 operations on the demo region, or with --demanders the orders submitted and quoted per second under load.") { runs, demanders, seconds };
        bench.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
                await scope.ServiceProvider.GetRequiredService<LoadDemoData>().HandleAsync(new DemoLoadOptions(), null, ct);
            }

            if (parse.GetValue(demanders) is > 0 and var load)
            {
                return await QuoteLoadBench.RunAsync(services, load, TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(seconds))), ct);
            }

            var (orderId, caller) = await CreateOrderAsync(services, ct);
            var timings = new List<double>();
            var count = Math.Max(1, parse.GetValue(runs));
            for (var i = 0; i <= count; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var watch = Stopwatch.StartNew();
                var result = await scope.ServiceProvider.GetRequiredService<RequestQuote>().HandleAsync(orderId, caller, ct);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                if (!result.Succeeded)
                {
                    await Console.Error.WriteLineAsync($"quote failed: {result.Failure!.Message}");
                    return 1;
                }
                var quotes = result.Value.Quotes;
                Console.WriteLine($"{(i == 0 ? "warm-up" : $"run {i}")}: {elapsed:N0} ms; " + string.Join("; ", quotes.Select(q =>
                    $"{q.Option} {q.Total:N2} {q.Currency} by {q.DeliveryDate:yyyy-MM-dd HH:mm}Z, {q.Factories.Count} factories")));
                if (i > 0) timings.Add(elapsed);
            }

            var sorted = timings.Order().ToList();
            Console.WriteLine($"instant quote, 5 parts × 4 operations: median {Percentile(sorted, 0.5):N0} ms, p95 {Percentile(sorted, 0.95):N0} ms over {sorted.Count} runs");
            return 0;
        });
        var quotes = new Command("quotes", "Instant quotes (benchmark).") { bench };
        quotes.Hidden = true;
        return quotes;
    }

    private static async Task<(Guid OrderId, Caller Caller)> CreateOrderAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.Status == MembershipStatus.Approved).ToListAsync(ct);
        var demander = enterprises.First(e => e.Roles.HasFlag(EnterpriseRoles.Demander) && !e.Roles.HasFlag(EnterpriseRoles.Operator));
        var userId = await db.Users.Where(u => u.EnterpriseId == demander.Id).Select(u => u.Id).FirstAsync(ct);
        var caller = new Caller(userId, demander.Id, new HashSet<string>([MemberRole.Demander]));
        var draft = await scope.ServiceProvider.GetRequiredService<CreateDraftOrder>().HandleAsync(QuoteBenchOrder.Input(DateTimeOffset.UtcNow), caller, ct);
        if (!draft.Succeeded) throw new InvalidOperationException($"The benchmark order was refused: {draft.Failure!.Message}");
        var submitted = await scope.ServiceProvider.GetRequiredService<SubmitOrder>().HandleAsync(draft.Value.Id, new OrderTransitionInput(draft.Value.Version), null, caller, ct);
        if (!submitted.Succeeded) throw new InvalidOperationException($"The benchmark order was refused: {submitted.Failure!.Message}");
        return (draft.Value.Id, caller);
    }

    internal static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
