using Cofab.Core.Members;
using Cofab.Core.Taxonomy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Cofab.Core.Geography;
using Cofab.Platform.Identity;

namespace Cofab.Platform.Data;

/// <summary>Brings a database to the current schema and puts in what every platform needs: roles and the taxonomy.</summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db,
    RoleManager<IdentityRole<Guid>> roles,
    UserManager<CofabUser> users,
    IOptions<BootstrapOptions> bootstrap,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets pages keep reading while one request writes; in the default rollback journal a
            // commit waits for every reader and readers queue behind it, which stalls a busy platform for seconds.
            // The mode is stored in the database file, so setting it once per start is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(pending.Count, pending);
            await db.Database.MigrateAsync(ct);
        }
        await SeedRolesAsync();
        await SeedTaxonomyAsync(ct);
        await BootstrapOperatorAsync(ct);
    }

    private async Task SeedRolesAsync()
    {
        foreach (var role in MemberRole.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
        }
    }

    /// <summary>Adds default processes that are missing; never overwrites what the operator changed.</summary>
    private async Task SeedTaxonomyAsync(CancellationToken ct)
    {
        var existing = await db.ProcessNodes.Select(n => n.Code).ToListAsync(ct);
        var known = existing.ToHashSet(StringComparer.Ordinal);
        var missing = CapabilityTaxonomy.Default.Nodes.Where(n => !known.Contains(n.Code)).ToList();
        if (missing.Count == 0) return;
        db.ProcessNodes.AddRange(missing.Select(n => new ProcessNode
        {
            Code = n.Code, ParentCode = n.ParentCode, NameEn = n.NameEn, NameZh = n.NameZh, Parameters = n.Parameters, SortOrder = n.SortOrder,
        }));
        await db.SaveChangesAsync(ct);
        LogTaxonomySeeded(missing.Count);
    }

    private async Task BootstrapOperatorAsync(CancellationToken ct)
    {
        var options = bootstrap.Value;
        if (string.IsNullOrEmpty(options.OperatorPassword) || await users.FindByEmailAsync(options.OperatorEmail) is not null) return;
        var creditCode = UnifiedSocialCreditCode.Normalize(options.OperatorCreditCode);
        var enterprise = await db.Enterprises.SingleOrDefaultAsync(e => e.CreditCode == creditCode, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (enterprise is null)
        {
            enterprise = new Enterprise
            {
                Id = Guid.CreateVersion7(),
                Name = options.OperatorEnterpriseName,
                CreditCode = creditCode,
                DivisionCode = options.OperatorDivisionCode,
                Address = "—",
                Location = new GeoPoint(30.2741, 120.1551),
                Industry = "Platform operation",
                Roles = EnterpriseRoles.Operator,
                Status = MembershipStatus.Approved,
                RegisteredAt = clock.GetUtcNow(),
                DecidedAt = clock.GetUtcNow(),
                Version = Guid.NewGuid(),
            };
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync(ct);
        }
        var user = new CofabUser
        {
            Id = Guid.CreateVersion7(),
            UserName = options.OperatorEmail,
            Email = options.OperatorEmail,
            EmailConfirmed = true,
            DisplayName = "Platform operator",
            EnterpriseId = enterprise.Id,
        };
        var created = await users.CreateAsync(user, options.OperatorPassword);
        if (!created.Succeeded)
            throw new InvalidOperationException("Bootstrap:OperatorPassword is not acceptable: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, MemberRole.Operator);
        await transaction.CommitAsync(ct);
        LogOperatorCreated(options.OperatorEmail);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Created the bootstrap operator account {Email}")]
    private partial void LogOperatorCreated(string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migrations: {Migrations}")]
    private partial void LogMigrating(int count, IReadOnlyList<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Count} processes to the capability taxonomy")]
    private partial void LogTaxonomySeeded(int count);
}
