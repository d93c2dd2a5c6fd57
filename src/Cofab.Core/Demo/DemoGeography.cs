using Cofab.Core.Geography;

namespace Cofab.Core.Demo;

internal sealed record DemoCity(string Code, string NameZh, string NameEn);

/// <summary>A county-level division (GB/T 2260 code) with the approximate position of its government seat.</summary>
internal sealed record DemoCounty(string Code, string NameZh, string NameEn, double Latitude, double Longitude)
{
    public string CityCode => Code[..4] + "00";

    public GeoPoint Centre => new(Latitude, Longitude);
}

/// <summary>An industrial cluster of the demo region and the small-business park at its heart.</summary>
internal sealed record DemoCluster(
    string Key, string NameZh, string NameEn, string CountyCode, string Industry, string ParkNameZh, string ParkNameEn)
{
    public string CityCode => CountyCode[..4] + "00";
}

/// <summary>Four Zhejiang cities and the counties and clusters the demo firms live in. Codes are real GB/T 2260 codes.</summary>
internal static class DemoGeography
{
    public const string Province = "330000";

    public static readonly IReadOnlyList<DemoCity> Cities =
    [
        new("330200", "宁波市", "Ningbo"),
        new("331000", "台州市", "Taizhou"),
        new("330600", "绍兴市", "Shaoxing"),
        new("330100", "杭州市", "Hangzhou"),
    ];

    public static readonly IReadOnlyList<DemoCounty> Counties =
    [
        new("330206", "北仑区", "Beilun", 29.899, 121.844),
        new("330212", "鄞州区", "Yinzhou", 29.817, 121.547),
        new("330226", "宁海县", "Ninghai", 29.289, 121.430),
        new("330281", "余姚市", "Yuyao", 30.037, 121.154),
        new("330282", "慈溪市", "Cixi", 30.170, 121.266),
        new("331002", "椒江区", "Jiaojiang", 28.673, 121.442),
        new("331003", "黄岩区", "Huangyan", 28.650, 121.261),
        new("331004", "路桥区", "Luqiao", 28.582, 121.365),
        new("331081", "温岭市", "Wenling", 28.372, 121.386),
        new("331082", "临海市", "Linhai", 28.858, 121.145),
        new("331083", "玉环市", "Yuhuan", 28.135, 121.232),
        new("330602", "越城区", "Yuecheng", 30.000, 120.582),
        new("330603", "柯桥区", "Keqiao", 30.081, 120.495),
        new("330604", "上虞区", "Shangyu", 30.032, 120.868),
        new("330681", "诸暨市", "Zhuji", 29.714, 120.244),
        new("330108", "滨江区", "Binjiang", 30.208, 120.212),
        new("330109", "萧山区", "Xiaoshan", 30.184, 120.264),
        new("330110", "余杭区", "Yuhang", 30.274, 120.020),
    ];

    public static readonly IReadOnlyList<DemoCluster> Clusters =
    [
        new("nb-mould", "宁波模具产业集群", "Ningbo mould cluster", "330206", "Moulds and dies", "北仑模具小微企业园", "Beilun mould small-business park"),
        new("cx-appliance", "慈溪家电产业集群", "Cixi home-appliance cluster", "330282", "Home appliances", "慈溪滨海小微企业园", "Cixi coastal small-business park"),
        new("tz-automoto", "台州汽摩配产业集群", "Taizhou auto and motorcycle parts cluster", "331081", "Auto and motorcycle parts", "温岭东部小微企业园", "Wenling east small-business park"),
        new("sx-textile", "绍兴纺织印染产业集群", "Shaoxing textile printing and dyeing cluster", "330603", "Textiles, printing and dyeing", "柯桥印染产业集聚区", "Keqiao printing and dyeing park"),
        new("hz-equipment", "杭州智能装备与电子产业集群", "Hangzhou smart equipment and electronics cluster", "330109", "Smart equipment and electronics", "萧山经济技术开发区小微园", "Xiaoshan development zone small-business park"),
    ];

    public static DemoCounty County(string code) => Counties.First(c => c.Code == code);

    public static DemoCity City(string code) => Cities.First(c => c.Code == code);

    public static DemoCluster Cluster(string key) => Clusters.First(c => c.Key == key);

    /// <summary>Telephone area codes of the four cities, for landline-looking contact numbers.</summary>
    public static string AreaCode(string cityCode) => cityCode switch
    {
        "330200" => "0574",
        "331000" => "0576",
        "330600" => "0575",
        _ => "0571",
    };
}
