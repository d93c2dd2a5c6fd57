using Cofab.Core.Calendars;
using Cofab.Core.Members;
using Cofab.Core.Resources;

namespace Cofab.Core.Demo;

/// <summary>
/// Generates a realistic shared-manufacturing region in Zhejiang — Ningbo moulds, Cixi appliances, Taizhou auto and
/// motorcycle parts, Shaoxing textiles, Hangzhou equipment and electronics — deterministically from a seed.
/// Nothing reads the clock: dates derive from <see cref="DemoOptions.StartDate"/>, ids from the seeded generator.
/// The names are made up; division codes, holidays, machine models and price levels are real-world plausible.
/// </summary>
public static class DemoRegion
{
    private const int BulkSalt = 0x42554C4B; // "BULK"

    public static DemoDataSet Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Enterprises);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Demanders);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ResourcesPerEnterprise, 1);

        var random = new DemoRandom(options.Seed);
        var start = options.StartDate;
        var usedCodes = new HashSet<string>(StringComparer.Ordinal);
        var groupings = CreateGroupings(random, out var clusterIds, out var parkIds);
        var enterprises = new List<Enterprise>();
        var calendars = new List<SiteCalendar>();
        var resources = new List<Resource>();
        var users = new List<DemoUser>();

        // Holidays of every year the published windows (up to four weeks) can reach.
        int[] years = [start.Year, start.AddDays(35).Year];

        var firms = ProviderFirms(options.Enterprises).ToList();

        // Size factors shape the mix of small and large firms; dividing by their mean keeps the total near
        // Enterprises × ResourcesPerEnterprise whichever firms were chosen.
        var meanSize = firms.Count == 0 ? 1 : firms.Average(f => DemoProfiles.SizeFactor(f.Profile));
        foreach (var firm in firms)
        {
            var cluster = DemoGeography.Cluster(firm.ClusterKey);
            var inPark = firm.CountyCode == cluster.CountyCode && random.Chance(0.6);
            var roles = firm.AlsoDemander ? EnterpriseRoles.Provider | EnterpriseRoles.Demander : EnterpriseRoles.Provider;
            var enterprise = DemoMembers.Create(random, firm.NameZh, firm.CountyCode, firm.Town, DemoFirms.Industry(firm.Profile), roles,
                clusterIds[firm.ClusterKey], inPark ? parkIds[firm.ClusterKey] : null, start, usedCodes);
            DemoMembers.AddCertifications(random, enterprise, firm.Profile, firm.ClusterKey, start);
            enterprises.Add(enterprise);
            users.Add(UserFor(enterprise, firm.Slug, roles));

            var pattern = DemoProfiles.ShiftPattern(firm.Profile);
            var calendar = DemoCalendars.Create(random.NextGuid(), enterprise.Id, random.NextGuid(), pattern, years);
            if (random.Chance(0.2))
            {
                calendar.Exceptions.Add(new CalendarException
                {
                    Date = start.AddDays(random.Next(3, 25)),
                    Kind = CalendarExceptionKind.Closed,
                    Reason = "设备年度保养 annual maintenance shutdown",
                });
            }

            calendars.Add(calendar);
            var size = options.ResourcesPerEnterprise * DemoProfiles.SizeFactor(firm.Profile) / meanSize;
            resources.AddRange(CreateResources(random, firm, enterprise, calendar.Id, pattern, size, start));
        }

        foreach (var demander in DemanderFirms(options.Demanders))
        {
            var enterprise = DemoMembers.Create(random, demander.NameZh, demander.CountyCode, demander.Town, demander.Industry,
                EnterpriseRoles.Demander, clusterIds[demander.ClusterKey], null, start, usedCodes);
            if (random.Chance(0.7))
            {
                DemoMembers.AddCertifications(random, enterprise, DemoProfile.Assembly, demander.ClusterKey, start);
            }

            enterprises.Add(enterprise);
            users.Add(UserFor(enterprise, demander.Slug, EnterpriseRoles.Demander));
        }

        if (options.IncludePlatformMembers)
        {
            var operatorFirm = DemoMembers.CreatePlatformMember(random, "浙江共享制造平台运营有限公司", EnterpriseRoles.Operator,
                "Platform operation", "浙江省杭州市西湖区文三路90号", '9', '1', start, usedCodes);
            var regulator = DemoMembers.CreatePlatformMember(random, "浙江省经济和信息化厅", EnterpriseRoles.Regulator,
                "Government", "浙江省杭州市省府路8号", '1', '1', start, usedCodes);
            enterprises.Add(operatorFirm);
            enterprises.Add(regulator);
            users.Add(new DemoUser(operatorFirm.Id, "operator@platform.demo", operatorFirm.ContactName!, [MemberRole.Operator]));
            users.Add(new DemoUser(regulator.Id, "regulator@zjjxt.demo", regulator.ContactName!, [MemberRole.Regulator]));
        }

        return new DemoDataSet
        {
            Groupings = groupings,
            Enterprises = enterprises,
            Calendars = calendars,
            Resources = resources,
            Users = users,
        };
    }

    /// <summary>
    /// A lazy stream of resources for load tests (e.g. 100 000): each is built, yielded and forgotten, so memory stays
    /// flat. Owners are picked at random; asset numbers (BULK-0000001 …) are unique across the whole stream.
    /// No calendar is attached, because the owners' calendars are not known here.
    /// </summary>
    public static IEnumerable<Resource> GenerateBulkResources(int count, int seed, IReadOnlyList<Enterprise> owners, DateOnly start)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(owners);
        if (owners.Count == 0 && count > 0)
        {
            throw new ArgumentException("At least one owner enterprise is needed.", nameof(owners));
        }

        return Stream(count, seed, owners, start);

        static IEnumerable<Resource> Stream(int count, int seed, IReadOnlyList<Enterprise> owners, DateOnly start)
        {
            // Salt the seed: with the very seed Generate used, both would draw from one random sequence, and any id
            // drawn at the same position in both would repeat — a primary-key clash when a loader adds both sets.
            // (HashCode.Combine would not do: it is randomised per process.)
            var random = new DemoRandom(unchecked((int)((uint)seed * 2654435761u)) ^ BulkSalt);
            for (var i = 1; i <= count; i++)
            {
                var owner = random.Pick(owners);
                var template = random.Pick(DemoProfiles.AllTemplates);
                yield return DemoResources.Build(random, template, owner, null, DemoShiftPattern.TwoShifts,
                    $"BULK-{i:D7}", $"{template.DisplayName} #{i}", start);
            }
        }
    }

    private static List<Resource> CreateResources(
        DemoRandom random, DemoFirm firm, Enterprise enterprise, Guid calendarId, DemoShiftPattern pattern, double size, DateOnly start)
    {
        var count = Math.Max(1, (int)Math.Round(size * random.Between(0.7, 1.3)));
        var mix = DemoProfiles.Mix(firm.Profile);
        var prefix = DemoResources.AssetPrefix(firm.Slug);
        var copies = new Dictionary<MachineTemplate, int>();
        var resources = new List<Resource>(count);
        for (var i = 1; i <= count; i++)
        {
            var template = DemoProfiles.PickWeighted(random, mix);
            var copy = copies[template] = copies.GetValueOrDefault(template) + 1;
            var name = copy == 1 ? template.DisplayName : $"{template.DisplayName} #{copy}";
            var assetNumber = $"{prefix}-{DemoResources.KindLetter(template.Kind)}-{i:D3}";
            resources.Add(DemoResources.Build(random, template, enterprise, calendarId, pattern, assetNumber, name, start));
        }

        return resources;
    }

    private static List<Grouping> CreateGroupings(
        DemoRandom random, out Dictionary<string, Guid> clusterIds, out Dictionary<string, Guid> parkIds)
    {
        var province = new Grouping
        {
            Id = random.NextGuid(), Kind = GroupingKind.Region, Name = "Zhejiang", NameZh = "浙江省", DivisionCode = DemoGeography.Province,
        };
        var groupings = new List<Grouping> { province };
        var cityIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var city in DemoGeography.Cities)
        {
            var region = new Grouping
            {
                Id = random.NextGuid(), Kind = GroupingKind.Region, Name = city.NameEn, NameZh = city.NameZh,
                DivisionCode = city.Code, ParentId = province.Id,
            };
            cityIds[city.Code] = region.Id;
            groupings.Add(region);
        }

        clusterIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        parkIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var cluster in DemoGeography.Clusters)
        {
            var clusterGrouping = new Grouping
            {
                Id = random.NextGuid(), Kind = GroupingKind.Cluster, Name = cluster.NameEn, NameZh = cluster.NameZh,
                DivisionCode = cluster.CountyCode, Industry = cluster.Industry, ParentId = cityIds[cluster.CityCode],
            };
            var park = new Grouping
            {
                Id = random.NextGuid(), Kind = GroupingKind.Park, Name = cluster.ParkNameEn, NameZh = cluster.ParkNameZh,
                DivisionCode = cluster.CountyCode, Industry = cluster.Industry, ParentId = clusterGrouping.Id,
            };
            clusterIds[cluster.Key] = clusterGrouping.Id;
            parkIds[cluster.Key] = park.Id;
            groupings.Add(clusterGrouping);
            groupings.Add(park);
        }

        return groupings;
    }

    /// <summary>
    /// The hand-written firms taken round-robin across clusters (so a small demo still covers every cluster), then
    /// generated namesakes when more are asked for than are written down.
    /// </summary>
    private static IEnumerable<DemoFirm> ProviderFirms(int count)
    {
        var byCluster = DemoFirms.Providers.GroupBy(f => f.ClusterKey).Select(g => new Queue<DemoFirm>(g)).ToList();
        var ordered = new List<DemoFirm>();
        while (byCluster.Any(q => q.Count > 0))
        {
            ordered.AddRange(byCluster.Where(q => q.Count > 0).Select(q => q.Dequeue()));
        }

        for (var i = 0; i < count; i++)
        {
            if (i < ordered.Count)
            {
                yield return ordered[i];
                continue;
            }

            var basis = ordered[i % ordered.Count];
            var round = i / ordered.Count;
            var trade = DemoFirms.TradeNames[(i + round) % DemoFirms.TradeNames.Count];
            var tradePinyin = DemoFirms.TradeNamesPinyin[(i + round) % DemoFirms.TradeNamesPinyin.Count];
            var county = DemoGeography.County(basis.CountyCode);
            yield return basis with
            {
                NameZh = $"{DemoGeography.City(county.CityCode).NameZh}{county.NameZh}{trade}{DemoFirms.TradeZh(basis.Profile)}有限公司（{round}）",
                NameEn = $"{county.NameEn} {tradePinyin} {DemoFirms.Industry(basis.Profile)} Co., Ltd. ({round})",
                Slug = $"{basis.Slug}-{i}",
                AlsoDemander = false,
            };
        }
    }

    private static IEnumerable<DemoDemander> DemanderFirms(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var basis = DemoFirms.Demanders[i % DemoFirms.Demanders.Count];
            var round = i / DemoFirms.Demanders.Count;
            yield return round == 0 ? basis : basis with
            {
                NameZh = $"{basis.NameZh}（分公司{round}）",
                NameEn = $"{basis.NameEn} (branch {round})",
                Slug = $"{basis.Slug}-{round}",
            };
        }
    }

    private static DemoUser UserFor(Enterprise enterprise, string slug, EnterpriseRoles roles)
    {
        var roleNames = MemberRole.All.Where(r => roles.HasFlag(MemberRole.ToEnterpriseRole(r))).ToList();
        return new DemoUser(enterprise.Id, $"ops@{slug}.demo", enterprise.ContactName ?? enterprise.Name, roleNames);
    }
}
