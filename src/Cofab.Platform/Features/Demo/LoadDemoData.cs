using Cofab.Core.Demo;
using Cofab.Core.Members;
using Cofab.Core.Resources;
using Cofab.Platform.Data;
using Cofab.Platform.Identity;
using Cofab.Platform.Features.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Demo;

public sealed record DemoLoadOptions(int Seed = 42, int BulkResources = 0);

public sealed record DemoProgress(string Stage, double Percent);

public sealed record DemoLoadReport(bool AlreadyLoaded, int Enterprises, int Users, int Resources, int Calendars, int BulkResources, string ExampleUsers);

/// <summary>
/// Loads the generated demo region (see <see cref="DemoRegion"/>) in one transaction, and optionally a bulk
/// of extra resources for load tests. Loading twice adds nothing the second time.
/// </summary>
public sealed class LoadDemoData(AppDbContext db, UserManager<CofabUser> users, IPasswordHasher<CofabUser> hasher, TimeProvider clock)
{
    /// <summary>Documented in the README; demo accounts exist only where someone chose to load demo data.</summary>
    public const string DemoPassword = "Cofab#Demo2026";

    private const int BatchSize = 2000;

    public async Task<DemoLoadReport> HandleAsync(DemoLoadOptions options, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ShanghaiTime()).DateTime);
        var data = DemoRegion.Generate(new DemoOptions { Seed = options.Seed, StartDate = today });
        var firstCode = data.Enterprises[0].CreditCode;
        var alreadyLoaded = await db.Enterprises.AnyAsync(e => e.CreditCode == firstCode, ct);
        var examples = string.Join(", ", data.Users.Take(2).Select(u => u.Email));

        if (!alreadyLoaded)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            progress?.Report(new DemoProgress("Regions, clusters and members", 5));
            db.Groupings.AddRange(data.Groupings);
            db.Enterprises.AddRange(data.Enterprises);
            db.Calendars.AddRange(data.Calendars);
            await db.SaveChangesAsync(ct);

            progress?.Report(new DemoProgress("Machines and other resources", 20));
            foreach (var batch in data.Resources.Chunk(BatchSize))
            {
                AddResources(batch);
                await db.SaveChangesAsync(ct);
            }

            progress?.Report(new DemoProgress("Demo users", 40));
            await AddUsersAsync(data.Users);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }

        var bulk = options.BulkResources > 0 ? await AddBulkAsync(options, data.Enterprises, today, progress, ct) : 0;
        if (!alreadyLoaded || bulk > 0)
        {
            // Fresh statistics after a large load: without them SQLite's planner picks nested loops that cost seconds at 100k rows.
            // Skipped when nothing was added, so `--demo` on every start does not re-analyse a big database.
            progress?.Report(new DemoProgress("Updating planner statistics", 99));
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }
        progress?.Report(new DemoProgress("Done", 100));
        return new DemoLoadReport(alreadyLoaded, data.Enterprises.Count, data.Users.Count, data.Resources.Count, data.Calendars.Count, bulk, examples);
    }

    private void AddResources(IEnumerable<Resource> resources)
    {
        foreach (var resource in resources)
        {
            db.Resources.Add(resource);
            db.Entry(resource).Property(ResourceModel.SearchText).CurrentValue = ResourceMapping.SearchTextOf(resource);
        }
    }

    private async Task AddUsersAsync(IEnumerable<DemoUser> demoUsers)
    {
        string? hash = null;
        foreach (var demo in demoUsers)
        {
            var user = new CofabUser
            {
                Id = Guid.CreateVersion7(),
                UserName = demo.Email,
                Email = demo.Email,
                EmailConfirmed = true,
                DisplayName = demo.DisplayName,
                EnterpriseId = demo.EnterpriseId,
            };
            // One PBKDF2 run for all demo accounts: they share the documented password, so the hash can be shared too.
            user.PasswordHash = hash ??= hasher.HashPassword(user, DemoPassword);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) throw new InvalidOperationException($"Demo user {demo.Email}: {string.Join(" ", created.Errors.Select(e => e.Description))}");
            await users.AddToRolesAsync(user, demo.Roles);
        }
    }

    private async Task<int> AddBulkAsync(DemoLoadOptions options, IReadOnlyList<Enterprise> enterprises, DateOnly today, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        var owners = enterprises.Where(e => e.Roles.HasFlag(EnterpriseRoles.Provider)).ToList();
        var added = 0;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var batch in DemoRegion.GenerateBulkResources(options.BulkResources, options.Seed, owners, today).Chunk(BatchSize))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                AddResources(batch);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                db.ChangeTracker.Clear();
                added += batch.Length;
                progress?.Report(new DemoProgress($"Bulk resources {added:N0}/{options.BulkResources:N0}", 50 + (50.0 * added / options.BulkResources)));
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        return added;
    }

    private static TimeZoneInfo ShanghaiTime() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone) ? zone : TimeZoneInfo.Utc;
}
