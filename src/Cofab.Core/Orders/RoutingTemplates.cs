using Cofab.Core.Taxonomy;

namespace Cofab.Core.Orders;

/// <summary>One operation of a template: a process, and the demands it usually carries for this part family.</summary>
public sealed record TemplateStep(string ProcessCode, string NameEn, string NameZh)
{
    public decimal? ToleranceMm { get; init; }

    /// <summary>False for one-off operations such as making the mould: they run once, not per piece.</summary>
    public bool PerPiece { get; init; } = true;

    /// <summary>Indexes of earlier steps this one waits for; null means the step before (a chain).</summary>
    public IReadOnlyList<int>? After { get; init; }

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}

/// <summary>A routing a demander can start from for a family of parts; the platform fills in the part's facts.</summary>
public sealed record RoutingTemplate(string Code, string NameEn, string NameZh, string DefaultMaterial, IReadOnlyList<TemplateStep> Steps);

/// <summary>
/// The routing templates the platform offers, as data. Step numbers go 10, 20, 30 … so the demander can insert
/// operations between them.
/// </summary>
public static class RoutingTemplates
{
    public const int StepSpacing = 10;

    public static IReadOnlyList<RoutingTemplate> All { get; } =
    [
        new("machined-aluminium-housing", "Machined aluminium housing", "铝合金机加工壳体", "aluminium",
        [
            new("machining.milling.5axis", "Mill all faces and pockets", "五轴铣削外形与型腔") { ToleranceMm = 0.02m },
            new("machining.drilling", "Drill and tap threads", "钻孔攻丝") { ToleranceMm = 0.05m },
            new("surface.sandblasting", "Bead-blast surfaces", "喷砂"),
            new("surface.anodizing", "Anodize", "阳极氧化") { Attributes = new Dictionary<string, string> { ["colour"] = "black" } },
            new("inspection.cmm", "Measure critical dimensions", "三坐标检测关键尺寸") { ToleranceMm = 0.005m },
        ]),
        new("turned-steel-shaft", "Turned steel shaft", "钢制车削轴", "steel",
        [
            new("machining.turning.cnc", "Turn diameters and shoulders", "数控车外圆与台阶") { ToleranceMm = 0.02m },
            new("heat-treatment.quench-temper", "Quench and temper", "调质处理") { Attributes = new Dictionary<string, string> { ["hardness"] = "HRC 28-32" } },
            new("machining.grinding.cylindrical", "Grind bearing seats", "磨削轴承位") { ToleranceMm = 0.005m },
            new("inspection.material-testing.hardness", "Check hardness", "硬度检测"),
        ]),
        new("sheet-metal-enclosure", "Sheet-metal enclosure", "钣金机箱", "steel",
        [
            new("machining.laser-cutting", "Laser-cut blanks", "激光切割下料") { ToleranceMm = 0.1m },
            new("sheet-metal.bending", "Bend flanges", "折弯") { ToleranceMm = 0.2m },
            new("welding.spot", "Spot-weld corners", "点焊拼角"),
            new("surface.powder-coating", "Powder-coat", "静电粉末喷涂") { Attributes = new Dictionary<string, string> { ["colour"] = "RAL 7035" } },
            new("assembly.mechanical", "Fit hinges and fasteners", "装配铰链与紧固件"),
        ]),
        new("knitted-garment", "Knitted garment", "针织服装", "cotton",
        [
            new("textile.knitting", "Knit the fabric panels", "针织衣片"),
            new("textile.dyeing", "Dye", "染色") { Attributes = new Dictionary<string, string> { ["colour"] = "navy" } },
            new("textile.sewing", "Link and sew", "套口缝制"),
            new("inspection.factory-audit", "Inspect finished goods", "成品验货"),
        ]),
        new("smt-board", "SMT board", "SMT电路板", "",
        [
            new("electronics.smt", "Print paste, place and reflow", "印锡、贴片、回流焊") { ToleranceMm = 0.05m },
            new("electronics.pcba", "Insert and solder through-hole parts", "插件与波峰焊"),
            new("assembly.electrical", "Flash firmware and test", "烧录与功能测试"),
        ]),
        new("injection-moulded-cover", "Injection-moulded cover", "注塑外壳盖", "ABS",
        [
            new("tooling.injection-mould", "Make the mould", "制作注塑模具") { ToleranceMm = 0.01m, PerPiece = false },
            new("injection-moulding", "Mould the covers", "注塑成型") { ToleranceMm = 0.1m },
            new("surface.painting", "Paint", "喷漆") { Attributes = new Dictionary<string, string> { ["finish"] = "matt" } },
            new("inspection.cmm", "Measure the first articles", "首件三坐标检测") { ToleranceMm = 0.02m, PerPiece = false },
        ]),
    ];

    public static RoutingTemplate? Find(string? code) => All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal));

    /// <summary>
    /// The template's routing for <paramref name="part"/>: each operation demands the part's quantity, material, envelope
    /// and weight where its process takes them (a board has no material to demand of an SMT line; knitting has no envelope).
    /// </summary>
    public static List<RoutingStep> ProposeRouting(RoutingTemplate template, OrderPart part, CapabilityTaxonomy? taxonomy = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(part);
        taxonomy ??= CapabilityTaxonomy.Default;
        var material = string.IsNullOrWhiteSpace(part.Material) ? NullIfEmpty(template.DefaultMaterial) : part.Material;
        var steps = new List<RoutingStep>(template.Steps.Count);
        for (var i = 0; i < template.Steps.Count; i++)
        {
            var step = template.Steps[i];
            var takes = taxonomy.Find(step.ProcessCode)?.Parameters ?? CapabilityParameters.None;
            var envelope = takes.HasFlag(CapabilityParameters.Envelope) && part.EnvelopeXMm is not null && part.EnvelopeYMm is not null && part.EnvelopeZMm is not null;
            var requirement = new OperationRequirement
            {
                ProcessCode = step.ProcessCode,
                Quantity = step.PerPiece ? Math.Max(part.Quantity, 1) : 1,
                Material = takes.HasFlag(CapabilityParameters.Materials) ? material : null,
                EnvelopeXMm = envelope ? part.EnvelopeXMm : null,
                EnvelopeYMm = envelope ? part.EnvelopeYMm : null,
                EnvelopeZMm = envelope ? part.EnvelopeZMm : null,
                WeightKg = takes.HasFlag(CapabilityParameters.MaxWeight) ? part.WeightKg : null,
                ToleranceMm = takes.HasFlag(CapabilityParameters.Tolerance) ? step.ToleranceMm : null,
                Attributes = new Dictionary<string, string>(step.Attributes),
            };
            steps.Add(new RoutingStep
            {
                Number = StepNumber(i),
                Requirement = requirement,
                Predecessors = PredecessorNumbers(template, i),
                Note = step.NameEn,
            });
        }

        return steps;
    }

    /// <summary>The number the step at <paramref name="index"/> gets: 10, 20, 30 …</summary>
    public static int StepNumber(int index) => (index + 1) * StepSpacing;

    /// <summary>The numbers of the steps the step at <paramref name="index"/> waits for (the one before, unless it says otherwise).</summary>
    public static List<int> PredecessorNumbers(RoutingTemplate template, int index)
    {
        ArgumentNullException.ThrowIfNull(template);
        var after = template.Steps[index].After ?? (index == 0 ? [] : [index - 1]);
        return [.. after.Select(StepNumber)];
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
