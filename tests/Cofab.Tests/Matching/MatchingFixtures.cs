using Cofab.Core.Geography;
using Cofab.Core.Matching;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Resources;

namespace Cofab.Tests.Matching;

/// <summary>A five-axis mill in Beilun, its approved owner and a requirement it meets, for tests to spoil one thing at a time.</summary>
internal static class MatchingFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Due = Now.AddDays(10);
    public static readonly GeoPoint Beilun = new(29.899, 121.844);
    public static readonly GeoPoint Hangzhou = new(30.274, 120.155);

    public static Capability Mill() => new()
    {
        ProcessCode = "machining.milling.5axis",
        EnvelopeXMm = 650,
        EnvelopeYMm = 520,
        EnvelopeZMm = 475,
        ToleranceMm = 0.01m,
        Materials = ["铝合金 6061", "不锈钢 304"],
        MaxWeightKg = 300,
        MinBatch = 1,
        MaxBatch = 500,
        UnitTimeMin = 12,
        SetupTimeMin = 60,
    };

    public static Resource Machine(Capability? capability = null, GeoPoint? location = null, decimal hourly = 240) => new()
    {
        Id = Guid.NewGuid(),
        EnterpriseId = Owner.EnterpriseId,
        Name = "DMU 50",
        AssetNumber = "M-1",
        Location = location ?? Beilun,
        Visibility = ResourceVisibility.Published,
        Capabilities = [capability ?? Mill()],
        Prices = [new PriceTerm { Model = PricingModel.PerHour, Rate = hourly, SetupCharge = 100 }],
    };

    public static readonly ProviderFacts Owner = new(
        Guid.Parse("0193a000-0000-7000-8000-000000000001"), "宁波精工", "330206", Approved: true,
        [new Certification { Standard = "ISO 9001", Number = "Q-1", Issuer = "CQC", ValidUntil = new DateOnly(2027, 6, 30) }]);

    public static OperationRequirement Requirement() => new()
    {
        ProcessCode = "machining.milling",
        EnvelopeXMm = 300,
        EnvelopeYMm = 200,
        EnvelopeZMm = 100,
        ToleranceMm = 0.02m,
        Material = "铝合金",
        WeightKg = 20,
        Quantity = 50,
        Certifications = ["ISO 9001"],
    };

    public static MatchOutcome Evaluate(OperationRequirement requirement, Resource? resource = null, ProviderFacts? provider = null, bool allReasons = true, IReadOnlyList<Core.MachineData.TimeWindow>? busy = null) =>
        ResourceMatcher.Evaluate(
            new MatchRequest(requirement, Now, Due, Hangzhou),
            new MatchSubject(resource ?? Machine(), provider ?? Owner, null, [], busy ?? []),
            allReasons);
}
