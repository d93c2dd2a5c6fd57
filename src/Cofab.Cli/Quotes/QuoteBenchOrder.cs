using Cofab.Platform.Features.Orders;

namespace Cofab.Cli.Quotes;

/// <summary>The order both quote benchmarks use: 5 milled aluminium parts, each milled, drilled, anodized and measured.</summary>
internal static class QuoteBenchOrder
{
    private static readonly string[] Mills = ["machining.milling.5axis", "machining.milling.3axis", "machining.milling.4axis", "machining.milling.3axis", "machining.milling.5axis"];

    public static OrderInput Input(DateTimeOffset now) => new(
        "Quote benchmark: pump housings",
        "浙江省宁波市北仑区大港工业城",
        29.90,
        121.85,
        DeclaredValue: null,
        Budget: null,
        [.. Mills.Select((mill, i) => new OrderPartData(
            null, $"Part {i + 1}", 50 + (10 * i), "铝合金", null, null, null, null, now.AddDays(21 + (2 * i)), null, null,
            [
                new RoutingStepData(10, mill, Material: "铝合金"),
                new RoutingStepData(20, "machining.drilling", Material: "铝合金", Predecessors: [10]),
                new RoutingStepData(30, "surface.anodizing", Predecessors: [20]),
                new RoutingStepData(40, "inspection.cmm", Predecessors: [30]),
            ]))]);
}
