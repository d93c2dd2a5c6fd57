using Cofab.Core.Resources;

namespace Cofab.Core.Demo;

/// <summary>Plastics, finishing, heat treatment, textile, electronics, additive and inspection equipment.</summary>
internal static partial class DemoMachines
{
    private static readonly string[] Plastics = ["PP", "ABS", "PC", "PA66+GF30", "POM", "PC/ABS"];
    private static readonly string[] HeatTreatSteels = ["20CrMnTi", "40Cr", "42CrMo", "GCr15", "H13", "45# 钢"];
    private static readonly string[] Yarns = ["棉", "涤纶", "锦纶", "羊毛", "腈纶", "粘胶"];
    private static readonly string[] Fabrics = ["涤纶", "棉", "涤棉", "锦纶", "真丝", "粘胶"];

    public static readonly MachineTemplate Haitian160 = Machine("160吨注塑机", "海天", "MA1600III", "injection-moulding",
        [470, 470, 400], 0.05m, Plastics, 0.3m, 1000, 500000, 0.5m, 120, PricingModel.PerHour, 55, 85, 300);
    public static readonly MachineTemplate Haitian380 = Machine("380吨注塑机", "海天", "MA3800III", "injection-moulding",
        [730, 730, 650], 0.05m, Plastics, 1.5m, 500, 300000, 0.8m, 150, PricingModel.PerHour, 90, 140, 500);
    public static readonly MachineTemplate HaitianJupiter = Machine("650吨二板式注塑机", "海天", "JU6500", "injection-moulding",
        [1100, 1000, 900], 0.1m, Plastics, 4.5m, 300, 100000, 1.2m, 240, PricingModel.PerHour, 150, 220, 800);
    public static readonly MachineTemplate EngelTwoShot = Machine("双色注塑机", "ENGEL", "victory 200 combi", "injection-moulding.two-shot",
        [560, 560, 500], 0.03m, ["PC", "ABS", "TPE", "PP"], 0.5m, 1000, 300000, 0.7m, 180, PricingModel.PerHour, 120, 180, 600);
    public static readonly MachineTemplate YizumiInsert = Machine("立式嵌件注塑机", "伊之密", "UN120V", "injection-moulding.insert",
        [420, 420, 350], 0.05m, ["PA66+GF30", "PBT", "PP"], 0.2m, 1000, 300000, 0.6m, 120, PricingModel.PerPiece, 0.3m, 1.5m, 300);

    public static readonly MachineTemplate AnodizingLine = Line("硬质阳极氧化线", "surface.anodizing", [3000, 800, 1500],
        ["铝合金 6061", "铝合金 7075", "铝合金 6063"], 200, 50, 100000, 2, 60, PricingModel.PerPiece, 0.8m, 6, 200);
    public static readonly MachineTemplate PlatingLine = Line("滚镀/挂镀电镀线（锌、镍）", "surface.plating", [2500, 800, 1200],
        ["碳钢", "黄铜", "锌合金"], 300, 500, 500000, 0.5m, 60, PricingModel.PerPiece, 0.2m, 3, 200);
    public static readonly MachineTemplate PowderLine = Line("静电粉末喷涂线", "surface.powder-coating", [2000, 1000, 1800],
        ["冷轧板 SPCC", "镀锌板 SGCC", "铝合金 6063"], 80, 50, 100000, 1, 45, PricingModel.PerPiece, 2, 15, 150, manufacturer: "Gema", model: "OptiFlex Pro");
    public static readonly MachineTemplate PaintLine = Line("自动喷漆线", "surface.painting", [1800, 900, 1500],
        ["ABS", "PC", "冷轧板 SPCC"], 50, 100, 100000, 0.8m, 60, PricingModel.PerPiece, 1.5m, 10, 200);
    public static readonly MachineTemplate Sandblaster = Machine("自动喷砂机", "金盾", "JCK-1212", "surface.sandblasting",
        [1200, 1200, 800], 0.5m, ["铝合金", "不锈钢 304", "碳钢"], 100, 10, 50000, 0.5m, 10, PricingModel.PerPiece, 0.3m, 2, 0);
    public static readonly MachineTemplate Polisher = Machine("机器人抛光工作站", "埃斯顿", "ER20-1780", "surface.polishing",
        [1200, 800, 600], 0.05m, ["不锈钢 304", "铝合金 6061", "锌合金"], 20, 10, 50000, 1.5m, 30, PricingModel.PerPiece, 1, 6, 100);

    public static readonly MachineTemplate AichelinFurnace = Machine("可控气氛多用炉", "爱协林", "VKES 4/2", "heat-treatment.carburizing",
        [900, 600, 500], 0.05m, HeatTreatSteels, 600, 1, 10000, 30, 60, PricingModel.PerHour, 220, 350, 200);
    public static readonly MachineTemplate QuenchFurnace = Machine("网带式淬火回火线", "丰东", "RCWF-120", "heat-treatment.quench-temper",
        [600, 2000, 100], 0.1m, HeatTreatSteels, 300, 100, 500000, 0.2m, 60, PricingModel.PerHour, 150, 250, 100);
    public static readonly MachineTemplate NitridingFurnace = Machine("井式渗氮炉", "丰东", "RN-75-6", "heat-treatment.nitriding",
        [600, 600, 900], 0.05m, ["38CrMoAl", "42CrMo", "H13"], 500, 1, 5000, 60, 60, PricingModel.PerHour, 80, 150, 100);
    public static readonly MachineTemplate AnnealingFurnace = Machine("台车式退火炉", "丰东", "RT3-180-9", "heat-treatment.annealing",
        [2000, 1000, 800], 0.5m, HeatTreatSteels, 3000, 1, 1000, 30, 60, PricingModel.PerHour, 100, 180, 100);

    public static readonly MachineTemplate StollFlat = Machine("电脑横机", "Stoll", "CMS 530 HP", "textile.knitting",
        [], null, Yarns, 1, 50, 20000, 35, 60, PricingModel.PerPiece, 15, 40, 200);
    public static readonly MachineTemplate ShimaWholeGarment = Machine("全成型电脑横机", "岛精 Shima Seiki", "SWG091N2", "textile.knitting",
        [], null, Yarns, 1, 50, 10000, 50, 90, PricingModel.PerPiece, 30, 60, 300);
    public static readonly MachineTemplate CixingFlat = Machine("电脑横机", "慈星", "GE2-52C", "textile.knitting",
        [], null, Yarns, 1, 100, 50000, 40, 45, PricingModel.PerPiece, 10, 25, 100);
    public static readonly MachineTemplate LonatiSock = Machine("电脑织袜机", "Lonati", "GL544", "textile.knitting",
        [], null, ["棉", "锦纶", "氨纶"], 0.1m, 1000, 1000000, 2.5m, 60, PricingModel.PerPiece, 0.2m, 0.6m, 100);
    public static readonly MachineTemplate TsudakomaLoom = Machine("喷气织机", "Tsudakoma", "ZAX9200i", "textile.weaving",
        [], null, Fabrics, 500, 1, 100000, 1, 240, PricingModel.PerHour, 30, 50, 500);
    public static readonly MachineTemplate PicanolLoom = Machine("剑杆织机", "Picanol", "OptiMax-i", "textile.weaving",
        [], null, Fabrics, 500, 1, 100000, 1.5m, 300, PricingModel.PerHour, 35, 55, 500);
    public static readonly MachineTemplate FongsJet = Machine("高温高压溢流染色机", "立信 Fong's", "ALLWIN", "textile.dyeing",
        [], null, Fabrics, 500, 1, 200, 300, 60, PricingModel.PerHour, 150, 300, 300);
    public static readonly MachineTemplate AtexcoPrinter = Machine("数码印花机", "宏华 Atexco", "Vega 3180", "textile.printing",
        [], null, Fabrics, 100, 1, 100000, 0.5m, 30, PricingModel.PerHour, 150, 250, 100);
    public static readonly MachineTemplate JukiLine = Machine("缝制流水线（20台）", "JUKI", "DDL-9000C", "textile.sewing",
        [], null, Fabrics, null, 100, 50000, 12, 120, PricingModel.PerPiece, 3, 15, 500, kind: ResourceKind.ProductionLine);
    public static readonly MachineTemplate BrotherSewing = Machine("电脑平缝机组（10台）", "Brother", "S-7300A", "textile.sewing",
        [], null, Fabrics, null, 50, 20000, 15, 90, PricingModel.PerPiece, 4, 18, 300, kind: ResourceKind.ProductionLine);

    public static readonly MachineTemplate PanasonicSmt = Machine("SMT贴片线", "Panasonic", "NPM-W2", "electronics.smt",
        [750, 550, 30], 0.04m, ["FR-4", "铝基板", "FPC"], 3, 10, 100000, 0.5m, 90, PricingModel.PerHour, 300, 500, 800, kind: ResourceKind.ProductionLine);
    public static readonly MachineTemplate FujiSmt = Machine("SMT贴片线", "FUJI", "NXT III", "electronics.smt",
        [534, 510, 30], 0.025m, ["FR-4", "FPC"], 3, 10, 100000, 0.4m, 90, PricingModel.PerHour, 320, 520, 800, kind: ResourceKind.ProductionLine);
    public static readonly MachineTemplate YamahaSmt = Machine("SMT贴片机", "Yamaha", "YSM20R", "electronics.smt",
        [810, 490, 30], 0.035m, ["FR-4", "铝基板"], 3, 10, 100000, 0.6m, 60, PricingModel.PerHour, 200, 350, 500);
    public static readonly MachineTemplate WaveSolder = Machine("插件波峰焊线", "劲拓", "JTE-350", "electronics.pcba",
        [350, 450, 30], 0.1m, ["FR-4"], 3, 10, 50000, 1, 45, PricingModel.PerPiece, 0.5m, 5, 300, kind: ResourceKind.ProductionLine);

    public static readonly MachineTemplate UnionTechSla = Machine("光固化3D打印机", "联泰", "Lite 600", "additive.sla",
        [600, 600, 400], 0.1m, ["光敏树脂 8000", "透明树脂"], 20, 1, 500, 30, 20, PricingModel.PerHour, 60, 100, 50);
    public static readonly MachineTemplate FarsoonSls = Machine("尼龙粉末烧结3D打印机", "华曙", "HT403P", "additive.sls",
        [400, 400, 450], 0.2m, ["PA12", "PA12+GF"], 20, 1, 1000, 20, 60, PricingModel.PerHour, 120, 200, 100);
    public static readonly MachineTemplate BltSlm = Machine("金属3D打印机", "铂力特", "BLT-S310", "additive.slm",
        [250, 250, 400], 0.05m, ["钛合金 TC4", "不锈钢 316L", "AlSi10Mg", "模具钢 18Ni300"], 30, 1, 200, 120, 120, PricingModel.PerHour, 300, 500, 500, valueShare: true);
    public static readonly MachineTemplate EosSlm = Machine("金属3D打印机", "EOS", "M 290", "additive.slm",
        [250, 250, 325], 0.05m, ["钛合金 TC4", "不锈钢 316L", "AlSi10Mg", "Inconel 718"], 30, 1, 200, 120, 120, PricingModel.PerHour, 350, 550, 500, valueShare: true);
    public static readonly MachineTemplate StratasysFdm = Machine("工业级FDM 3D打印机", "Stratasys", "F370", "additive.fdm",
        [355, 254, 355], 0.2m, ["ABS", "ASA", "PC-ABS", "PLA"], 5, 1, 200, 60, 10, PricingModel.PerHour, 25, 50, 0);

    public static readonly MachineTemplate ZeissCmm = Machine("三坐标测量机", "ZEISS", "CONTURA 10/16/6", "inspection.cmm",
        [1000, 1600, 600], 0.0018m, [], 800, 1, 500, 20, 30, PricingModel.PerHour, 200, 350, 100, kind: ResourceKind.Instrument);
    public static readonly MachineTemplate HexagonCmm = Machine("三坐标测量机", "Hexagon", "GLOBAL S 9.12.8", "inspection.cmm",
        [900, 1200, 800], 0.0022m, [], 1000, 1, 500, 20, 30, PricingModel.PerHour, 180, 300, 100, kind: ResourceKind.Instrument);
    public static readonly MachineTemplate InstronTensile = Machine("电子万能试验机（250 kN）", "Instron", "5985", "inspection.material-testing.tensile",
        [], null, ["钢", "铝合金", "铜合金", "塑料"], null, 1, 500, 20, 10, PricingModel.PerPiece, 80, 200, 0, kind: ResourceKind.Instrument);
    public static readonly MachineTemplate SunsTensile = Machine("微机控制万能试验机", "三思纵横", "UTM5305", "inspection.material-testing.tensile",
        [], null, ["钢", "铝合金", "焊接接头"], null, 1, 500, 20, 10, PricingModel.PerPiece, 50, 120, 0, kind: ResourceKind.Instrument);
    public static readonly MachineTemplate HardnessTester = Machine("洛氏硬度计", "Wilson", "RH2150", "inspection.material-testing.hardness",
        [], null, ["钢", "铸铁", "铝合金"], null, 1, 1000, 3, 5, PricingModel.PerPiece, 20, 60, 0, kind: ResourceKind.Instrument);
    public static readonly MachineTemplate SpectroOes = Machine("直读光谱仪", "SPECTRO", "SPECTROMAXx", "inspection.material-testing.spectrometry",
        [], null, ["钢", "铝合金", "铜合金"], null, 1, 500, 10, 10, PricingModel.PerPiece, 100, 300, 0, kind: ResourceKind.Instrument);
}
