using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Cofab.Core.Members;

/// <summary>
/// 行政区划代码 per GB/T 2260: six digits, two each for province, city (prefecture) and county.
/// A level that is "00" means the code names the level above it (330000 Zhejiang, 330200 Ningbo, 330206 Beilun).
/// </summary>
public static class DivisionCode
{
    public const int Length = 6;

    /// <summary>The 34 province-level divisions by their two-digit prefix, with their Chinese names.</summary>
    public static readonly FrozenDictionary<string, string> Provinces = new Dictionary<string, string>
    {
        ["11"] = "北京市", ["12"] = "天津市", ["13"] = "河北省", ["14"] = "山西省", ["15"] = "内蒙古自治区",
        ["21"] = "辽宁省", ["22"] = "吉林省", ["23"] = "黑龙江省",
        ["31"] = "上海市", ["32"] = "江苏省", ["33"] = "浙江省", ["34"] = "安徽省", ["35"] = "福建省", ["36"] = "江西省", ["37"] = "山东省",
        ["41"] = "河南省", ["42"] = "湖北省", ["43"] = "湖南省", ["44"] = "广东省", ["45"] = "广西壮族自治区", ["46"] = "海南省",
        ["50"] = "重庆市", ["51"] = "四川省", ["52"] = "贵州省", ["53"] = "云南省", ["54"] = "西藏自治区",
        ["61"] = "陕西省", ["62"] = "甘肃省", ["63"] = "青海省", ["64"] = "宁夏回族自治区", ["65"] = "新疆维吾尔自治区",
        ["71"] = "台湾省", ["81"] = "香港特别行政区", ["82"] = "澳门特别行政区",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsValid(string? code) => TryValidate(code, out _);

    /// <summary>Checks the shape (six digits) and that the province prefix exists; it does not check the code against the full published list.</summary>
    public static bool TryValidate(string? code, [NotNullWhen(false)] out string? error)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = "The administrative division code is required.";
            return false;
        }

        if (trimmed.Length != Length || !trimmed.All(char.IsAsciiDigit))
        {
            error = $"The administrative division code must be exactly {Length} digits (GB/T 2260, e.g. 330206); got '{trimmed}'.";
            return false;
        }

        if (!Provinces.ContainsKey(trimmed[..2]))
        {
            error = $"'{trimmed}' does not start with a province-level code; the first two digits must be one of "
                + $"{string.Join(", ", Provinces.Keys.Order(StringComparer.Ordinal))}.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The province-level code of a division, e.g. 330206 → 330000.</summary>
    public static string ProvinceOf(string code) => RequireShape(code)[..2] + "0000";

    /// <summary>The city-level code of a division (first four digits + "00"), e.g. 330206 → 330200.</summary>
    public static string CityOf(string code) => RequireShape(code)[..4] + "00";

    /// <summary>The Chinese name of the division's province, or null when the prefix is unknown.</summary>
    public static string? ProvinceNameOf(string code) => Provinces.GetValueOrDefault(RequireShape(code)[..2]);

    /// <summary>
    /// Whether <paramref name="code"/> lies within the area named by <paramref name="prefixCode"/>: 330206 is within
    /// 330206, 330200 and 330000, but not within 330100. The prefix may also be given bare ("33", "3302").
    /// </summary>
    public static bool IsWithin(string code, string prefixCode)
    {
        var full = RequireShape(code);
        var prefix = SignificantPrefix(prefixCode);
        return full.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The digits that matter for containment: trailing "00" levels are dropped (330200 → 3302, 330000 → 33).</summary>
    private static string SignificantPrefix(string prefixCode)
    {
        var prefix = prefixCode?.Trim() ?? string.Empty;
        if (prefix.Length is not (2 or 4 or 6) || !prefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A division prefix must be 2, 4 or 6 digits; got '{prefixCode}'.", nameof(prefixCode));
        }

        while (prefix.Length > 2 && prefix.EndsWith("00", StringComparison.Ordinal))
        {
            prefix = prefix[..^2];
        }

        return prefix;
    }

    private static string RequireShape(string code)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        if (trimmed.Length != Length || !trimmed.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"A division code must be {Length} digits; got '{code}'.", nameof(code));
        }

        return trimmed;
    }
}
