using System.CommandLine;
using System.Diagnostics;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Demo;
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
    private static readonly string[] Mills = ["machining.milling.5axis", "machining.milling.3axis", "machining.milling.4axis", "machining.milling.3axis", "machining.milling.5axis"];

    public static Command Create()
    {
        var runs = new Option<int>("--runs") { Description = "Timed quote requests (after one warm-up).", DefaultValueFactory = _ => 10 };
        var bench = new Command("bench", "Measure instant-quote latency (median, p95) for an order of 5 parts × 4 operations on the demo region.") { runs };
        bench.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse);
            await using (var scope = services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(ct);
                await scope.ServiceProvider.GetRequiredService<LoadDemoData>().HandleAsync(new DemoLoadOptions(), null, ct);
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
        var now = DateTimeOffset.UtcNow;
        var order = new Order
        {
            Id = Guid.NewGuid(), DemanderEnterpriseId = demander.Id, CreatedBy = userId, Title = "Quote benchmark: pump housings",
            DeliveryAddress = demander.Address, DeliveryLocation = demander.Location, Status = OrderStatus.Submitted,
            CreatedAt = now, UpdatedAt = now, SubmittedAt = now, Version = Guid.NewGuid(),
            Parts = [.. Mills.Select((mill, i) => new OrderPart
            {
                Id = Guid.NewGuid(), Name = $"Part {i + 1}", Quantity = 50 + (10 * i), Material = "铝合金", DueDate = now.AddDays(21 + (2 * i)),
                Routing =
                [
                    Step(10, mill, "铝合金"),
                    Step(20, "machining.drilling", "铝合金", 10),
                    Step(30, "surface.anodizing", null, 20),
                    Step(40, "inspection.cmm", null, 30),
                ],
            })],
        };
        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return (order.Id, new Caller(userId, demander.Id, new HashSet<string>([MemberRole.Demander])));
    }

    private static RoutingStep Step(int number, string process, string? material, params int[] predecessors) =>
        new() { Number = number, Requirement = new OperationRequirement { ProcessCode = process, Material = material }, Predecessors = [.. predecessors] };

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
