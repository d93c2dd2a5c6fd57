using System.Text.RegularExpressions;
using Cofab.Core.Geography;
using Cofab.Core.Resources;

namespace Cofab.Platform.Features.Resources;

/// <summary>
/// The rows of one asset number gathered into one resource description, remembering which row each capability and
/// price came from so that a rule broken by the description can be reported at the row and column that caused it.
/// </summary>
internal sealed partial class SheetResource(string assetNumber, int firstRow)
{
    private static readonly SheetColumn[] ResourceColumns =
        [SheetColumn.Name, SheetColumn.Kind, SheetColumn.Manufacturer, SheetColumn.Model, SheetColumn.Visibility, SheetColumn.Description];

    private readonly Dictionary<SheetColumn, (string Text, int Row)> _resourceCells = [];

    public string AssetNumber { get; } = assetNumber;
    public int FirstRow { get; } = firstRow;
    public ResourceKind? Kind { get; private set; }
    public ResourceVisibility? Visibility { get; private set; }
    public List<Capability> Capabilities { get; } = [];
    public List<int> CapabilityRows { get; } = [];
    public List<PriceTerm> Prices { get; } = [];
    public List<int> PriceRows { get; } = [];

    /// <summary>
    /// Groups rows by asset number, in order of first appearance. Rules: resource columns (name, kind …) may be repeated
    /// on later rows but must then agree; a new process adds a capability; a process given again may only add a price;
    /// a price on a resource's first row is for the whole resource, on a later row for that row's process only.
    /// </summary>
    public static List<SheetResource> Assemble(IEnumerable<ResourceSheetRecord> records, List<ImportRowError> errors)
    {
        var byAsset = new Dictionary<string, SheetResource>(StringComparer.Ordinal);
        var ordered = new List<SheetResource>();
        foreach (var record in records)
        {
            if (record.AssetNumber is not { } asset) continue;
            var isFirst = !byAsset.TryGetValue(asset, out var resource);
            if (resource is null)
            {
                resource = new SheetResource(asset, record.Row);
                byAsset[asset] = resource;
                ordered.Add(resource);
            }
            resource.Add(record, isFirst, errors);
        }
        return ordered;
    }

    private void Add(ResourceSheetRecord record, bool isFirst, List<ImportRowError> errors)
    {
        void Error(SheetColumn column, string message) => errors.Add(new ImportRowError(record.Row, column.ToString(), message));

        foreach (var column in ResourceColumns)
        {
            if (record.Cells[column] is not { } text) continue;
            if (!_resourceCells.TryGetValue(column, out var earlier)) _resourceCells[column] = (text, record.Row);
            else if (!SameResourceValue(column, earlier.Text, text))
                Error(column, $"Asset number {AssetNumber} has {ResourceSheet.Label(column)} '{earlier.Text}' in row {earlier.Row} but '{text}' here; rows of one resource must agree (or leave the cell empty).");
        }
        Kind ??= record.Kind;
        Visibility ??= record.Visibility;

        var priceProcess = isFirst ? null : record.ProcessCode;
        if (record.ProcessCode is { } code)
        {
            var index = Capabilities.FindIndex(c => c.ProcessCode == code);
            if (index < 0)
            {
                Capabilities.Add(record.Capability!);
                CapabilityRows.Add(record.Row);
            }
            else if (record.HasCapabilityValues)
            {
                Error(SheetColumn.Process, $"Process {code} of asset number {AssetNumber} is already described in row {CapabilityRows[index]}. A later row of the same process may only add a price: leave its capability columns empty, or merge the rows.");
            }
            else if (!record.HasPrice)
            {
                Error(SheetColumn.Process, $"This row repeats process {code} of asset number {AssetNumber} (row {CapabilityRows[index]}) and adds nothing; delete it.");
            }
        }
        else if (!isFirst && !record.HasPrice)
        {
            Error(SheetColumn.Process, $"This row repeats asset number {AssetNumber} (row {FirstRow}) but gives neither a process nor a price; fill them in or delete the row.");
        }

        if (record is { PriceModel: { } model, Rate: { } rate })
        {
            Prices.Add(new PriceTerm { Model = model, Rate = rate, SetupCharge = record.SetupCharge ?? 0, ProcessCode = priceProcess });
            PriceRows.Add(record.Row);
        }
    }

    private bool SameResourceValue(SheetColumn column, string earlier, string text) => column switch
    {
        SheetColumn.Kind => ResourceSheet.TryParseKind(earlier, out var a) && ResourceSheet.TryParseKind(text, out var b) ? a == b : earlier == text,
        SheetColumn.Visibility => ResourceSheet.TryParseVisibility(earlier, out var a) && ResourceSheet.TryParseVisibility(text, out var b) ? a == b : earlier == text,
        _ => string.Equals(earlier, text, StringComparison.Ordinal),
    };

    /// <summary>
    /// The description as the API would receive it. What the sheet does not carry (calendar, idle windows, data level,
    /// location) is left for the caller to keep from the stored resource. A blank kind means machine and a blank
    /// visibility means private, as documented in the template's guide.
    /// </summary>
    public ResourceInput ToInput(DataLevel dataLevel) => new(
        Kind: Kind ?? ResourceKind.Machine,
        Name: Text(SheetColumn.Name) ?? "",
        AssetNumber: AssetNumber,
        Manufacturer: Text(SheetColumn.Manufacturer),
        Model: Text(SheetColumn.Model),
        Description: Text(SheetColumn.Description),
        Visibility: Visibility ?? ResourceVisibility.Private,
        DataLevel: dataLevel,
        Capabilities: Capabilities,
        Prices: Prices);

    /// <summary>A candidate entity, normalised exactly as the API normalises input.</summary>
    public Resource ToResource(Guid enterpriseId, GeoPoint location, DataLevel dataLevel)
    {
        var resource = new Resource { EnterpriseId = enterpriseId, Name = "", AssetNumber = "" };
        ResourceMapping.Apply(resource, ToInput(dataLevel), location);
        return resource;
    }

    /// <summary>Maps a rule's field path (<c>capabilities[1].toleranceMm</c>) back to the row and column that supplied the value.</summary>
    public ImportRowError Locate(string path, string message)
    {
        var match = IndexedPath().Match(path);
        if (match.Success)
        {
            var index = int.Parse(match.Groups["index"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            var field = match.Groups["field"].Value;
            if (match.Groups["list"].Value == "capabilities" && index < CapabilityRows.Count)
                return new ImportRowError(CapabilityRows[index], CapabilityColumn(field).ToString(), message);
            if (match.Groups["list"].Value == "prices" && index < PriceRows.Count)
                return new ImportRowError(PriceRows[index], PriceColumn(field).ToString(), message);
        }

        var column = ResourceColumn(path);
        var row = _resourceCells.TryGetValue(column, out var cell) ? cell.Row : FirstRow;
        return new ImportRowError(row, column.ToString(), message);
    }

    private string? Text(SheetColumn column) => _resourceCells.TryGetValue(column, out var cell) ? cell.Text : null;

    private static SheetColumn CapabilityColumn(string field) => field switch
    {
        "processCode" => SheetColumn.Process,
        "envelopeXMm" or "envelopeYMm" or "envelopeZMm" => SheetColumn.Envelope,
        "toleranceMm" => SheetColumn.Tolerance,
        "maxWeightKg" => SheetColumn.MaxWeight,
        "minBatch" => SheetColumn.BatchMin,
        "maxBatch" => SheetColumn.BatchMax,
        "unitTimeMin" => SheetColumn.UnitTime,
        "setupTimeMin" => SheetColumn.SetupTime,
        _ when field.StartsWith("materials", StringComparison.Ordinal) => SheetColumn.Materials,
        _ => SheetColumn.Process,
    };

    private static SheetColumn PriceColumn(string field) => field switch
    {
        "rate" => SheetColumn.Rate,
        "setupCharge" => SheetColumn.SetupCharge,
        "processCode" => SheetColumn.Process,
        _ => SheetColumn.PriceModel,
    };

    private static SheetColumn ResourceColumn(string path) => path switch
    {
        "name" => SheetColumn.Name,
        "kind" => SheetColumn.Kind,
        "manufacturer" => SheetColumn.Manufacturer,
        "model" => SheetColumn.Model,
        "description" => SheetColumn.Description,
        "visibility" => SheetColumn.Visibility,
        "capabilities" => SheetColumn.Process,
        "prices" => SheetColumn.PriceModel,
        _ => SheetColumn.AssetNumber,
    };

    [GeneratedRegex(@"^(?<list>capabilities|prices)\[(?<index>\d+)\]\.(?<field>[A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex IndexedPath();
}
