using Cofab.Core.Resources;

namespace Cofab.Core.Demo;

/// <summary>Non-machine capacity the policy asks to share: logistics, maintenance, software, data and workers.</summary>
internal static partial class DemoMachines
{
    public static readonly MachineTemplate VanLight = Service("4.2米厢式货车 同城/省内配送", "logistics.road-freight", PricingModel.PerHour, 80, 150,
        envelope: [4200, 2100, 2100], maxWeightKg: 2000);
    public static readonly MachineTemplate TruckHeavy = Service("9.6米厢式货车 整车运输", "logistics.road-freight", PricingModel.PerHour, 150, 260,
        envelope: [9600, 2400, 2500], maxWeightKg: 18000);
    public static readonly MachineTemplate Warehouse = Service("标准托盘仓储（每托·天）", "logistics.warehousing", PricingModel.PerPiece, 3, 8,
        envelope: [1200, 1000, 1500], maxWeightKg: 1000);
    public static readonly MachineTemplate SupplyChain = Service("零部件集采与供应链协同服务", "logistics.supply-chain", PricingModel.ValueShare, 2, 6);

    public static readonly MachineTemplate CncRepair = Service("数控机床维修（FANUC / SIEMENS 系统）", "maintenance.machine-tool", PricingModel.PerHour, 200, 400, setup: 300);
    public static readonly MachineTemplate LaserCalibration = new()
    {
        Kind = ResourceKind.Instrument, Descriptor = "机床精度检测与补偿", Manufacturer = "Renishaw", Model = "XL-80",
        ProcessCodes = ["maintenance.machine-tool"], UnitTimeMin = 240, SetupTimeMin = 60,
        Pricing = PricingModel.PerHour, RateMin = 400, RateMax = 800, SetupCharge = 500,
    };
    public static readonly MachineTemplate RobotService = Service("工业机器人保养与故障排除", "maintenance.automation", PricingModel.PerHour, 250, 450, setup: 200);
    public static readonly MachineTemplate FactoryAudit = Service("第三方验厂验货（每人·天）", "inspection.factory-audit", PricingModel.PerPiece, 1500, 3000);

    public static readonly MachineTemplate NxCam = Licence("NX CAM 浮动许可（分时）", "Siemens", "NX CAM", "software.cam", 40, 90);
    public static readonly MachineTemplate AnsysMechanical = Licence("结构仿真软件浮动许可（分时）", "ANSYS", "Mechanical Enterprise", "software.cae", 90, 200);
    public static readonly MachineTemplate Zw3d = Licence("三维CAD许可（分时）", "中望软件", "ZW3D", "software.cad", 10, 30);
    public static readonly MachineTemplate MoldflowLicence = Licence("注塑模流分析许可（分时）", "Autodesk", "Moldflow Insight", "software.cae", 80, 160);

    public static readonly MachineTemplate InjectionDataset = new()
    {
        Kind = ResourceKind.Dataset, Descriptor = "注塑工艺参数数据集（12万条）", ProcessCodes = ["data.datasets"],
        Pricing = PricingModel.PerPiece, RateMin = 2000, RateMax = 8000, DataLevel = DataLevel.Internal,
    };
    public static readonly MachineTemplate ToolWearModel = new()
    {
        Kind = ResourceKind.Model, Descriptor = "刀具磨损预测机理模型", ProcessCodes = ["data.models"],
        Pricing = PricingModel.ValueShare, RateMin = 5, RateMax = 15, DataLevel = DataLevel.Internal,
    };
    public static readonly MachineTemplate DyeRecipeModel = new()
    {
        Kind = ResourceKind.Model, Descriptor = "染色配方与能耗优化模型", ProcessCodes = ["data.models"],
        Pricing = PricingModel.ValueShare, RateMin = 5, RateMax = 12, DataLevel = DataLevel.Sensitive,
    };
    public static readonly MachineTemplate DataStorage = Service("工业数据云存储（每TB·月）", "data.storage", PricingModel.PerPiece, 300, 500);
    public static readonly MachineTemplate OeeAnalytics = Service("设备OEE与能耗数据分析", "data.analytics", PricingModel.PerHour, 300, 600);

    public static readonly MachineTemplate CncOperators = Workers("数控操作工（8人）", "labour.skilled", 35, 55);
    public static readonly MachineTemplate Welders = Workers("持证焊工（6人）", "labour.skilled", 40, 60);
    public static readonly MachineTemplate SewingWorkers = Workers("熟练缝纫工（20人）", "labour.skilled", 25, 35);
    public static readonly MachineTemplate GeneralWorkers = Workers("普工（30人）", "labour.general", 22, 30);
    public static readonly MachineTemplate AssemblyLine = new()
    {
        Kind = ResourceKind.ProductionLine, Descriptor = "机电产品装配线（12工位）", ProcessCodes = ["assembly.mechanical", "assembly.electrical"],
        MaxWeightKg = 50, MinBatch = 100, MaxBatch = 50000, UnitTimeMin = 6, SetupTimeMin = 120,
        Pricing = PricingModel.PerPiece, RateMin = 2, RateMax = 12, SetupCharge = 500,
    };

    private static MachineTemplate Service(
        string descriptor, string process, PricingModel pricing, decimal rateMin, decimal rateMax,
        decimal[]? envelope = null, decimal? maxWeightKg = null, IReadOnlyList<string>? materials = null, decimal setup = 0) => new()
        {
            Kind = ResourceKind.ServiceOffering,
            Descriptor = descriptor,
            ProcessCodes = [process],
            EnvelopeMm = envelope ?? [],
            MaxWeightKg = maxWeightKg,
            Materials = materials ?? [],
            Pricing = pricing,
            RateMin = rateMin,
            RateMax = rateMax,
            SetupCharge = setup,
        };

    private static MachineTemplate Licence(string descriptor, string vendor, string product, string process, decimal rateMin, decimal rateMax) => new()
    {
        Kind = ResourceKind.Software,
        Descriptor = descriptor,
        Manufacturer = vendor,
        Model = product,
        ProcessCodes = [process],
        Pricing = PricingModel.PerHour,
        RateMin = rateMin,
        RateMax = rateMax,
    };

    private static MachineTemplate Workers(string descriptor, string process, decimal rateMin, decimal rateMax) => new()
    {
        Kind = ResourceKind.WorkerPool,
        Descriptor = descriptor,
        ProcessCodes = [process],
        MinBatch = 1,
        MaxBatch = 100000,
        Pricing = PricingModel.PerHour,
        RateMin = rateMin,
        RateMax = rateMax,
    };

    /// <summary>A finishing line: named by what it does, built by local equipment makers, priced per piece.</summary>
    private static MachineTemplate Line(
        string descriptor, string process, decimal[] envelope, IReadOnlyList<string> materials, decimal maxWeightKg,
        int minBatch, int maxBatch, decimal unitTime, decimal setupTime, PricingModel pricing, decimal rateMin, decimal rateMax,
        decimal setupCharge, string? manufacturer = null, string? model = null) => new()
        {
            Kind = ResourceKind.ProductionLine,
            Descriptor = descriptor,
            Manufacturer = manufacturer,
            Model = model,
            ProcessCodes = [process],
            EnvelopeMm = envelope,
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
        };
}
