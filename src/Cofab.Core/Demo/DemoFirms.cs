namespace Cofab.Core.Demo;

/// <summary>What a demo firm does; it decides the machines it owns, its shift pattern and its certifications.</summary>
internal enum DemoProfile
{
    MouldShop,
    DieCasting,
    CncShop,
    Turning,
    Injection,
    SheetMetal,
    HeatTreatment,
    SurfaceTreatment,
    Electronics,
    Assembly,
    Gears,
    Forging,
    Welding,
    Lab,
    Logistics,
    Dyeing,
    Weaving,
    Knitting,
    Sewing,
    Maintenance,
    Additive,
    Software,
    Data,
}

/// <summary>A fictional firm: the names follow the local pattern 县市 + 镇街 + trade + 有限公司; none is a real company.</summary>
internal sealed record DemoFirm(
    string NameZh, string NameEn, string Slug, string CountyCode, string Town, string ClusterKey, DemoProfile Profile, bool AlsoDemander = false);

/// <summary>A firm that mainly buys: it posts orders to the platform.</summary>
internal sealed record DemoDemander(string NameZh, string NameEn, string Slug, string CountyCode, string Town, string ClusterKey, string Industry);

internal static class DemoFirms
{
    public static readonly IReadOnlyList<DemoFirm> Providers =
    [
        new("宁波北仑精密模具有限公司", "Ningbo Beilun Precision Mould Co., Ltd.", "nbbl-mould", "330206", "小港街道", "nb-mould", DemoProfile.MouldShop, AlsoDemander: true),
        new("宁波大碶压铸模具有限公司", "Ningbo Dachi Die-Casting Co., Ltd.", "nbdq-diecast", "330206", "大碶街道", "nb-mould", DemoProfile.DieCasting),
        new("宁波霞浦数控机械有限公司", "Ningbo Xiapu CNC Machinery Co., Ltd.", "nbxp-cnc", "330206", "霞浦街道", "nb-mould", DemoProfile.CncShop),
        new("宁海县东方模塑有限公司", "Ninghai Dongfang Moulding Co., Ltd.", "nhdf-moulding", "330226", "桃源街道", "nb-mould", DemoProfile.Injection),
        new("宁海县精诚五金制品有限公司", "Ninghai Jingcheng Hardware Co., Ltd.", "nhjc-hardware", "330226", "梅林街道", "nb-mould", DemoProfile.SheetMetal),
        new("余姚市姚江精工模具有限公司", "Yuyao Yaojiang Precision Tooling Co., Ltd.", "yyyj-tooling", "330281", "阳明街道", "nb-mould", DemoProfile.MouldShop),
        new("宁波北仑金属热处理有限公司", "Ningbo Beilun Heat Treatment Co., Ltd.", "nbbl-heat", "330206", "新碶街道", "nb-mould", DemoProfile.HeatTreatment),
        new("宁波新碶表面处理有限公司", "Ningbo Xinqi Surface Finishing Co., Ltd.", "nbxq-finish", "330206", "新碶街道", "nb-mould", DemoProfile.SurfaceTreatment),
        new("宁波鄞州精密检测技术有限公司", "Ningbo Yinzhou Metrology Co., Ltd.", "nbyz-lab", "330212", "首南街道", "nb-mould", DemoProfile.Lab),

        new("慈溪市周巷电器配件有限公司", "Cixi Zhouxiang Appliance Parts Co., Ltd.", "cxzx-parts", "330282", "周巷镇", "cx-appliance", DemoProfile.Injection),
        new("慈溪市观海卫钣金制造有限公司", "Cixi Guanhaiwei Sheet Metal Co., Ltd.", "cxghw-sheet", "330282", "观海卫镇", "cx-appliance", DemoProfile.SheetMetal),
        new("慈溪市坎墩电子科技有限公司", "Cixi Kandun Electronics Co., Ltd.", "cxkd-smt", "330282", "坎墩街道", "cx-appliance", DemoProfile.Electronics),
        new("慈溪市杭州湾喷涂有限公司", "Cixi Hangzhou Bay Coating Co., Ltd.", "cxhzw-coating", "330282", "崇寿镇", "cx-appliance", DemoProfile.SurfaceTreatment),
        new("慈溪市逍林机电装配有限公司", "Cixi Xiaolin Assembly Co., Ltd.", "cxxl-assembly", "330282", "逍林镇", "cx-appliance", DemoProfile.Assembly),

        new("温岭市泽国汽摩配件有限公司", "Wenling Zeguo Auto & Moto Parts Co., Ltd.", "wlzg-parts", "331081", "泽国镇", "tz-automoto", DemoProfile.CncShop, AlsoDemander: true),
        new("温岭市大溪泵业机械有限公司", "Wenling Daxi Pump Machinery Co., Ltd.", "wldx-pump", "331081", "大溪镇", "tz-automoto", DemoProfile.Turning),
        new("温岭市箬横齿轮有限公司", "Wenling Ruoheng Gear Co., Ltd.", "wlrh-gear", "331081", "箬横镇", "tz-automoto", DemoProfile.Gears),
        new("玉环市楚门阀门铜件有限公司", "Yuhuan Chumen Brass Valve Co., Ltd.", "yhcm-valve", "331083", "楚门镇", "tz-automoto", DemoProfile.Forging),
        new("玉环市坎门汽车零部件有限公司", "Yuhuan Kanmen Auto Parts Co., Ltd.", "yhkm-auto", "331083", "坎门街道", "tz-automoto", DemoProfile.DieCasting),
        new("台州市路桥金清锻造有限公司", "Taizhou Luqiao Jinqing Forging Co., Ltd.", "lqjq-forging", "331004", "金清镇", "tz-automoto", DemoProfile.Forging),
        new("台州市黄岩精诚模塑有限公司", "Taizhou Huangyan Jingcheng Mould Co., Ltd.", "hyjc-mould", "331003", "新前街道", "tz-automoto", DemoProfile.MouldShop, AlsoDemander: true),
        new("临海市杜桥焊接制品有限公司", "Linhai Duqiao Welding Co., Ltd.", "lhdq-welding", "331082", "杜桥镇", "tz-automoto", DemoProfile.Welding),
        new("台州市椒江检测技术有限公司", "Taizhou Jiaojiang Testing Co., Ltd.", "tzjj-lab", "331002", "洪家街道", "tz-automoto", DemoProfile.Lab),
        new("温岭市松门物流有限公司", "Wenling Songmen Logistics Co., Ltd.", "wlsm-logistics", "331081", "松门镇", "tz-automoto", DemoProfile.Logistics),
        new("温岭市城东数控加工有限公司", "Wenling Chengdong CNC Co., Ltd.", "wlcd-cnc", "331081", "城东街道", "tz-automoto", DemoProfile.CncShop),

        new("绍兴柯桥华舍印染有限公司", "Shaoxing Keqiao Huashe Dyeing Co., Ltd.", "kqhs-dyeing", "330603", "华舍街道", "sx-textile", DemoProfile.Dyeing),
        new("绍兴柯桥齐贤纺织有限公司", "Shaoxing Keqiao Qixian Textile Co., Ltd.", "kqqx-weaving", "330603", "齐贤街道", "sx-textile", DemoProfile.Weaving),
        new("绍兴柯桥漓渚针织有限公司", "Shaoxing Keqiao Lizhu Knitwear Co., Ltd.", "kqlz-knit", "330603", "漓渚镇", "sx-textile", DemoProfile.Knitting),
        new("诸暨市大唐织袜有限公司", "Zhuji Datang Hosiery Co., Ltd.", "zjdt-hosiery", "330681", "大唐街道", "sx-textile", DemoProfile.Knitting),
        new("绍兴越城服装缝制有限公司", "Shaoxing Yuecheng Garment Co., Ltd.", "sxyc-garment", "330602", "灵芝街道", "sx-textile", DemoProfile.Sewing, AlsoDemander: true),
        new("诸暨市店口五金机械有限公司", "Zhuji Diankou Hardware Machinery Co., Ltd.", "zjdk-hardware", "330681", "店口镇", "sx-textile", DemoProfile.Turning),
        new("绍兴上虞机电设备维修有限公司", "Shaoxing Shangyu Equipment Service Co., Ltd.", "sysy-service", "330604", "曹娥街道", "sx-textile", DemoProfile.Maintenance),
        new("绍兴柯桥数码印花有限公司", "Shaoxing Keqiao Digital Printing Co., Ltd.", "kqsm-print", "330603", "柯桥街道", "sx-textile", DemoProfile.Dyeing),

        new("杭州萧山精工机械有限公司", "Hangzhou Xiaoshan Precision Machinery Co., Ltd.", "xsjg-machinery", "330109", "新塘街道", "hz-equipment", DemoProfile.CncShop, AlsoDemander: true),
        new("杭州萧山瓜沥钣金有限公司", "Hangzhou Xiaoshan Guali Sheet Metal Co., Ltd.", "xsgl-sheet", "330109", "瓜沥镇", "hz-equipment", DemoProfile.SheetMetal),
        new("杭州余杭良渚增材制造有限公司", "Hangzhou Yuhang Liangzhu Additive Co., Ltd.", "yhlz-additive", "330110", "良渚街道", "hz-equipment", DemoProfile.Additive),
        new("杭州滨江智能电子有限公司", "Hangzhou Binjiang Smart Electronics Co., Ltd.", "bjzn-smt", "330108", "西兴街道", "hz-equipment", DemoProfile.Electronics),
        new("杭州余杭仓前工业软件有限公司", "Hangzhou Yuhang Cangqian Industrial Software Co., Ltd.", "yhcq-software", "330110", "仓前街道", "hz-equipment", DemoProfile.Software),
        new("杭州滨江工业数据科技有限公司", "Hangzhou Binjiang Industrial Data Co., Ltd.", "bjgy-data", "330108", "长河街道", "hz-equipment", DemoProfile.Data),
        new("杭州萧山智能装备装配有限公司", "Hangzhou Xiaoshan Equipment Assembly Co., Ltd.", "xszb-assembly", "330109", "宁围街道", "hz-equipment", DemoProfile.Welding),
        new("杭州萧山设备维修服务有限公司", "Hangzhou Xiaoshan Machine Service Co., Ltd.", "xssb-service", "330109", "北干街道", "hz-equipment", DemoProfile.Maintenance),
    ];

    public static readonly IReadOnlyList<DemoDemander> Demanders =
    [
        new("宁波甬江模具集团有限公司", "Ningbo Yongjiang Mould Group Co., Ltd.", "nbyj-group", "330212", "下应街道", "nb-mould", "Moulds and dies"),
        new("台州吉港摩托车有限公司", "Taizhou Jigang Motorcycle Co., Ltd.", "tzjg-moto", "331004", "峰江街道", "tz-automoto", "Motorcycles"),
        new("杭州钱塘智能装备有限公司", "Hangzhou Qiantang Smart Equipment Co., Ltd.", "hzqt-equipment", "330109", "闻堰街道", "hz-equipment", "Automation equipment"),
        new("绍兴轻纺城服饰有限公司", "Shaoxing Textile City Apparel Co., Ltd.", "sxqf-apparel", "330603", "柯岩街道", "sx-textile", "Apparel"),
        new("慈溪市甬慈电器有限公司", "Cixi Yongci Electric Appliance Co., Ltd.", "cxyc-appliance", "330282", "浒山街道", "cx-appliance", "Home appliances"),
        new("温岭市新能源电机有限公司", "Wenling New Energy Motor Co., Ltd.", "wlxn-motor", "331081", "横峰街道", "tz-automoto", "Electric motors"),
    ];

    /// <summary>Word lists for firms beyond the hand-written ones, when more enterprises are asked for.</summary>
    public static readonly IReadOnlyList<string> TradeNames = ["宏达", "鑫源", "恒泰", "永信", "华盛", "博远", "金鼎", "瑞丰", "天成", "德润", "嘉诚", "立新"];

    public static readonly IReadOnlyList<string> TradeNamesPinyin = ["Hongda", "Xinyuan", "Hengtai", "Yongxin", "Huasheng", "Boyuan", "Jinding", "Ruifeng", "Tiancheng", "Derun", "Jiacheng", "Lixin"];

    public static readonly IReadOnlyList<string> Surnames = ["王", "李", "张", "陈", "刘", "杨", "黄", "周", "吴", "徐", "孙", "胡", "朱", "林", "郑", "金", "应", "叶", "蒋", "施"];

    public static readonly IReadOnlyList<string> GivenNames = ["伟", "建国", "海波", "丽", "志强", "敏", "晓东", "静", "国平", "海燕", "军", "红英", "立新", "佳", "宏伟", "春燕", "建华", "磊", "芳", "杰"];

    public static readonly IReadOnlyList<string> Roads = ["工业路", "明州路", "科技大道", "兴业路", "滨海大道", "创业路", "东海路", "振兴路", "机电路", "园区路"];

    public static string Industry(DemoProfile profile) => profile switch
    {
        DemoProfile.MouldShop => "Mould and die making",
        DemoProfile.DieCasting => "Die casting",
        DemoProfile.CncShop => "Precision machining",
        DemoProfile.Turning => "Turned parts",
        DemoProfile.Injection => "Plastic injection moulding",
        DemoProfile.SheetMetal => "Sheet metal fabrication",
        DemoProfile.HeatTreatment => "Heat treatment",
        DemoProfile.SurfaceTreatment => "Surface treatment",
        DemoProfile.Electronics => "Electronics manufacturing services",
        DemoProfile.Assembly => "Contract assembly",
        DemoProfile.Gears => "Gears and transmissions",
        DemoProfile.Forging => "Forging",
        DemoProfile.Welding => "Welded structures",
        DemoProfile.Lab => "Testing and inspection",
        DemoProfile.Logistics => "Logistics",
        DemoProfile.Dyeing => "Textile dyeing and printing",
        DemoProfile.Weaving => "Weaving",
        DemoProfile.Knitting => "Knitwear",
        DemoProfile.Sewing => "Garment making",
        DemoProfile.Maintenance => "Equipment maintenance",
        DemoProfile.Additive => "Additive manufacturing",
        DemoProfile.Software => "Industrial software",
        DemoProfile.Data => "Industrial data services",
        _ => "Manufacturing",
    };

    /// <summary>Chinese trade word for generated firm names.</summary>
    public static string TradeZh(DemoProfile profile) => profile switch
    {
        DemoProfile.MouldShop => "模具",
        DemoProfile.DieCasting => "压铸",
        DemoProfile.Injection => "塑业",
        DemoProfile.SheetMetal => "钣金",
        DemoProfile.Turning => "五金",
        DemoProfile.Gears => "齿轮",
        DemoProfile.Forging => "锻造",
        DemoProfile.Welding => "焊接",
        DemoProfile.Knitting => "针织",
        DemoProfile.Dyeing => "印染",
        DemoProfile.Electronics => "电子",
        _ => "机械",
    };
}
