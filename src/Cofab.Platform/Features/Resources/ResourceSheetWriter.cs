using Cofab.Core.Resources;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Cofab.Platform.Features.Resources;

/// <summary>
/// Writes resources in the sheet layout so that reading the file back gives the same resources: one row per
/// capability; the first price for the whole resource on the first row; a price for one process on a later row of
/// that process; further prices on extra rows (blank process for the whole resource, or the process repeated).
/// </summary>
internal static class ResourceSheetWriter
{
    public static List<Dictionary<string, object?>> Rows(IEnumerable<Resource> resources, SheetFormat format)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var resource in resources)
        {
            foreach (var (capability, process, price) in Layout(resource))
                rows.Add(Row(resource, capability, process, price, format));
        }
        return rows;
    }

    /// <summary>An empty data sheet still needs its header row, which MiniExcel takes from the first row's keys.</summary>
    public static List<Dictionary<string, object?>> HeaderOnly() =>
        [ResourceSheet.Columns.ToDictionary(ResourceSheet.Header, _ => (object?)null)];

    public static byte[] Save(IReadOnlyDictionary<string, object> sheets, SheetFormat format)
    {
        using var stream = new MemoryStream();
        if (format == SheetFormat.Csv)
        {
            // CSV holds one sheet: the data. MiniExcel writes it as UTF-8 with a byte-order mark, which Excel needs to show 名称 right.
            MiniExcel.SaveAs(stream, sheets[ResourceSheet.DataSheetName], excelType: ExcelType.CSV);
        }
        else
        {
            var configuration = new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true, FreezeRowCount = 1, MaxWidth = 60 };
            MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX, configuration: configuration);
        }
        return stream.ToArray();
    }

    private static IEnumerable<(Capability? Capability, string? Process, PriceTerm? Price)> Layout(Resource resource)
    {
        var capabilities = resource.Capabilities;
        var wholeResource = new Queue<PriceTerm>(resource.Prices.Where(p => p.ProcessCode is null));
        var perProcess = resource.Prices.Where(p => p.ProcessCode is not null).ToList();

        wholeResource.TryDequeue(out var firstPrice);
        yield return capabilities.Count > 0 ? (capabilities[0], capabilities[0].ProcessCode, firstPrice) : (null, null, firstPrice);
        foreach (var capability in capabilities.Skip(1))
        {
            var price = perProcess.FirstOrDefault(p => p.ProcessCode == capability.ProcessCode);
            if (price is not null) perProcess.Remove(price);
            yield return (capability, capability.ProcessCode, price);
        }
        while (wholeResource.TryDequeue(out var price)) yield return (null, null, price);
        foreach (var price in perProcess) yield return (null, price.ProcessCode, price);
    }

    private static Dictionary<string, object?> Row(Resource resource, Capability? capability, string? process, PriceTerm? price, SheetFormat format)
    {
        // Numbers stay numbers in a workbook (so Excel can sum them); CSV is text, written culture-free.
        object? Number(decimal? value) => value is not { } v ? null : format == SheetFormat.Xlsx ? v : ResourceSheet.FormatNumber(v);
        object? Whole(int? value) => value is not { } v ? null : format == SheetFormat.Xlsx ? v : ResourceSheet.FormatNumber(v);

        var values = new Dictionary<SheetColumn, object?>
        {
            [SheetColumn.AssetNumber] = resource.AssetNumber,
            [SheetColumn.Name] = resource.Name,
            [SheetColumn.Kind] = ResourceSheet.LabelOf(resource.Kind),
            [SheetColumn.Manufacturer] = resource.Manufacturer,
            [SheetColumn.Model] = resource.Model,
            [SheetColumn.Process] = process,
            [SheetColumn.Envelope] = capability is null ? null : Envelope(capability),
            [SheetColumn.Tolerance] = capability?.ToleranceMm is { } tolerance ? $"±{ResourceSheet.FormatNumber(tolerance)} mm" : null,
            [SheetColumn.Materials] = capability is { Materials.Count: > 0 } ? string.Join(", ", capability.Materials) : null,
            [SheetColumn.MaxWeight] = capability?.MaxWeightKg is { } weight ? $"{ResourceSheet.FormatNumber(weight)} kg" : null,
            [SheetColumn.BatchMin] = Whole(capability?.MinBatch),
            [SheetColumn.BatchMax] = Whole(capability?.MaxBatch),
            [SheetColumn.UnitTime] = capability?.UnitTimeMin is { } unit ? $"{ResourceSheet.FormatNumber(unit)} min" : null,
            [SheetColumn.SetupTime] = capability?.SetupTimeMin is { } setup ? $"{ResourceSheet.FormatNumber(setup)} min" : null,
            [SheetColumn.PriceModel] = price is null ? null : ResourceSheet.LabelOf(price.Model),
            [SheetColumn.Rate] = Number(price?.Rate),
            [SheetColumn.SetupCharge] = Number(price?.SetupCharge),
            [SheetColumn.Visibility] = ResourceSheet.LabelOf(resource.Visibility),
            [SheetColumn.Description] = resource.Description,
        };
        return ResourceSheet.Columns.ToDictionary(ResourceSheet.Header, c => values[c]);
    }

    /// <summary>"650×520×475 mm", or two lengths ("400×1000 mm") when there is no third dimension.</summary>
    private static string? Envelope(Capability capability)
    {
        if (capability is not { EnvelopeXMm: { } x, EnvelopeYMm: { } y }) return null;
        var parts = capability.EnvelopeZMm is { } z ? new[] { x, y, z } : [x, y];
        return string.Join('×', parts.Select(ResourceSheet.FormatNumber)) + " mm";
    }
}
