using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;
using Cofab.Core.Units;

namespace Cofab.Platform.Features.Resources;

/// <summary>One data row turned into typed values. Cells that could not be read are left null and reported.</summary>
internal sealed class ResourceSheetRecord
{
    private static readonly char[] MaterialSeparators = [',', '，', ';', '；', '、'];
    private static readonly string[] PieceSuffixes = ["pcs", "pieces", "piece", "件", "个", "只"];
    private static readonly string[] MoneySuffixes = ["元/小时", "元/时", "元/件", "元/h", "/h", "元", "yuan", "cny", "%"];

    private ResourceSheetRecord(SheetCells cells) => Cells = cells;

    public SheetCells Cells { get; }
    public int Row => Cells.Row;
    public string? AssetNumber => Cells[SheetColumn.AssetNumber];
    public ResourceKind? Kind { get; private set; }
    public ResourceVisibility? Visibility { get; private set; }
    public string? ProcessCode { get; private set; }
    public Capability? Capability { get; private set; }
    public PricingModel? PriceModel { get; private set; }
    public decimal? Rate { get; private set; }
    public decimal? SetupCharge { get; private set; }

    public static readonly SheetColumn[] CapabilityColumns =
    [
        SheetColumn.Envelope, SheetColumn.Tolerance, SheetColumn.Materials, SheetColumn.MaxWeight,
        SheetColumn.BatchMin, SheetColumn.BatchMax, SheetColumn.UnitTime, SheetColumn.SetupTime,
    ];

    public static readonly SheetColumn[] PriceColumns = [SheetColumn.PriceModel, SheetColumn.Rate, SheetColumn.SetupCharge];

    public bool HasCapabilityValues => CapabilityColumns.Any(c => Cells[c] is not null);

    public bool HasPrice => PriceColumns.Any(c => Cells[c] is not null);

    public static ResourceSheetRecord Parse(SheetCells cells, ProcessResolver processes, List<ImportRowError> errors)
    {
        var record = new ResourceSheetRecord(cells);
        record.ParseInto(processes, errors);
        return record;
    }

    private void ParseInto(ProcessResolver processes, List<ImportRowError> errors)
    {
        void Error(SheetColumn column, string message) => errors.Add(new ImportRowError(Row, column.ToString(), message));

        if (AssetNumber is null) Error(SheetColumn.AssetNumber, "Asset number is required: it tells which rows belong to one resource and which resource to update.");
        if (Cells[SheetColumn.Kind] is { } kindText)
        {
            if (ResourceSheet.TryParseKind(kindText, out var kind)) Kind = kind;
            else Error(SheetColumn.Kind, $"'{kindText}' is not a resource kind; use one of {ResourceSheet.AllowedKinds}.");
        }
        if (Cells[SheetColumn.Visibility] is { } visibilityText)
        {
            if (ResourceSheet.TryParseVisibility(visibilityText, out var visibility)) Visibility = visibility;
            else Error(SheetColumn.Visibility, $"'{visibilityText}' is not a visibility; use {ResourceSheet.AllowedVisibilities}.");
        }

        if (Cells[SheetColumn.Process] is { } processText)
        {
            if (processes.TryResolve(processText, out var code)) ProcessCode = code;
            else Error(SheetColumn.Process, $"Unknown process '{processText}'; give a code of the capability taxonomy (e.g. machining.milling.5axis) or its exact name (e.g. 五轴数控铣削 or 5-axis CNC milling). The template's sheet '{ResourceSheet.ProcessSheetName}' lists them all.");
        }
        else if (HasCapabilityValues)
        {
            var first = CapabilityColumns.First(c => Cells[c] is not null);
            Error(SheetColumn.Process, $"This row gives {ResourceSheet.Label(first)} but no process; say which process the figures are for.");
        }

        Capability = ParseCapability(Error);
        ParsePrice(Error);
    }

    private Capability ParseCapability(Action<SheetColumn, string> error)
    {
        var capability = new Capability { ProcessCode = ProcessCode ?? "" };
        if (Cells[SheetColumn.Envelope] is { } envelopeText)
        {
            if (Measure.TryParseEnvelopeMm(envelopeText, out var envelope, out var message))
                (capability.EnvelopeXMm, capability.EnvelopeYMm, capability.EnvelopeZMm) = (envelope.XMm, envelope.YMm, envelope.ZMm);
            else error(SheetColumn.Envelope, message);
        }
        capability.ToleranceMm = Quantity(SheetColumn.Tolerance, Measure.TryParseLengthMm, error);
        capability.MaxWeightKg = Quantity(SheetColumn.MaxWeight, Measure.TryParseWeightKg, error);
        capability.UnitTimeMin = Quantity(SheetColumn.UnitTime, Measure.TryParseDurationMin, error);
        capability.SetupTimeMin = Quantity(SheetColumn.SetupTime, Measure.TryParseDurationMin, error);
        capability.MinBatch = Pieces(SheetColumn.BatchMin, error);
        capability.MaxBatch = Pieces(SheetColumn.BatchMax, error);
        capability.Materials = Cells[SheetColumn.Materials] is { } materials
            ? [.. materials.Split(MaterialSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]
            : [];
        return capability;
    }

    private void ParsePrice(Action<SheetColumn, string> error)
    {
        if (Cells[SheetColumn.PriceModel] is { } modelText)
        {
            if (ResourceSheet.TryParsePriceModel(modelText, out var model)) PriceModel = model;
            else error(SheetColumn.PriceModel, $"'{modelText}' is not a pricing model; use {ResourceSheet.AllowedPriceModels}.");
        }
        Rate = Money(SheetColumn.Rate, error);
        SetupCharge = Money(SheetColumn.SetupCharge, error);

        if (Cells[SheetColumn.PriceModel] is null && (Cells[SheetColumn.Rate] is not null || Cells[SheetColumn.SetupCharge] is not null))
            error(SheetColumn.PriceModel, $"A price needs its pricing model; use {ResourceSheet.AllowedPriceModels}.");
        else if (Cells[SheetColumn.PriceModel] is not null && Cells[SheetColumn.Rate] is null)
            error(SheetColumn.Rate, "A price needs its rate: yuan per hour (分时), yuan per piece (计件) or percent of the value (按价值计价).");
    }

    private delegate bool QuantityParser(string? text, out decimal value, [NotNullWhen(false)] out string? error);

    private decimal? Quantity(SheetColumn column, QuantityParser parse, Action<SheetColumn, string> error)
    {
        if (Cells[column] is not { } text) return null;
        if (parse(text, out var value, out var message)) return value;
        error(column, message);
        return null;
    }

    private int? Pieces(SheetColumn column, Action<SheetColumn, string> error)
    {
        if (Cells[column] is not { } text) return null;
        var number = StripSuffix(text, PieceSuffixes);
        if (decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value == decimal.Truncate(value) && value is >= int.MinValue and <= int.MaxValue)
            return (int)value;
        error(column, $"'{text}' is not a whole number of pieces; write e.g. 500, without thousands separators.");
        return null;
    }

    private decimal? Money(SheetColumn column, Action<SheetColumn, string> error)
    {
        if (Cells[column] is not { } text) return null;
        var number = StripSuffix(text.TrimStart('¥', '￥', ' '), MoneySuffixes);
        if (decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return value;
        error(column, $"'{text}' is not an amount; write a number in yuan (or percent for 按价值计价/valueShare) with '.' as decimal point, e.g. 260 or 12.5.");
        return null;
    }

    private static string StripSuffix(string text, string[] suffixes)
    {
        var trimmed = text.Trim();
        foreach (var suffix in suffixes)
        {
            if (trimmed.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return trimmed[..^suffix.Length].TrimEnd();
        }
        return trimmed;
    }
}

/// <summary>Finds a taxonomy code from what a clerk typed: the code itself, or the exact Chinese or English name.</summary>
internal sealed class ProcessResolver
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.OrdinalIgnoreCase);

    public ProcessResolver(CapabilityTaxonomy taxonomy)
    {
        // Names first, codes last: a code always wins should a name ever collide with one.
        foreach (var node in taxonomy.Nodes)
        {
            _codes.TryAdd(node.NameZh.Trim(), node.Code);
            _codes.TryAdd(node.NameEn.Trim(), node.Code);
        }
        foreach (var node in taxonomy.Nodes) _codes[node.Code] = node.Code;
    }

    public bool TryResolve(string text, [NotNullWhen(true)] out string? code) => _codes.TryGetValue(text.Trim(), out code);
}
