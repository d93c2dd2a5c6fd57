using Cofab.Core.Geography;
using Cofab.Core.Members;

namespace Cofab.Core.Demo;

/// <summary>Builds member enterprises: credit codes, addresses, positions near the county seat, contacts, certifications.</summary>
internal static class DemoMembers
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly string[] Issuers = ["中国质量认证中心 CQC", "SGS", "TÜV SÜD", "BSI", "必维 Bureau Veritas", "方圆标志认证集团"];

    public static Enterprise Create(
        DemoRandom random, string name, string countyCode, string town, string industry, EnterpriseRoles roles,
        Guid? clusterId, Guid? parkId, DateOnly start, ISet<string> usedCodes)
    {
        var county = DemoGeography.County(countyCode);
        var city = DemoGeography.City(county.CityCode);
        var registered = new DateTimeOffset(start.AddDays(-random.Next(30, 720)).ToDateTime(new TimeOnly(9, 0)), China)
            .AddMinutes(random.Next(0, 480));
        return new Enterprise
        {
            Id = random.NextGuid(),
            Name = name,
            CreditCode = DemoCodes.CreditCode(random, '9', '1', countyCode, usedCodes),
            DivisionCode = countyCode,
            Address = $"浙江省{city.NameZh}{county.NameZh}{town}{random.Pick(DemoFirms.Roads)}{random.Next(1, 999)}号",
            Location = Near(random, county.Centre, 5),
            Industry = industry,
            Roles = roles,
            Status = MembershipStatus.Approved,
            ClusterId = clusterId,
            ParkId = parkId,
            ContactName = random.Pick(DemoFirms.Surnames) + random.Pick(DemoFirms.GivenNames),
            ContactPhone = $"{DemoGeography.AreaCode(county.CityCode)}-8{random.Next(0, 10_000_000):D7}",
            RegisteredAt = registered,
            DecidedAt = registered.AddDays(random.Next(1, 4)),
            DecisionNote = "Demo data: approved on generation.",
            Version = random.NextGuid(),
        };
    }

    /// <summary>Government bodies carry authority 1 (机构编制) and category 1 (机关) in their credit codes.</summary>
    public static Enterprise CreatePlatformMember(
        DemoRandom random, string name, EnterpriseRoles roles, string industry, string address, char authority, char category,
        DateOnly start, ISet<string> usedCodes)
    {
        var registered = new DateTimeOffset(start.AddDays(-800).ToDateTime(new TimeOnly(9, 0)), China);
        return new Enterprise
        {
            Id = random.NextGuid(),
            Name = name,
            CreditCode = DemoCodes.CreditCode(random, authority, category, DemoGeography.Province, usedCodes),
            DivisionCode = DemoGeography.Province,
            Address = address,
            Location = Near(random, new GeoPoint(30.266, 120.153), 2),
            Industry = industry,
            Roles = roles,
            Status = MembershipStatus.Approved,
            ContactName = random.Pick(DemoFirms.Surnames) + random.Pick(DemoFirms.GivenNames),
            ContactPhone = $"0571-8{random.Next(0, 10_000_000):D7}",
            RegisteredAt = registered,
            DecidedAt = registered,
            DecisionNote = "Demo data: platform member.",
            Version = random.NextGuid(),
        };
    }

    /// <summary>Certifications a firm of this kind and cluster would plausibly hold.</summary>
    public static void AddCertifications(DemoRandom random, Enterprise enterprise, DemoProfile profile, string clusterKey, DateOnly start)
    {
        var manufacturing = profile is not (DemoProfile.Software or DemoProfile.Data or DemoProfile.Logistics or DemoProfile.Lab);
        if (manufacturing ? random.Chance(0.85) : random.Chance(0.5))
        {
            Add(random, enterprise, "ISO 9001:2015", "Q", random.Pick(Issuers), start);
        }

        if ((clusterKey == "tz-automoto" && manufacturing && random.Chance(0.6))
            || (profile == DemoProfile.DieCasting && random.Chance(0.5)))
        {
            Add(random, enterprise, "IATF 16949:2016", "T", random.Pick(Issuers), start);
        }

        var polluting = profile is DemoProfile.Dyeing or DemoProfile.SurfaceTreatment or DemoProfile.HeatTreatment;
        if (random.Chance(polluting ? 0.8 : 0.3))
        {
            Add(random, enterprise, "ISO 14001:2015", "E", random.Pick(Issuers), start);
        }

        if ((profile is DemoProfile.CncShop or DemoProfile.MouldShop or DemoProfile.Additive) && random.Chance(0.2))
        {
            Add(random, enterprise, "AS9100D", "A", random.Pick(["BSI", "SGS", "DNV"]), start);
        }

        if (profile == DemoProfile.Lab)
        {
            Add(random, enterprise, "ISO/IEC 17025:2017", "L", "中国合格评定国家认可委员会 CNAS", start);
        }

        if ((profile is DemoProfile.Dyeing or DemoProfile.Weaving or DemoProfile.Knitting or DemoProfile.Sewing) && random.Chance(0.5))
        {
            Add(random, enterprise, "OEKO-TEX STANDARD 100", "O", "OEKO-TEX / TESTEX", start);
        }
    }

    private static void Add(DemoRandom random, Enterprise enterprise, string standard, string letter, string issuer, DateOnly start) =>
        enterprise.Certifications.Add(new Certification
        {
            Standard = standard,
            Number = $"{random.Next(10, 99)}{start.Year % 100 - random.Next(0, 3):D2}{letter}{random.Next(10000, 99999)}R{random.Next(0, 3)}M",
            Issuer = issuer,
            ValidUntil = start.AddDays(random.Next(60, 1000)),
        });

    /// <summary>A point within about <paramref name="km"/> kilometres of the centre (a degree of latitude is ~111 km).</summary>
    public static GeoPoint Near(DemoRandom random, GeoPoint centre, double km)
    {
        var dLat = random.Between(-km, km) / 111.0;
        var dLon = random.Between(-km, km) / (111.0 * Math.Cos(centre.Latitude * Math.PI / 180));
        return new GeoPoint(Math.Round(centre.Latitude + dLat, 6), Math.Round(centre.Longitude + dLon, 6));
    }
}
