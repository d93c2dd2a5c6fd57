using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;

namespace Cofab.Platform.Features.Resources;

/// <summary>The import template's example rows and its bilingual "说明 Guide" and "工序 Processes" sheets.</summary>
internal static class ResourceSheetGuide
{
    private const string GuideColumn = "列 Column";
    private const string RequiredColumn = "必填 Required";
    private const string ChineseColumn = "说明";
    private const string EnglishColumn = "Explanation";
    private const string ExampleColumn = "示例 Example";

    private static readonly (SheetColumn Column, bool Required, string Chinese, string English, string Example)[] Columns =
    [
        (SheetColumn.AssetNumber, true, "贵单位的资产编号。同一编号的多行是同一台设备的多道工序；已存在的编号会被更新。", "Your own asset number. Rows with the same number are one resource with several processes; a number you already have is updated.", "NB-CNC-001"),
        (SheetColumn.Name, true, "设备或资源名称。", "Name of the machine or resource.", "五轴加工中心 DMU 50"),
        (SheetColumn.Kind, false, "资源类型；留空表示设备。", "Resource kind; blank means machine.", ResourceSheet.AllowedKinds),
        (SheetColumn.Manufacturer, false, "制造商。", "Manufacturer.", "DMG MORI"),
        (SheetColumn.Model, false, "型号。", "Model.", "DMU 50 3rd Generation"),
        (SheetColumn.Process, false, "工序：能力分类代码或其准确的中文/英文名称（见“工序 Processes”表）。", "Process: a capability taxonomy code or its exact Chinese/English name (see the sheet 'Processes').", "machining.milling.5axis / 五轴数控铣削"),
        (SheetColumn.Envelope, false, "加工范围 X×Y×Z（或两项），单位 mm、cm、m；不写单位按 mm。", "Work envelope X×Y×Z (or two lengths) in mm, cm or m; no unit means mm.", "650×520×475 mm"),
        (SheetColumn.Tolerance, false, "可达精度（±），单位 mm、µm 或 丝（0.01 mm）。", "Best tolerance (±) in mm, µm or 丝 (0.01 mm).", "±0.01 mm"),
        (SheetColumn.Materials, false, "可加工材料，用逗号、分号或顿号分隔。", "Materials, separated by , ; or 、.", "铝合金 6061、45#钢"),
        (SheetColumn.MaxWeight, false, "最大工件重量，单位 kg、g、t 或 斤。", "Maximum work-piece weight in kg, g, t or 斤.", "300 kg"),
        (SheetColumn.BatchMin, false, "最小批量（件），整数。", "Minimum batch in pieces, a whole number.", "1"),
        (SheetColumn.BatchMax, false, "最大批量（件），整数。", "Maximum batch in pieces, a whole number.", "5000"),
        (SheetColumn.UnitTime, false, "单件工时，单位 min、s 或 h；不写单位按分钟。", "Time per piece in min, s or h; no unit means minutes.", "12.5 min"),
        (SheetColumn.SetupTime, false, "每批准备工时，单位 min、s 或 h。", "Set-up time per batch in min, s or h.", "1.5 h"),
        (SheetColumn.PriceModel, false, "计价方式。首行的价格适用于整台设备；后续行的价格只适用于该行工序；工序留空的行为整台设备再加一个价格。", "Pricing model. A price on a resource's first row is for the whole resource; on a later row only for that row's process; a row with a blank process adds another price for the whole resource.", ResourceSheet.AllowedPriceModels),
        (SheetColumn.Rate, false, "单价：元/小时（分时）、元/件（计件）或产值百分比（按价值计价），小数点用“.”。", "Rate: yuan per hour (perHour), yuan per piece (perPiece) or percent of the value (valueShare); '.' as decimal point.", "260"),
        (SheetColumn.SetupCharge, false, "每批准备费（元）；留空为 0。", "Set-up charge per batch in yuan; blank means 0.", "300"),
        (SheetColumn.Visibility, false, "是否在平台公开发布以供匹配；留空表示不公开。会员审核通过后才能公开发布。", "Whether the resource is offered on the platform; blank means private. Publishing needs an approved membership.", ResourceSheet.AllowedVisibilities),
        (SheetColumn.Description, false, "补充说明。", "Free description.", "可承接小批量精密件"),
    ];

    private static readonly (string Chinese, string English)[] GeneralRules =
    [
        ("第一张工作表是数据；第1行是表头，可用中文或英文，不区分大小写和空格。", "The first sheet holds the data; row 1 is the header, in Chinese or English, ignoring case and spaces."),
        ("每行一道工序；同一资产编号的各行组成一个资源，名称、类型等列可重复但必须一致。", "One row per process; rows with the same asset number form one resource; name, kind and the like may be repeated but must agree."),
        ("只要有一行有错误，整个文件都不会导入；错误会指出行号和列名。", "If any row has an error, nothing in the file is imported; each error names its row and column."),
        ("更新已有资源时会替换其工序和价格，保留日历、闲置时段和位置。", "Updating a resource replaces its processes and prices and keeps its calendar, idle windows and location."),
        ($"每个文件最多 {ResourceSheet.MaxRows:N0} 行、{ResourceSheet.MaxFileBytes / (1024 * 1024)} MB；支持 .xlsx 和 .csv（UTF-8 或 GBK）。", $"At most {ResourceSheet.MaxRows:N0} rows and {ResourceSheet.MaxFileBytes / (1024 * 1024)} MB per file; .xlsx and .csv (UTF-8 or GBK)."),
    ];

    /// <summary>Two realistic resources: a 5-axis machining centre and an anodizing line.</summary>
    public static IReadOnlyList<Resource> ExampleResources() =>
    [
        new Resource
        {
            AssetNumber = "NB-CNC-001",
            Name = "五轴加工中心 DMU 50",
            Kind = ResourceKind.Machine,
            Manufacturer = "DMG MORI",
            Model = "DMU 50 3rd Generation",
            Visibility = ResourceVisibility.Published,
            Description = "可承接铝合金、钛合金小批量精密件，夜班空闲",
            Capabilities =
            [
                new Capability
                {
                    ProcessCode = "machining.milling.5axis", EnvelopeXMm = 650, EnvelopeYMm = 520, EnvelopeZMm = 475, ToleranceMm = 0.01m,
                    Materials = ["铝合金 6061", "45#钢", "钛合金 TC4"], MaxWeightKg = 300, MinBatch = 1, MaxBatch = 500, UnitTimeMin = 12.5m, SetupTimeMin = 90,
                },
            ],
            Prices = [new PriceTerm { Model = PricingModel.PerHour, Rate = 260, SetupCharge = 300 }],
        },
        new Resource
        {
            AssetNumber = "NB-SUR-007",
            Name = "硫酸阳极氧化生产线",
            Kind = ResourceKind.ProductionLine,
            Manufacturer = "宁波表面处理设备厂",
            Model = "AO-2000",
            Visibility = ResourceVisibility.Published,
            Description = "黑色、本色阳极氧化，槽体 2000×800×1200 mm",
            Capabilities =
            [
                new Capability
                {
                    ProcessCode = "surface.anodizing", EnvelopeXMm = 2000, EnvelopeYMm = 800, EnvelopeZMm = 1200,
                    Materials = ["铝合金 6061", "铝合金 7075"], MaxWeightKg = 50, MinBatch = 50, MaxBatch = 20000, UnitTimeMin = 0.5m, SetupTimeMin = 120,
                },
            ],
            Prices = [new PriceTerm { Model = PricingModel.PerPiece, Rate = 3.5m, SetupCharge = 200 }],
        },
    ];

    public static List<Dictionary<string, object?>> GuideRows()
    {
        var rows = GeneralRules
            .Select(rule => Row("（通用 General）", "", rule.Chinese, rule.English, ""))
            .ToList();
        rows.AddRange(Columns.Select(c => Row(ResourceSheet.Header(c.Column), c.Required ? "是 yes" : "", c.Chinese, c.English, c.Example)));
        return rows;
    }

    public static List<Dictionary<string, object?>> ProcessRows(CapabilityTaxonomy taxonomy) =>
        [.. taxonomy.Nodes.Select(n => new Dictionary<string, object?>
        {
            ["代码 Code"] = n.Code,
            ["中文名称"] = n.NameZh,
            ["English name"] = n.NameEn,
        })];

    private static Dictionary<string, object?> Row(string column, string required, string chinese, string english, string example) => new()
    {
        [GuideColumn] = column,
        [RequiredColumn] = required,
        [ChineseColumn] = chinese,
        [EnglishColumn] = english,
        [ExampleColumn] = example,
    };
}
