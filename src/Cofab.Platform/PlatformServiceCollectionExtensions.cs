using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Bookings;
using Cofab.Platform.Features.Calendars;
using Cofab.Platform.Features.Demo;
using Cofab.Platform.Features.Execution;
using Cofab.Platform.Features.Groupings;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Machines;
using Cofab.Platform.Features.Matching;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Orders;
using Cofab.Platform.Features.Quality;
using Cofab.Platform.Features.Quotes;
using Cofab.Platform.Features.Resources;
using Cofab.Platform.Features.Rfqs;
using Cofab.Platform.Features.Settlement;
using Cofab.Platform.Features.Taxonomy;
using Cofab.Platform.Features.Tracking;
using Cofab.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform;

public static class PlatformServiceCollectionExtensions
{
    /// <summary>The database, identity stores and every use case, for the web host and the CLI alike.</summary>
    public static IdentityBuilder AddCofabPlatform(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Provider != DatabaseProvider.PostgreSql || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is PostgreSql.")
            .ValidateOnStart();
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.Section));
        services.TryAddTimeProvider();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = database.ResolveConnectionString(contentRoot);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => o.UseNpgsql(connectionString, n => n.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetRequiredService<MatchingChangeInterceptor>()));
        }
        else
        {
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => o.UseSqlite(connectionString, s => s.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetRequiredService<MatchingChangeInterceptor>()));
        }

        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<ListAuditEntries>();
        services.AddScoped<MemberGate>();
        services.AddMemberUseCases();
        services.AddGroupingUseCases();
        services.AddTaxonomyUseCases();
        services.AddCalendarUseCases();
        services.AddResourceUseCases();
        services.AddResourceTransferUseCases();
        services.AddDemoUseCases();
        services.AddMachineData(configuration);
        services.AddLedger(configuration, contentRoot);
        services.AddOrderUseCases(configuration);
        services.AddBookingUseCases(configuration);
        services.AddMatching(configuration);
        services.AddQuoteUseCases(configuration);
        services.AddRfqUseCases(configuration);
        services.AddExecutionUseCases();
        services.AddTrackingUseCases(configuration);
        services.AddQualityUseCases();
        services.AddSettlementUseCases(configuration);

        return services.AddIdentityCore<CofabUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<CofabClaimsPrincipalFactory>();
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
