using System.Globalization;
using System.Text;
using Cofab.Core.Resources;

namespace Cofab.Platform.Features.Resources;

/// <summary>The two file formats factories exchange equipment lists in.</summary>
public enum SheetFormat
{
    Xlsx,
    Csv,
}

/// <summary>A spreadsheet ready to download or save.</summary>
public sealed record SpreadsheetFile(string FileName, string ContentType, byte[] Content);

/// <summary>The columns of the resource spreadsheet, in the order they are written. The names are the English headers.</summary>
public enum SheetColumn
{
    AssetNumber,
    Name,
    Kind,
    Manufacturer,
    Model,
    Process,
    Envelope,
    Tolerance,
    Materials,
    MaxWeight,
    BatchMin,
    BatchMax,
    UnitTime,
    SetupTime,
    PriceModel,
    Rate,
    SetupCharge,
    Visibility,
    Description,
}

/// <summary>
/// The spreadsheet layout of resources: one row per capability; rows sharing an asset number are one resource.
/// Headers and enumerated values are accepted in English or Chinese, ignoring case and spaces, because factories
/// keep their lists in whichever language their clerk uses. Files are written with bilingual headers.
/// </summary>
public static class ResourceSheet
{
    public const int MaxRows = 20_000;
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const string DataSheetName = "资源 Resources";
    public const string GuideSheetName = "说明 Guide";
    public const string ProcessSheetName = "工序 Processes";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv";

    private static readonly Dictionary<SheetColumn, string> ChineseNames = new()
    {
        [SheetColumn.AssetNumber] = "资产编号",
        [SheetColumn.Name] = "名称",
        [SheetColumn.Kind] = "类型",
        [SheetColumn.Manufacturer] = "制造商",
        [SheetColumn.Model] = "型号",
        [SheetColumn.Process] = "工序",
        [SheetColumn.Envelope] = "加工范围",
        [SheetColumn.Tolerance] = "精度",
        [SheetColumn.Materials] = "材料",
        [SheetColumn.MaxWeight] = "最大重量",
        [SheetColumn.BatchMin] = "最小批量",
        [SheetColumn.BatchMax] = "最大批量",
        [SheetColumn.UnitTime] = "单件工时",
        [SheetColumn.SetupTime] = "准备工时",
        [SheetColumn.PriceModel] = "计价方式",
        [SheetColumn.Rate] = "单价",
        [SheetColumn.SetupCharge] = "准备费",
        [SheetColumn.Visibility] = "发布",
        [SheetColumn.Description] = "说明",
    };

    // Header text → column, for every accepted spelling: English, Chinese, and the bilingual header this class writes.
    private static readonly Dictionary<string, SheetColumn> HeaderLookup = BuildHeaderLookup();

    // The first label of each value is the one written to files; the rest are accepted on import.
    private static readonly (ResourceKind Value, string[] Labels)[] KindLabels =
    [
        (ResourceKind.Machine, ["machine", "设备", "机床"]),
        (ResourceKind.ProductionLine, ["productionLine", "生产线", "产线", "line"]),
        (ResourceKind.ToolOrMold, ["toolOrMold", "工装模具", "模具", "工装", "tool", "mold", "mould"]),
        (ResourceKind.Instrument, ["instrument", "仪器"]),
        (ResourceKind.Software, ["software", "软件", "工业软件"]),
        (ResourceKind.Dataset, ["dataset", "数据集"]),
        (ResourceKind.Model, ["model", "机理模型", "模型"]),
        (ResourceKind.ServiceOffering, ["serviceOffering", "服务", "service"]),
        (ResourceKind.WorkerPool, ["workerPool", "共享员工", "员工", "workers"]),
    ];

    private static readonly (PricingModel Value, string[] Labels)[] PriceModelLabels =
    [
        (PricingModel.PerHour, ["perHour", "分时", "按小时", "hourly"]),
        (PricingModel.PerPiece, ["perPiece", "计件", "按件", "piece"]),
        (PricingModel.ValueShare, ["valueShare", "按价值计价", "价值分成", "value"]),
    ];

    private static readonly (ResourceVisibility Value, string[] Labels)[] VisibilityLabels =
    [
        (ResourceVisibility.Published, ["published", "公开发布", "公开", "发布", "public", "yes", "是"]),
        (ResourceVisibility.Private, ["private", "不公开", "私有", "不发布", "no", "否"]),
    ];

    public static IReadOnlyList<SheetColumn> Columns { get; } = Enum.GetValues<SheetColumn>();

    public static string ChineseName(SheetColumn column) => ChineseNames[column];

    /// <summary>The header written to files: "资产编号 AssetNumber".</summary>
    public static string Header(SheetColumn column) => $"{ChineseNames[column]} {column}";

    /// <summary>How a column is named in messages: "精度/Tolerance".</summary>
    public static string Label(SheetColumn column) => $"{ChineseNames[column]}/{column}";

    public static bool TryMatchHeader(string? header, out SheetColumn column) =>
        HeaderLookup.TryGetValue(Normalize(header), out column);

    public static SheetFormat? FormatOf(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".xlsx" => SheetFormat.Xlsx,
            ".csv" => SheetFormat.Csv,
            _ => null,
        };

    public static string ExtensionOf(SheetFormat format) => format == SheetFormat.Csv ? ".csv" : ".xlsx";

    public static string ContentTypeOf(SheetFormat format) => format == SheetFormat.Csv ? CsvContentType : XlsxContentType;

    public static bool TryParseKind(string text, out ResourceKind kind) => TryParseLabel(KindLabels, text, out kind);

    public static bool TryParsePriceModel(string text, out PricingModel model) => TryParseLabel(PriceModelLabels, text, out model);

    public static bool TryParseVisibility(string text, out ResourceVisibility visibility) => TryParseLabel(VisibilityLabels, text, out visibility);

    public static string LabelOf(ResourceKind kind) => KindLabels.First(k => k.Value == kind).Labels[0];

    public static string LabelOf(PricingModel model) => PriceModelLabels.First(p => p.Value == model).Labels[0];

    public static string LabelOf(ResourceVisibility visibility) => VisibilityLabels.First(v => v.Value == visibility).Labels[0];

    /// <summary>"machine/设备, productionLine/生产线, …": the values a clerk may type, for messages and the guide.</summary>
    public static string AllowedKinds => Allowed(KindLabels);

    public static string AllowedPriceModels => Allowed(PriceModelLabels);

    public static string AllowedVisibilities => Allowed(VisibilityLabels);

    /// <summary>A number as a person writes it: no exponent, no trailing zeros, '.' as decimal point.</summary>
    public static string FormatNumber(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Lower case, without spaces, underscores, hyphens or slashes, so "Asset number", "asset_number" and "AssetNumber" agree.</summary>
    internal static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '/' or '*') continue;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    private static Dictionary<string, SheetColumn> BuildHeaderLookup()
    {
        var lookup = new Dictionary<string, SheetColumn>(StringComparer.Ordinal);
        foreach (var (column, chinese) in ChineseNames)
        {
            var english = column.ToString();
            foreach (var spelling in (string[])[english, chinese, chinese + english, english + chinese])
                lookup[Normalize(spelling)] = column;
        }
        return lookup;
    }

    private static bool TryParseLabel<T>((T Value, string[] Labels)[] table, string text, out T value)
        where T : struct, Enum
    {
        var key = Normalize(text);
        foreach (var (candidate, labels) in table)
        {
            if (labels.Any(label => Normalize(label) == key))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Allowed<T>((T Value, string[] Labels)[] table) =>
        string.Join(", ", table.Select(t => $"{t.Labels[0]}/{t.Labels[1]}"));
}
