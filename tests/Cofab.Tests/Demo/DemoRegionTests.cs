using System.Text.Json;
using Cofab.Core.Calendars;
using Cofab.Core.Demo;
using Cofab.Core.Members;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;
using Xunit;

namespace Cofab.Tests.Demo;

public sealed class DemoRegionTests
{
    private static readonly DateOnly Start = new(2026, 9, 14);
    private static readonly DemoDataSet Data = DemoRegion.Generate(new DemoOptions { StartDate = Start });

    private static IEnumerable<Enterprise> Providers => Data.Enterprises.Where(e => e.Roles.HasFlag(EnterpriseRoles.Provider));

    [Fact]
    public void Default_region_has_forty_providers_six_demanders_and_about_four_hundred_resources()
    {
        Assert.Equal(40, Providers.Count());
        Assert.Equal(6, Data.Enterprises.Count(e => e.Roles == EnterpriseRoles.Demander));
        Assert.Contains(Data.Enterprises, e => e.Roles == (EnterpriseRoles.Demander | EnterpriseRoles.Provider));
        Assert.InRange(Data.Resources.Count, 320, 480);
    }

    [Fact]
    public void Every_resource_passes_the_resource_rules()
    {
        foreach (var resource in Data.Resources)
        {
            var errors = ResourceRules.Validate(resource, CapabilityTaxonomy.Default);
            Assert.True(errors.Count == 0, $"{resource.AssetNumber}: {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
        }
    }

    [Fact]
    public void Every_calendar_passes_the_calendar_rules()
    {
        Assert.All(Data.Calendars, calendar => Assert.Empty(CalendarRules.Validate(calendar)));
    }

    [Fact]
    public void Every_enterprise_has_a_valid_credit_code_issued_in_its_own_division()
    {
        foreach (var enterprise in Data.Enterprises)
        {
            Assert.True(UnifiedSocialCreditCode.TryValidate(enterprise.CreditCode, out var error), $"{enterprise.Name}: {error}");
            Assert.True(DivisionCode.IsValid(enterprise.DivisionCode), enterprise.DivisionCode);
            Assert.Equal(enterprise.DivisionCode, UnifiedSocialCreditCode.DivisionOf(enterprise.CreditCode));
        }

        Assert.Equal(Data.Enterprises.Count, Data.Enterprises.Select(e => e.CreditCode).Distinct().Count());
    }

    [Fact]
    public void Members_are_approved_located_in_zhejiang_and_belong_to_a_cluster_of_their_city()
    {
        var groupings = Data.Groupings.ToDictionary(g => g.Id);
        foreach (var enterprise in Data.Enterprises)
        {
            Assert.Equal(MembershipStatus.Approved, enterprise.Status);
            if ((enterprise.Roles & (EnterpriseRoles.Provider | EnterpriseRoles.Demander)) == 0)
            {
                continue;
            }

            var cluster = groupings[enterprise.ClusterId!.Value];
            Assert.Equal(GroupingKind.Cluster, cluster.Kind);
            Assert.True(DivisionCode.IsWithin(enterprise.DivisionCode, DivisionCode.CityOf(cluster.DivisionCode)), enterprise.Name);

            // Inside Zhejiang's bounding box: the jitter around county seats is a few kilometres, not a province.
            Assert.InRange(enterprise.Location.Latitude, 27.0, 31.2);
            Assert.InRange(enterprise.Location.Longitude, 118.0, 123.0);
        }
    }

    [Fact]
    public void Groupings_cover_the_four_cities_with_clusters_and_parks()
    {
        Assert.Equal(["330100", "330200", "330600", "331000"],
            Data.Groupings.Where(g => g.Kind == GroupingKind.Region && g.ParentId is not null).Select(g => g.DivisionCode).Order());
        Assert.True(Data.Groupings.Count(g => g.Kind == GroupingKind.Cluster) >= 4);
        Assert.All(Data.Groupings.Where(g => g.ParentId is not null), g => Assert.Contains(Data.Groupings, p => p.Id == g.ParentId));
    }

    [Fact]
    public void Resources_reference_their_owner_and_an_owner_calendar_and_have_unique_asset_numbers()
    {
        var enterprises = Data.Enterprises.ToDictionary(e => e.Id);
        var calendars = Data.Calendars.ToDictionary(c => c.Id);
        foreach (var resource in Data.Resources)
        {
            Assert.True(enterprises[resource.EnterpriseId].Roles.HasFlag(EnterpriseRoles.Provider));
            Assert.Equal(resource.EnterpriseId, calendars[resource.CalendarId!.Value].EnterpriseId);
            Assert.Equal(ResourceVisibility.Published, resource.Visibility);
        }

        Assert.All(Data.Resources.GroupBy(r => r.EnterpriseId),
            group => Assert.Equal(group.Count(), group.Select(r => r.AssetNumber).Distinct().Count()));
    }

    [Fact]
    public void Ids_are_unique_across_the_data_set()
    {
        var ids = Data.Groupings.Select(g => g.Id).Concat(Data.Enterprises.Select(e => e.Id))
            .Concat(Data.Calendars.Select(c => c.Id)).Concat(Data.Resources.Select(r => r.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, ids);
    }

    [Fact]
    public void Resources_include_every_kind_of_shared_capacity_and_all_three_pricing_models()
    {
        var kinds = Data.Resources.Select(r => r.Kind).ToHashSet();
        foreach (var kind in new[] { ResourceKind.Machine, ResourceKind.ProductionLine, ResourceKind.Instrument, ResourceKind.Software,
            ResourceKind.ServiceOffering, ResourceKind.WorkerPool })
        {
            Assert.Contains(kind, kinds);
        }

        var models = Data.Resources.SelectMany(r => r.Prices).Select(p => p.Model).ToHashSet();
        Assert.Equal([PricingModel.PerHour, PricingModel.PerPiece, PricingModel.ValueShare], models.Order());
    }

    [Fact]
    public void Five_axis_machines_cost_between_180_and_350_yuan_per_hour()
    {
        var fiveAxisRates = Data.Resources
            .Where(r => r.Capabilities.Any(c => c.ProcessCode == "machining.milling.5axis"))
            .SelectMany(r => r.Prices.Where(p => p.Model == PricingModel.PerHour)).Select(p => p.Rate).ToList();
        Assert.NotEmpty(fiveAxisRates);
        Assert.All(fiveAxisRates, rate => Assert.InRange(rate, 180m, 350m));
    }

    [Fact]
    public void Idle_windows_lie_within_four_weeks_of_the_start_date()
    {
        var from = new DateTimeOffset(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var windows = Data.Resources.SelectMany(r => r.IdleWindows).ToList();
        Assert.NotEmpty(windows);
        Assert.All(windows, w => Assert.InRange(w.Start, from, from.AddDays(29)));
        Assert.All(windows, w => Assert.InRange(w.End, from, from.AddDays(29)));
    }

    [Fact]
    public void Calendars_carry_national_day_and_its_make_up_sunday()
    {
        var twoShift = Data.Calendars.First(c => c.Shifts.Count == 2);
        Assert.Contains(twoShift.Holidays, h => h.Date == new DateOnly(2026, 10, 1) && h.Name == "国庆节");
        Assert.Contains(twoShift.Exceptions, e => e.Date == new DateOnly(2026, 9, 20) && e.Kind == CalendarExceptionKind.ExtraWork);

        // The make-up Sunday works both shifts, like any weekday.
        var sunday = new DateTimeOffset(2026, 9, 20, 0, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(TimeSpan.FromHours(16), WorkingTime.Total(twoShift, sunday, sunday.AddDays(1)));
    }

    [Fact]
    public void Every_enterprise_gets_one_demo_user_with_its_roles()
    {
        Assert.Equal(Data.Enterprises.Select(e => e.Id).Order(), Data.Users.Select(u => u.EnterpriseId).Order());
        Assert.Equal(Data.Users.Count, Data.Users.Select(u => u.Email).Distinct().Count());
        Assert.Contains(Data.Users, u => u.Email == "ops@nbbl-mould.demo" && u.Roles.Contains(MemberRole.Provider) && u.Roles.Contains(MemberRole.Demander));
        Assert.Contains(Data.Users, u => u.Roles.Contains(MemberRole.Operator));
        Assert.All(Data.Users, u => Assert.EndsWith(".demo", u.Email, StringComparison.Ordinal));
    }

    [Fact]
    public void Same_seed_gives_identical_output_and_another_seed_differs()
    {
        var again = DemoRegion.Generate(new DemoOptions { StartDate = Start });
        var other = DemoRegion.Generate(new DemoOptions { StartDate = Start, Seed = 7 });

        Assert.Equal(Fingerprint(Data), Fingerprint(again));
        Assert.NotEqual(Fingerprint(Data), Fingerprint(other));
    }

    [Fact]
    public void Options_scale_the_region()
    {
        var small = DemoRegion.Generate(new DemoOptions { StartDate = Start, Enterprises = 5, Demanders = 1, ResourcesPerEnterprise = 2, IncludePlatformMembers = false });
        Assert.Equal(6, small.Enterprises.Count);
        Assert.Equal(5, small.Enterprises.Select(e => e.ClusterId).Distinct().Count());

        var large = DemoRegion.Generate(new DemoOptions { StartDate = Start, Enterprises = 90, Demanders = 8 });
        Assert.Equal(90, large.Enterprises.Count(e => e.Roles.HasFlag(EnterpriseRoles.Provider)));
        Assert.Equal(large.Enterprises.Count, large.Enterprises.Select(e => e.Name).Distinct().Count());
        Assert.All(large.Enterprises, e => Assert.True(UnifiedSocialCreditCode.IsValid(e.CreditCode)));
    }

    [Fact]
    public void Bulk_resources_stream_valid_resources_with_unique_asset_numbers()
    {
        var owners = Providers.ToList();
        var count = 0;
        var assetNumbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in DemoRegion.GenerateBulkResources(100_000, 1, owners, Start))
        {
            Assert.True(assetNumbers.Add(resource.AssetNumber));
            if (count++ % 97 == 0)
            {
                Assert.Empty(ResourceRules.Validate(resource, CapabilityTaxonomy.Default));
            }
        }

        Assert.Equal(100_000, count);
    }

    [Fact]
    public void Ids_and_credit_codes_do_not_depend_on_the_start_date()
    {
        // Loaders recognise an already loaded region by its codes, whatever day it was loaded on.
        var later = DemoRegion.Generate(new DemoOptions { StartDate = Start.AddDays(100) });

        Assert.Equal(Data.Enterprises.Select(e => e.CreditCode), later.Enterprises.Select(e => e.CreditCode));
        Assert.Equal(Data.Resources.Select(r => r.Id), later.Resources.Select(r => r.Id));
    }

    [Fact]
    public void Bulk_resources_with_the_region_seed_do_not_reuse_region_ids()
    {
        var regionIds = Data.Groupings.Select(g => g.Id).Concat(Data.Enterprises.Select(e => e.Id))
            .Concat(Data.Calendars.Select(c => c.Id)).Concat(Data.Resources.SelectMany(r => new[] { r.Id, r.Version }))
            .ToHashSet();

        var bulkIds = DemoRegion.GenerateBulkResources(20_000, 42, Providers.ToList(), Start).Select(r => r.Id);

        Assert.DoesNotContain(bulkIds, regionIds.Contains);
    }

    [Fact]
    public void Bulk_resources_are_lazy_and_deterministic()
    {
        var owners = Providers.Take(3).ToList();
        var first = DemoRegion.GenerateBulkResources(int.MaxValue, 5, owners, Start).Take(50).Select(r => r.Name + r.Id).ToList();
        var second = DemoRegion.GenerateBulkResources(int.MaxValue, 5, owners, Start).Take(50).Select(r => r.Name + r.Id).ToList();
        Assert.Equal(first, second);
    }

    private static string Fingerprint(DemoDataSet data) => JsonSerializer.Serialize(data);
}
