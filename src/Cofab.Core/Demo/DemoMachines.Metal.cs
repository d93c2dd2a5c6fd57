using Cofab.Core.Resources;

namespace Cofab.Core.Demo;

/// <summary>Metalworking machines found in Zhejiang job shops; models are real, figures are nominal catalogue values.</summary>
internal static partial class DemoMachines
{
    private static readonly string[] FiveAxisMaterials = ["铝合金 6061", "铝合金 7075", "不锈钢 304", "钛合金 TC4", "模具钢 NAK80"];
    private static readonly string[] MillMaterials = ["45# 钢", "Q235", "铝合金 6061", "不锈钢 304", "模具钢 P20"];
    private static readonly string[] MouldSteels = ["模具钢 P20", "模具钢 718H", "模具钢 NAK80", "H13", "S136"];
    private static readonly string[] TurnMaterials = ["45# 钢", "40Cr", "不锈钢 304", "黄铜 H59", "铝合金 6061"];
    private static readonly string[] BrassMaterials = ["黄铜 H59", "黄铜 HPb59-1", "紫铜 T2"];
    private static readonly string[] SheetMaterials = ["冷轧板 SPCC", "镀锌板 SGCC", "不锈钢 304", "铝板 5052"];
    private static readonly string[] WeldMaterials = ["Q235", "Q345", "不锈钢 304", "铝合金 5083"];
    private static readonly string[] GearSteels = ["20CrMnTi", "40Cr", "42CrMo"];

    public static readonly MachineTemplate DmuFiveAxis = Machine("五轴加工中心", "DMG MORI", "DMU 65 monoBLOCK", "machining.milling.5axis",
        [735, 650, 560], 0.005m, FiveAxisMaterials, 600, 1, 500, 18, 90, PricingModel.PerHour, 240, 320, 300, valueShare: true);
    public static readonly MachineTemplate HermleFiveAxis = Machine("五轴加工中心", "Hermle", "C 42 U", "machining.milling.5axis",
        [800, 800, 550], 0.005m, FiveAxisMaterials, 1400, 1, 300, 25, 120, PricingModel.PerHour, 260, 350, 400, valueShare: true);
    public static readonly MachineTemplate JingdiaoFiveAxis = Machine("五轴高速加工中心", "北京精雕", "JDGR400", "machining.milling.5axis",
        [450, 400, 300], 0.005m, FiveAxisMaterials, 150, 1, 1000, 12, 60, PricingModel.PerHour, 180, 260, 200);
    public static readonly MachineTemplate HaasFiveAxis = Machine("五轴加工中心", "Haas", "UMC-750", "machining.milling.5axis",
        [762, 508, 508], 0.01m, FiveAxisMaterials, 300, 1, 1000, 15, 60, PricingModel.PerHour, 180, 240, 200);
    public static readonly MachineTemplate HaasFourAxis = Machine("立式加工中心（带第四轴）", "Haas", "VF-2 + HRT160", "machining.milling.4axis",
        [762, 406, 508], 0.01m, MillMaterials, 300, 1, 2000, 8, 45, PricingModel.PerHour, 90, 140, 150);
    public static readonly MachineTemplate HaasThreeAxis = Machine("立式加工中心", "Haas", "VF-2", "machining.milling.3axis",
        [762, 406, 508], 0.01m, MillMaterials, 1360, 1, 5000, 6, 40, PricingModel.PerHour, 60, 100, 100);
    public static readonly MachineTemplate HaitianVmc = Machine("立式加工中心", "海天精工", "VMC850", "machining.milling.3axis",
        [850, 500, 550], 0.01m, MillMaterials, 600, 1, 5000, 7, 40, PricingModel.PerHour, 60, 90, 80);
    public static readonly MachineTemplate JingdiaoThreeAxis = Machine("精雕机", "北京精雕", "JDVT600", "machining.milling.3axis",
        [600, 500, 230], 0.005m, MouldSteels, 300, 1, 500, 20, 60, PricingModel.PerHour, 80, 120, 100);
    public static readonly MachineTemplate BrotherTapping = Machine("钻攻中心", "Brother", "SPEEDIO S700X2", "machining.drilling",
        [700, 400, 300], 0.01m, MillMaterials, 250, 10, 20000, 2, 30, PricingModel.PerPiece, 1.5m, 6, 100);
    public static readonly MachineTemplate DmgLathe = Machine("数控车床", "DMG MORI", "CLX 450", "machining.turning.cnc",
        [400, 800], 0.005m, TurnMaterials, 400, 1, 5000, 4, 40, PricingModel.PerHour, 70, 110, 100);
    public static readonly MachineTemplate ShenyangLathe = Machine("数控车床", "沈阳机床", "i5T3", "machining.turning.cnc",
        [360, 500], 0.01m, TurnMaterials, 200, 10, 20000, 3, 30, PricingModel.PerPiece, 0.8m, 5, 60);
    public static readonly MachineTemplate MazakTurnMill = Machine("车铣复合中心", "Mazak", "QUICK TURN 250MY", "machining.turning.turn-mill",
        [380, 560], 0.005m, TurnMaterials, 300, 1, 3000, 6, 60, PricingModel.PerHour, 110, 160, 150, valueShare: true);
    public static readonly MachineTemplate StarSwiss = Machine("走心式数控车床", "Star", "SR-20RIV", "machining.turning.swiss",
        [20, 320], 0.005m, [.. TurnMaterials, .. BrassMaterials], 5, 500, 100000, 1.2m, 90, PricingModel.PerPiece, 0.3m, 3, 200);
    public static readonly MachineTemplate OkamotoSurface = Machine("精密平面磨床", "Okamoto", "ACC-52DX", "machining.grinding.surface",
        [500, 200, 300], 0.002m, [.. MouldSteels, "GCr15"], 150, 1, 500, 15, 30, PricingModel.PerHour, 60, 90, 50);
    public static readonly MachineTemplate StuderCylindrical = Machine("外圆磨床", "Studer", "S33", "machining.grinding.cylindrical",
        [350, 650], 0.002m, ["GCr15", "40Cr", "42CrMo", "H13"], 120, 1, 1000, 10, 45, PricingModel.PerHour, 120, 180, 150);
    public static readonly MachineTemplate WuxiCenterless = Machine("无心磨床", "无锡机床", "M1080", "machining.grinding.centerless",
        [80, 200], 0.003m, ["GCr15", "45# 钢", "不锈钢 304"], 5, 100, 100000, 0.5m, 60, PricingModel.PerPiece, 0.1m, 0.6m, 100);
    public static readonly MachineTemplate SodickWire = Machine("慢走丝线切割", "Sodick", "ALN400G", "machining.edm.wire",
        [400, 300, 250], 0.002m, MouldSteels, 500, 1, 200, 60, 30, PricingModel.PerHour, 60, 90, 50);
    public static readonly MachineTemplate SanguangWire = Machine("中走丝线切割", "苏州三光", "DK7740", "machining.edm.wire",
        [400, 500, 300], 0.01m, MouldSteels, 300, 1, 200, 45, 20, PricingModel.PerHour, 25, 40, 0);
    public static readonly MachineTemplate AgieWire = Machine("慢走丝线切割", "GF AgieCharmilles", "CUT E 350", "machining.edm.wire",
        [350, 250, 256], 0.002m, MouldSteels, 400, 1, 200, 60, 30, PricingModel.PerHour, 70, 100, 50);
    public static readonly MachineTemplate SodickSinker = Machine("电火花成型机", "Sodick", "AG40L", "machining.edm.sinker",
        [400, 300, 250], 0.003m, MouldSteels, 550, 1, 100, 90, 45, PricingModel.PerHour, 60, 100, 80);
    public static readonly MachineTemplate TrumpfLaser = Machine("光纤激光切割机", "TRUMPF", "TruLaser 3030 fiber", "machining.laser-cutting",
        [3000, 1500, 25], 0.1m, [.. SheetMaterials, "碳钢 Q235"], 900, 1, 10000, 2, 15, PricingModel.PerHour, 220, 350, 100);
    public static readonly MachineTemplate HansLaser = Machine("光纤激光切割机", "大族激光", "G3015HF", "machining.laser-cutting",
        [3000, 1500, 20], 0.1m, [.. SheetMaterials, "碳钢 Q235"], 800, 1, 10000, 2.5m, 15, PricingModel.PerHour, 120, 200, 80);
    public static readonly MachineTemplate GleasonHobbing = Machine("数控滚齿机", "Gleason", "Genesis 130H", "machining.gear-cutting",
        [130, 300], 0.005m, GearSteels, 20, 10, 10000, 3, 60, PricingModel.PerHour, 120, 160, 200);
    public static readonly MachineTemplate ChongqingHobbing = Machine("滚齿机", "重庆机床", "YS3118", "machining.gear-cutting",
        [180, 300], 0.01m, GearSteels, 30, 10, 10000, 5, 60, PricingModel.PerPiece, 2, 8, 100);

    public static readonly MachineTemplate TrumpfBrake = Machine("数控折弯机", "TRUMPF", "TruBend 5130", "sheet-metal.bending",
        [3230, 400, 6], 0.1m, SheetMaterials, 150, 1, 5000, 0.8m, 20, PricingModel.PerHour, 100, 160, 80);
    public static readonly MachineTemplate AmadaBrake = Machine("数控折弯机", "Amada", "HG-1303", "sheet-metal.bending",
        [3100, 420, 6], 0.1m, SheetMaterials, 150, 1, 5000, 0.8m, 20, PricingModel.PerHour, 90, 140, 60);
    public static readonly MachineTemplate YaweiBrake = Machine("电液伺服折弯机", "亚威", "PBC-100/3100", "sheet-metal.bending",
        [3100, 400, 5], 0.2m, SheetMaterials, 100, 1, 5000, 1, 20, PricingModel.PerHour, 60, 90, 50);
    public static readonly MachineTemplate AmadaPunch = Machine("数控转塔冲床", "Amada", "EM-2510NT", "sheet-metal.punching",
        [2500, 1270, 3.2m], 0.1m, SheetMaterials, 150, 1, 10000, 1.5m, 20, PricingModel.PerHour, 80, 130, 60);
    public static readonly MachineTemplate YangliPress = Machine("160吨开式压力机", "扬力", "JH21-160", "sheet-metal.stamping",
        [1000, 680, 400], 0.05m, SheetMaterials, 50, 1000, 500000, 0.05m, 60, PricingModel.PerPiece, 0.15m, 0.8m, 300);
    public static readonly MachineTemplate AidaPress = Machine("200吨伺服压力机", "AIDA", "NC1-200", "sheet-metal.stamping",
        [1250, 760, 450], 0.03m, SheetMaterials, 80, 1000, 500000, 0.04m, 90, PricingModel.PerPiece, 0.2m, 1.2m, 500);
    public static readonly MachineTemplate Shear = Machine("液压剪板机", "亚威", "QC12K-6x3200", "sheet-metal.shearing",
        [3200, 1500, 6], 0.2m, SheetMaterials, 500, 1, 10000, 0.3m, 10, PricingModel.PerPiece, 0.5m, 2, 0);

    public static readonly MachineTemplate PanasonicWeldRobot = Machine("弧焊机器人工作站", "Panasonic", "TM-1400 + YD-350GR5", "welding.mig-mag",
        [1400, 800, 800], 0.5m, WeldMaterials, 300, 10, 5000, 4, 60, PricingModel.PerHour, 80, 120, 150);
    public static readonly MachineTemplate KukaWeldCell = Machine("机器人焊接单元", "KUKA", "KR 16 R1610", "welding.mig-mag",
        [1600, 1000, 800], 0.5m, WeldMaterials, 500, 10, 5000, 5, 90, PricingModel.PerHour, 90, 130, 200);
    public static readonly MachineTemplate AotaiTig = Machine("氩弧焊工位", "奥太", "WSM-400", "welding.tig",
        [2000, 1000, 1000], 0.5m, ["不锈钢 304", "铝合金 5083", "钛合金 TC4"], 200, 1, 500, 20, 15, PricingModel.PerHour, 60, 90, 0);
    public static readonly MachineTemplate HansLaserWeld = Machine("光纤激光焊接机", "大族激光", "HW-1500", "welding.laser",
        [600, 400, 300], 0.1m, ["不锈钢 304", "碳钢 Q235", "铝合金 6061"], 50, 10, 20000, 1, 30, PricingModel.PerHour, 120, 180, 100);
    public static readonly MachineTemplate SpotWelder = Machine("中频点焊机", "精诚", "DTN-100", "welding.spot",
        [800, 500, 300], 0.5m, ["冷轧板 SPCC", "镀锌板 SGCC"], 30, 100, 100000, 0.2m, 15, PricingModel.PerPiece, 0.05m, 0.3m, 0);

    public static readonly MachineTemplate LkDieCast280 = Machine("280吨冷室压铸机", "力劲", "DCC280", "die-casting.aluminium",
        [560, 560, 500], 0.1m, ["ADC12", "A380"], 3, 500, 200000, 1, 240, PricingModel.PerPiece, 2, 8, 1500);
    public static readonly MachineTemplate LkDieCast800 = Machine("800吨冷室压铸机", "力劲", "DCC800", "die-casting.aluminium",
        [930, 930, 800], 0.15m, ["ADC12", "A380", "AlSi10MnMg"], 12, 500, 100000, 1.5m, 300, PricingModel.PerPiece, 8, 30, 3000);
    public static readonly MachineTemplate BuhlerCarat = Machine("1400吨压铸岛", "Bühler", "Carat 140", "die-casting.aluminium",
        [1400, 1400, 1200], 0.2m, ["AlSi10MnMg", "ADC12"], 25, 1000, 100000, 2, 360, PricingModel.PerPiece, 25, 80, 5000);
    public static readonly MachineTemplate LkHotChamber = Machine("热室压铸机", "力劲", "HC88", "die-casting.zinc",
        [360, 360, 300], 0.05m, ["Zamak 3", "Zamak 5"], 0.8m, 1000, 500000, 0.3m, 120, PricingModel.PerPiece, 0.3m, 1.5m, 800);

    public static readonly MachineTemplate FrictionPress = Machine("摩擦压力机（铜件热锻）", "荣成锻压", "J53-400", "forging.hot-die",
        [600, 500, 400], 0.3m, BrassMaterials, 5, 1000, 200000, 0.3m, 120, PricingModel.PerPiece, 0.3m, 1.5m, 800);
    public static readonly MachineTemplate HotForgingPress = Machine("1600吨热模锻压力机", "二重", "J55-1600", "forging.hot-die",
        [800, 700, 500], 0.5m, ["45# 钢", "40Cr", "42CrMo", "20CrMnTi"], 30, 500, 100000, 0.5m, 180, PricingModel.PerPiece, 3, 12, 2000);
    public static readonly MachineTemplate ColdHeader = Machine("多工位冷镦机", "友信", "CBF-134L", "forging.cold-heading",
        [13, 100], 0.05m, ["10B21", "SWCH18A", "不锈钢 304"], 0.1m, 10000, 5000000, 0.005m, 120, PricingModel.PerPiece, 0.02m, 0.12m, 500);

    /// <summary>A mould shop's own engineering: design and build of a whole mould, priced per mould.</summary>
    public static readonly MachineTemplate InjectionMouldService = Service("注塑模具设计制造", "tooling.injection-mould",
        PricingModel.PerPiece, 30000, 150000, materials: MouldSteels, setup: 0);
    public static readonly MachineTemplate DieCastingDieService = Service("压铸模具设计制造", "tooling.die-casting-die",
        PricingModel.PerPiece, 60000, 300000, materials: ["H13", "SKD61", "DIEVAR"], setup: 0);
    public static readonly MachineTemplate StampingDieService = Service("冲压模具设计制造", "tooling.stamping-die",
        PricingModel.PerPiece, 20000, 120000, materials: ["Cr12MoV", "SKD11", "DC53"], setup: 0);

    private static MachineTemplate Machine(
        string descriptor, string manufacturer, string model, string process, decimal[] envelope, decimal? tolerance,
        IReadOnlyList<string> materials, decimal? maxWeightKg, int minBatch, int maxBatch, decimal unitTime, decimal setupTime,
        PricingModel pricing, decimal rateMin, decimal rateMax, decimal setupCharge, bool valueShare = false,
        ResourceKind kind = ResourceKind.Machine) => new()
        {
            Kind = kind,
            Descriptor = descriptor,
            Manufacturer = manufacturer,
            Model = model,
            ProcessCodes = [process],
            EnvelopeMm = envelope,
            ToleranceMm = tolerance,
            Materials = materials,
            MaxWeightKg = maxWeightKg,
            MinBatch = minBatch,
            MaxBatch = maxBatch,
            UnitTimeMin = unitTime,
            SetupTimeMin = setupTime,
            Pricing = pricing,
            RateMin = rateMin,
            RateMax = rateMax,
            SetupCharge = setupCharge,
            OffersValueShare = valueShare,
        };
}
