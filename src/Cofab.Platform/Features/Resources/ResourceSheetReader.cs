using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace Cofab.Platform.Features.Resources;

/// <summary>The non-blank cells of one data row, keyed by column, with the row number a person sees in Excel.</summary>
internal sealed record SheetCells(int Row, IReadOnlyDictionary<SheetColumn, string> Cells)
{
    public string? this[SheetColumn column] => Cells.GetValueOrDefault(column);
}

/// <summary>
/// Reads the first sheet of a workbook, or a CSV file, into rows of text keyed by <see cref="SheetColumn"/>.
/// Row 1 is the header. Blank rows are skipped but still counted, so row numbers match what Excel shows.
/// </summary>
internal static class ResourceSheetReader
{
    private const int ProgressEvery = 500;

    public static List<SheetCells> Read(byte[] content, SheetFormat format, List<ImportRowError> errors, IProgress<int>? rowsRead, CancellationToken ct)
    {
        var raw = ReadRaw(content, format, errors, rowsRead, ct);
        if (raw is null) return [];
        var headerIndex = raw.FindIndex(r => r.Cells.Any(c => c is not null));
        if (headerIndex < 0)
        {
            errors.Add(ImportRowError.ForFile("The file is empty. Start from the import template: a header row, then one row per capability."));
            return [];
        }

        var header = raw[headerIndex];
        var columns = MapHeader(header, errors);
        if (columns.All(c => c is null))
        {
            if (!errors.Any(e => e.Row == header.Row))
                errors.Add(ImportRowError.ForFile($"Row {header.Row} must be the header row, but none of its cells is a known column such as 资产编号/AssetNumber or 名称/Name."));
            return [];
        }

        var rows = new List<SheetCells>();
        var reportedUnheaded = new HashSet<int>();
        foreach (var (number, cells) in raw.Skip(headerIndex + 1))
        {
            var values = new Dictionary<SheetColumn, string>();
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is not { } text) continue;
                if (i < columns.Length && columns[i] is { } column) values[column] = text;
                else if (i >= header.Cells.Length || header.Cells[i] is null)
                {
                    // Data under a blank header would be silently lost; say so once per column.
                    if (reportedUnheaded.Add(i))
                        errors.Add(new ImportRowError(number, ColumnLetter(i), $"Cell {ColumnLetter(i)}{number} has a value but its column has no header; add the header or clear the column."));
                }
            }
            if (values.Count > 0) rows.Add(new SheetCells(number, values));
        }

        if (rows.Count == 0)
            errors.Add(ImportRowError.ForFile("The file has a header row but no resources below it."));
        return rows;
    }

    private static SheetColumn?[] MapHeader((int Row, string?[] Cells) header, List<ImportRowError> errors)
    {
        var columns = new SheetColumn?[header.Cells.Length];
        var seen = new Dictionary<SheetColumn, int>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            var text = header.Cells[i];
            if (text is null) continue;
            if (!ResourceSheet.TryMatchHeader(text, out var column))
            {
                errors.Add(new ImportRowError(header.Row, text,
                    $"Unknown column '{text}' in cell {ColumnLetter(i)}{header.Row}. Use the headers of the import template, e.g. {ResourceSheet.Label(SheetColumn.AssetNumber)}, {ResourceSheet.Label(SheetColumn.Tolerance)}; delete columns you do not need to import."));
            }
            else if (seen.TryGetValue(column, out var first))
            {
                errors.Add(new ImportRowError(header.Row, column.ToString(),
                    $"The column {ResourceSheet.Label(column)} appears twice (cells {ColumnLetter(first)}{header.Row} and {ColumnLetter(i)}{header.Row}); keep one."));
            }
            else
            {
                seen[column] = i;
                columns[i] = column;
            }
        }

        foreach (var required in (SheetColumn[])[SheetColumn.AssetNumber, SheetColumn.Name])
        {
            if (seen.Count > 0 && !seen.ContainsKey(required))
                errors.Add(new ImportRowError(header.Row, required.ToString(), $"The header row has no {ResourceSheet.Label(required)} column; it is required."));
        }
        return columns;
    }

    /// <summary>All rows as text, or null (with an error) when the file cannot be read or is too long.</summary>
    private static List<(int Row, string?[] Cells)>? ReadRaw(byte[] content, SheetFormat format, List<ImportRowError> errors, IProgress<int>? rowsRead, CancellationToken ct)
    {
        var rows = new List<(int Row, string?[] Cells)>();
        var nonBlank = 0;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var excelType = format == SheetFormat.Csv ? ExcelType.CSV : ExcelType.XLSX;
            var configuration = format == SheetFormat.Csv ? CsvConfigurationFor(content) : null;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, excelType: excelType, configuration: configuration))
            {
                ct.ThrowIfCancellationRequested();
                var cells = row.Values.Select(CellText).ToArray();
                rows.Add((rows.Count + 1, cells));
                if (cells.Any(c => c is not null) && ++nonBlank > ResourceSheet.MaxRows + 1)
                {
                    errors.Add(ImportRowError.ForFile($"The file has more than {ResourceSheet.MaxRows:N0} rows; split it into files of at most {ResourceSheet.MaxRows:N0} rows and import them one after the other."));
                    return null;
                }
                if (rows.Count % ProgressEvery == 0) rowsRead?.Report(rows.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The file comes from outside: a damaged or mislabelled workbook is the sender's problem to fix, not a crash.
            var kind = format == SheetFormat.Csv ? "a CSV file" : "an Excel workbook (.xlsx)";
            errors.Add(ImportRowError.ForFile($"The file could not be read as {kind}: {e.Message} Save it again from Excel as .xlsx or CSV and retry."));
            return null;
        }
        rowsRead?.Report(rows.Count);
        return rows;
    }

    /// <summary>
    /// Excel on Chinese Windows saves "CSV" in GB18030/GBK, not UTF-8; a file that is not valid UTF-8 is read as GB18030
    /// so 名称 does not arrive as mojibake.
    /// </summary>
    private static CsvConfiguration CsvConfigurationFor(byte[] content)
    {
        Encoding encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            _ = encoding.GetCharCount(content);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            encoding = Encoding.GetEncoding("GB18030");
        }
        return new CsvConfiguration { StreamReaderFunc = stream => new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true) };
    }

    /// <summary>A cell as the text a person sees: numbers without exponent or float noise, blanks as null.</summary>
    private static string? CellText(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            double d => double.IsFinite(d) && Math.Abs(d) < 7.9e27 ? ResourceSheet.FormatNumber((decimal)d) : d.ToString(CultureInfo.InvariantCulture),
            decimal m => ResourceSheet.FormatNumber(m),
            DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        text = text?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    internal static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        return letters;
    }
}
