namespace Cofab.Core.Taxonomy;

/// <summary>
/// The process tree a new platform starts with, in the spirit of GB/T 35586-2017 (cloud-manufacturing service
/// classification): manufacturing processes first, then the innovation and service capacities the policy asks to
/// share (instruments, industrial software, data, logistics, maintenance, labour). Operators may extend it.
/// </summary>
public static class DefaultTaxonomy
{
    private const CapabilityParameters Cutting = CapabilityParameters.All;
    private const CapabilityParameters Forming = CapabilityParameters.Envelope | CapabilityParameters.Tolerance
        | CapabilityParameters.Materials | CapabilityParameters.MaxWeight | CapabilityParameters.Batch
        | CapabilityParameters.UnitTime | CapabilityParameters.SetupTime;
    private const CapabilityParameters Bath = CapabilityParameters.Envelope | CapabilityParameters.Materials
        | CapabilityParameters.MaxWeight | CapabilityParameters.Batch | CapabilityParameters.UnitTime | CapabilityParameters.SetupTime;
    private const CapabilityParameters Textile = CapabilityParameters.Materials | CapabilityParameters.Batch
        | CapabilityParameters.UnitTime | CapabilityParameters.SetupTime;
    private const CapabilityParameters Board = CapabilityParameters.Envelope | CapabilityParameters.Tolerance
        | CapabilityParameters.Batch | CapabilityParameters.UnitTime | CapabilityParameters.SetupTime;
    private const CapabilityParameters Labour = CapabilityParameters.Batch | CapabilityParameters.UnitTime | CapabilityParameters.SetupTime;
    private const CapabilityParameters Measuring = CapabilityParameters.Envelope | CapabilityParameters.Tolerance
        | CapabilityParameters.MaxWeight | CapabilityParameters.Batch | CapabilityParameters.UnitTime;
    private const CapabilityParameters Testing = CapabilityParameters.Materials | CapabilityParameters.Batch | CapabilityParameters.UnitTime;
    private const CapabilityParameters Freight = CapabilityParameters.Envelope | CapabilityParameters.MaxWeight;
    private const CapabilityParameters None = CapabilityParameters.None;

    /// <summary>A fresh copy of the default nodes, parents before children, siblings in display order.</summary>
    public static IReadOnlyList<ProcessNode> CreateNodes()
    {
        var tree = new TreeBuilder();

        tree.Add("machining", "Machining", "机械加工", Cutting);
        tree.Add("machining.milling", "CNC milling", "数控铣削", Cutting);
        tree.Add("machining.milling.3axis", "3-axis CNC milling", "三轴数控铣削", Cutting);
        tree.Add("machining.milling.4axis", "4-axis CNC milling", "四轴数控铣削", Cutting);
        tree.Add("machining.milling.5axis", "5-axis CNC milling", "五轴数控铣削", Cutting);
        tree.Add("machining.turning", "Turning", "车削", Cutting);
        tree.Add("machining.turning.cnc", "CNC turning", "数控车削", Cutting);
        tree.Add("machining.turning.turn-mill", "Turn-mill", "车铣复合", Cutting);
        tree.Add("machining.turning.swiss", "Swiss-type turning", "走心机车削", Cutting);
        tree.Add("machining.drilling", "Drilling and tapping", "钻孔攻丝", Cutting);
        tree.Add("machining.grinding", "Grinding", "磨削", Cutting);
        tree.Add("machining.grinding.surface", "Surface grinding", "平面磨削", Cutting);
        tree.Add("machining.grinding.cylindrical", "Cylindrical grinding", "外圆磨削", Cutting);
        tree.Add("machining.grinding.centerless", "Centreless grinding", "无心磨削", Cutting);
        tree.Add("machining.edm", "Electrical discharge machining", "电火花加工", Cutting);
        tree.Add("machining.edm.wire", "Wire EDM", "线切割", Cutting);
        tree.Add("machining.edm.sinker", "Sinker EDM", "电火花成型", Cutting);
        tree.Add("machining.laser-cutting", "Laser cutting", "激光切割", Cutting);
        tree.Add("machining.gear-cutting", "Gear cutting", "齿轮加工", Cutting);

        tree.Add("sheet-metal", "Sheet metal", "钣金", Forming);
        tree.Add("sheet-metal.bending", "Press-brake bending", "折弯", Forming);
        tree.Add("sheet-metal.stamping", "Stamping", "冲压", Forming);
        tree.Add("sheet-metal.punching", "CNC turret punching", "数控冲孔", Forming);
        tree.Add("sheet-metal.shearing", "Shearing", "剪板", Forming);

        tree.Add("welding", "Welding", "焊接", Forming);
        tree.Add("welding.mig-mag", "MIG/MAG welding", "熔化极气体保护焊", Forming);
        tree.Add("welding.tig", "TIG welding", "氩弧焊", Forming);
        tree.Add("welding.laser", "Laser welding", "激光焊接", Forming);
        tree.Add("welding.spot", "Resistance spot welding", "电阻点焊", Forming);

        tree.Add("injection-moulding", "Injection moulding", "注塑成型", Forming);
        tree.Add("injection-moulding.two-shot", "Two-shot moulding", "双色注塑", Forming);
        tree.Add("injection-moulding.insert", "Insert moulding", "嵌件注塑", Forming);

        tree.Add("die-casting", "Die casting", "压铸", Forming);
        tree.Add("die-casting.aluminium", "Aluminium die casting", "铝合金压铸", Forming);
        tree.Add("die-casting.zinc", "Zinc die casting", "锌合金压铸", Forming);

        tree.Add("forging", "Forging", "锻造", Forming);
        tree.Add("forging.hot-die", "Hot die forging", "热模锻", Forming);
        tree.Add("forging.cold-heading", "Cold heading", "冷镦", Forming);

        tree.Add("tooling", "Mould and die making", "模具制造", Cutting);
        tree.Add("tooling.injection-mould", "Injection moulds", "注塑模具", Cutting);
        tree.Add("tooling.die-casting-die", "Die-casting dies", "压铸模具", Cutting);
        tree.Add("tooling.stamping-die", "Stamping dies", "冲压模具", Cutting);

        tree.Add("additive", "Additive manufacturing", "增材制造", Forming);
        tree.Add("additive.sla", "Stereolithography (SLA)", "光固化成型", Forming);
        tree.Add("additive.sls", "Selective laser sintering (SLS)", "选择性激光烧结", Forming);
        tree.Add("additive.fdm", "Fused deposition modelling (FDM)", "熔融沉积成型", Forming);
        tree.Add("additive.slm", "Selective laser melting (SLM)", "选区激光熔化", Forming);

        tree.Add("surface", "Surface treatment", "表面处理", Bath);
        tree.Add("surface.anodizing", "Anodizing", "阳极氧化", Bath);
        tree.Add("surface.plating", "Electroplating", "电镀", Bath);
        tree.Add("surface.painting", "Spray painting", "喷漆", Bath);
        tree.Add("surface.powder-coating", "Powder coating", "静电粉末喷涂", Bath);
        tree.Add("surface.sandblasting", "Sandblasting", "喷砂", Bath);
        tree.Add("surface.polishing", "Polishing", "抛光", Bath);

        tree.Add("heat-treatment", "Heat treatment", "热处理", Bath);
        tree.Add("heat-treatment.quench-temper", "Quenching and tempering", "调质", Bath);
        tree.Add("heat-treatment.carburizing", "Carburizing", "渗碳", Bath);
        tree.Add("heat-treatment.nitriding", "Nitriding", "渗氮", Bath);
        tree.Add("heat-treatment.annealing", "Annealing", "退火", Bath);

        tree.Add("textile", "Textile and apparel", "纺织服装", Textile);
        tree.Add("textile.knitting", "Knitting", "针织", Textile);
        tree.Add("textile.weaving", "Weaving", "织造", Textile);
        tree.Add("textile.dyeing", "Dyeing", "染色", Textile);
        tree.Add("textile.printing", "Textile printing", "印花", Textile);
        tree.Add("textile.sewing", "Sewing", "缝制", Textile);

        tree.Add("electronics", "Electronics manufacturing", "电子制造", Board);
        tree.Add("electronics.smt", "Surface-mount assembly (SMT)", "表面贴装", Board);
        tree.Add("electronics.pcba", "PCB assembly, through-hole", "PCBA插件", Board);

        tree.Add("assembly", "Assembly", "装配", Labour | CapabilityParameters.MaxWeight);
        tree.Add("assembly.mechanical", "Mechanical assembly", "机械装配", Labour | CapabilityParameters.MaxWeight);
        tree.Add("assembly.electrical", "Electrical assembly", "电气装配", Labour);

        tree.Add("inspection", "Inspection and testing", "检验检测", Measuring);
        tree.Add("inspection.cmm", "Coordinate measuring (CMM)", "三坐标测量", Measuring);
        tree.Add("inspection.material-testing", "Material testing", "材料试验", Testing);
        tree.Add("inspection.material-testing.tensile", "Tensile testing", "拉伸试验", Testing);
        tree.Add("inspection.material-testing.hardness", "Hardness testing", "硬度试验", Testing);
        tree.Add("inspection.material-testing.spectrometry", "Spectrometric analysis", "光谱分析", Testing);
        tree.Add("inspection.factory-audit", "Factory audit and goods inspection", "验厂验货", None);

        tree.Add("logistics", "Logistics", "物流", Freight);
        tree.Add("logistics.road-freight", "Road freight", "公路运输", Freight);
        tree.Add("logistics.warehousing", "Warehousing", "仓储", Freight);
        tree.Add("logistics.supply-chain", "Supply-chain management", "供应链管理", None);

        tree.Add("maintenance", "Equipment maintenance", "设备维修", None);
        tree.Add("maintenance.machine-tool", "Machine-tool repair", "机床维修", None);
        tree.Add("maintenance.automation", "Automation equipment service", "自动化设备维护", None);

        tree.Add("software", "Industrial software", "工业软件", None);
        tree.Add("software.cad", "CAD design", "计算机辅助设计", None);
        tree.Add("software.cae", "CAE simulation", "仿真分析", None);
        tree.Add("software.cam", "CAM programming", "数控编程", None);

        tree.Add("data", "Data services", "数据服务", None);
        tree.Add("data.storage", "Data storage", "数据存储", None);
        tree.Add("data.analytics", "Data analysis", "数据分析", None);
        tree.Add("data.datasets", "Industrial datasets", "工业数据集", None);
        tree.Add("data.models", "Mechanism models", "机理模型", None);

        tree.Add("labour", "Shared workers", "共享用工", Labour);
        tree.Add("labour.general", "General operators", "普工", Labour);
        tree.Add("labour.skilled", "Skilled workers", "技术工人", Labour);

        return tree.Nodes;
    }

    /// <summary>Derives each node's parent from its dotted code, so the tree cannot disagree with its codes.</summary>
    private sealed class TreeBuilder
    {
        private readonly Dictionary<string, int> _childCount = new(StringComparer.Ordinal);

        public List<ProcessNode> Nodes { get; } = [];

        public void Add(string code, string nameEn, string nameZh, CapabilityParameters parameters)
        {
            var lastDot = code.LastIndexOf('.');
            var parent = lastDot < 0 ? null : code[..lastDot];
            var siblings = _childCount.GetValueOrDefault(parent ?? string.Empty);
            _childCount[parent ?? string.Empty] = siblings + 1;
            Nodes.Add(new ProcessNode
            {
                Code = code,
                ParentCode = parent,
                NameEn = nameEn,
                NameZh = nameZh,
                Parameters = parameters,
                SortOrder = (siblings + 1) * 10,
            });
        }
    }
}
