using System.Globalization;
using System.Text.RegularExpressions;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Resources;

/// <summary>What an import did (or, for a dry run, would do). Rows counts the rows read below the header.</summary>
public sealed record ImportReport(string FileName, bool DryRun, int Rows, int Resources, int Created, int Updated, int Unchanged);

/// <summary>
/// A problem with one cell of an imported sheet. Row is the row number Excel shows (the header is row 1; 0 means the
/// file as a whole); Column is the English column name (e.g. Tolerance) or, for an unknown header, its text.
/// In a <see cref="Failure"/> it is keyed <c>rows[7].Tolerance</c> (or <c>file</c>), so API clients, the CLI and the UI
/// can all point at the cell.
/// </summary>
public sealed partial record ImportRowError(int Row, string Column, string Message)
{
    public const string FileKey = "file";

    public string Key => Row > 0 ? $"rows[{Row}].{Column}" : FileKey;

    /// <summary>"精度/Tolerance" for known columns, the header text otherwise.</summary>
    public string ColumnLabel => Enum.TryParse<SheetColumn>(Column, out var column) && Enum.IsDefined(column) ? ResourceSheet.Label(column) : Column;

    public static ImportRowError ForFile(string message) => new(0, "", message);

    /// <summary>The row errors carried by an import's validation failure; empty for any other failure.</summary>
    public static IReadOnlyList<ImportRowError> FromFailure(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var errors = new List<ImportRowError>();
        foreach (var (key, messages) in failure.Errors ?? new Dictionary<string, string[]>())
        {
            var match = RowKey().Match(key);
            foreach (var message in messages)
            {
                errors.Add(match.Success
                    ? new ImportRowError(int.Parse(match.Groups["row"].ValueSpan, CultureInfo.InvariantCulture), match.Groups["column"].Value, message)
                    : ForFile(message));
            }
        }
        return [.. errors.OrderBy(e => e.Row)];
    }

    public override string ToString() => Row > 0 ? $"Row {Row}, column {ColumnLabel}: {Message}" : Message;

    [GeneratedRegex(@"^rows\[(?<row>\d+)\]\.(?<column>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RowKey();
}

/// <summary>
/// Imports a factory's equipment list from .xlsx or .csv (layout: <see cref="ResourceSheet"/>). All or nothing: every
/// row is read and checked with the API's rules first; one bad row and nothing is imported. Otherwise new asset numbers
/// become resources and known ones are updated in place (capabilities and prices replaced; calendar, idle windows,
/// location and data level kept), in one transaction with one audit entry.
/// </summary>
public sealed class ImportResources(AppDbContext db, GetTaxonomy taxonomy, MemberGate gate, AuditTrail audit, TimeProvider clock)
{
    private const int MaxErrorsShownInDetail = 3;
    private const int SaveChunkSize = 1000;

    private static readonly Failure ConcurrentChange = Failure.Conflict(
        "Some of these resources were changed by someone else while the file was being imported; nothing was imported. Import the file again.");

    public async Task<Result<ImportReport>> HandleAsync(Stream file, string fileName, bool dryRun, Caller caller, IProgress<int>? rowsRead, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsProvider && !caller.IsOperator) return Failure.Forbidden("Only providers import resources; ask the operator to add the provider role.");
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == caller.EnterpriseId, ct);
        if (enterprise is null) return Failure.Forbidden("Your enterprise is not registered on the platform.");

        if (ResourceSheet.FormatOf(fileName) is not { } format)
            return Failure.Invalid(ImportRowError.FileKey, $"'{fileName}' is neither an Excel workbook (.xlsx) nor a CSV file (.csv). Save the sheet in one of those formats; older .xls files must be saved again as .xlsx.");
        var content = await ReadLimitedAsync(file, ct);
        if (content is null) return TooLarge(fileName);

        var errors = new List<ImportRowError>();
        var cells = ResourceSheetReader.Read(content, format, errors, rowsRead, ct);
        var rules = await taxonomy.HandleAsync(ct);
        var processes = new ProcessResolver(rules);
        var records = cells.Select(c => ResourceSheetRecord.Parse(c, processes, errors)).ToList();
        var sheetResources = SheetResource.Assemble(records, errors);

        var existing = await LoadStoredAsync(enterprise.Id, sheetResources, ct);
        var candidates = new List<(Resource Candidate, Resource? Stored)>(sheetResources.Count);
        foreach (var sheetResource in sheetResources)
        {
            var stored = existing.GetValueOrDefault(sheetResource.AssetNumber);
            var candidate = sheetResource.ToResource(enterprise.Id, stored?.Location ?? enterprise.Location, stored?.DataLevel ?? DataLevel.Internal);
            foreach (var (path, messages) in ResourceRules.Validate(candidate, rules))
            {
                foreach (var message in messages) errors.Add(sheetResource.Locate(path, message));
            }
            candidates.Add((candidate, stored));
        }

        if (errors.Count > 0) return RowFailure(fileName, errors);
        if (candidates.Any(c => c.Candidate.Visibility == ResourceVisibility.Published) && await gate.RequireApprovedAsync(caller, ct) is { } notApproved)
            return Failure.Forbidden(notApproved.Message + $" Until then, set {ResourceSheet.Label(SheetColumn.Visibility)} to private on every row.");

        var changes = candidates.Where(c => c.Stored is null || !SameSheetContent(c.Stored, c.Candidate)).ToList();
        var created = changes.Count(c => c.Stored is null);
        var report = new ImportReport(fileName, dryRun, cells.Count, candidates.Count, created, changes.Count - created, candidates.Count - changes.Count);
        if (dryRun) return report;

        audit.Record(caller, "resources.imported", "enterprise", enterprise.Id.ToString(), enterprise.Id,
            $"{Shorten(fileName)}: {report.Created} created, {report.Updated} updated, {report.Unchanged} unchanged ({report.Rows} rows).");
        return await SaveAsync(changes, ct) ?? (Result<ImportReport>)report;
    }

    /// <summary>
    /// Writes in chunks, clearing the change tracker between them because EF slows down markedly with tens of thousands
    /// of tracked entities: updates on freshly tracked copies (so replaced capabilities and prices are deleted), then new
    /// resources. All inside one transaction: either every resource of the sheet is stored, or none is.
    /// </summary>
    private async Task<Failure?> SaveAsync(List<(Resource Candidate, Resource? Stored)> changes, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct); // the audit entry
            db.ChangeTracker.Clear();
            foreach (var chunk in changes.Where(c => c.Stored is not null).Chunk(SaveChunkSize))
            {
                var ids = chunk.Select(c => c.Stored!.Id).ToList();
                var tracked = await db.Resources.Where(r => ids.Contains(r.Id)).AsSplitQuery().ToDictionaryAsync(r => r.Id, ct);
                foreach (var (candidate, stored) in chunk)
                {
                    // Compared against the version first read, so an edit made meanwhile is a conflict rather than lost.
                    // Returning before the commit rolls back whatever earlier chunks wrote.
                    if (!tracked.TryGetValue(stored!.Id, out var current) || current.Version != stored.Version)
                    {
                        db.ChangeTracker.Clear();
                        return ConcurrentChange;
                    }
                    Update(current, candidate, now);
                }
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }

            foreach (var chunk in changes.Where(c => c.Stored is null).Select(c => c.Candidate).Chunk(SaveChunkSize))
            {
                foreach (var resource in chunk) AddNew(resource, now);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
            await transaction.CommitAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ConcurrentChange;
        }
    }

    private void AddNew(Resource resource, DateTimeOffset now)
    {
        resource.Id = Guid.CreateVersion7();
        resource.CreatedAt = resource.UpdatedAt = now;
        resource.Version = Guid.NewGuid();
        db.Resources.Add(resource);
        db.Entry(resource).Property(ResourceModel.SearchText).CurrentValue = ResourceMapping.SearchTextOf(resource);
    }

    /// <summary>Copies what the sheet carries onto the stored resource; its calendar, idle windows, location and data level stay.</summary>
    private void Update(Resource stored, Resource sheet, DateTimeOffset now)
    {
        stored.Kind = sheet.Kind;
        stored.Name = sheet.Name;
        stored.Manufacturer = sheet.Manufacturer;
        stored.Model = sheet.Model;
        stored.Description = sheet.Description;
        stored.Visibility = sheet.Visibility;
        stored.Capabilities.Clear();
        stored.Capabilities.AddRange(sheet.Capabilities);
        stored.Prices.Clear();
        stored.Prices.AddRange(sheet.Prices);
        stored.UpdatedAt = now;
        stored.Version = Guid.NewGuid();
        db.Entry(stored).Property(ResourceModel.SearchText).CurrentValue = ResourceMapping.SearchTextOf(stored);
    }

    /// <summary>
    /// The stored resources the sheet names, as read (untracked: tracking tens of thousands of entities is slow in EF). First the enterprise's asset numbers alone (a narrow
    /// indexed read); only if the sheet names some of them, the enterprise's resources in full. Both are single queries:
    /// never one per row, and never a Contains over thousands of asset numbers, which SQLite plans poorly.
    /// </summary>
    private async Task<Dictionary<string, Resource>> LoadStoredAsync(Guid enterpriseId, List<SheetResource> sheetResources, CancellationToken ct)
    {
        var stored = await db.Resources.Where(r => r.EnterpriseId == enterpriseId).Select(r => r.AssetNumber).ToListAsync(ct);
        var named = sheetResources.Select(r => r.AssetNumber).ToHashSet(StringComparer.Ordinal);
        if (!stored.Any(named.Contains)) return new Dictionary<string, Resource>(StringComparer.Ordinal);

        var resources = await db.Resources.AsNoTracking().Where(r => r.EnterpriseId == enterpriseId).AsSplitQuery().ToListAsync(ct);
        return resources.Where(r => named.Contains(r.AssetNumber)).ToDictionary(r => r.AssetNumber, StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the sheet would change nothing the sheet carries. Capabilities keep their order (it is the order the
    /// owner lists them in); prices are a set, since the sheet may list them in another order than they were entered.
    /// </summary>
    private static bool SameSheetContent(Resource stored, Resource sheet)
    {
        // Decimals are compared by value, not scale: PostgreSQL hands back 260.0000 for the 260 the sheet says.
        static string N(decimal? value) => value is { } v ? ResourceSheet.FormatNumber(v) : "";
        static string CapabilityKey(Capability c) => string.Join('|', c.ProcessCode, N(c.EnvelopeXMm), N(c.EnvelopeYMm), N(c.EnvelopeZMm), N(c.ToleranceMm),
            string.Join('\u001f', c.Materials), N(c.MaxWeightKg), N(c.MinBatch), N(c.MaxBatch), N(c.UnitTimeMin), N(c.SetupTimeMin));
        static string PriceKey(PriceTerm p) => string.Join('|', p.Model, N(p.Rate), N(p.SetupCharge), p.Currency, p.ProcessCode);

        return stored.Kind == sheet.Kind && stored.Name == sheet.Name && stored.Manufacturer == sheet.Manufacturer
            && stored.Model == sheet.Model && stored.Description == sheet.Description && stored.Visibility == sheet.Visibility
            && stored.Capabilities.Select(CapabilityKey).SequenceEqual(sheet.Capabilities.Select(CapabilityKey))
            && stored.Prices.Select(PriceKey).Order(StringComparer.Ordinal).SequenceEqual(sheet.Prices.Select(PriceKey).Order(StringComparer.Ordinal));
    }

    private static Failure RowFailure(string fileName, List<ImportRowError> errors)
    {
        var ordered = errors.OrderBy(e => e.Row).ToList();
        var rows = ordered.Where(e => e.Row > 0).Select(e => e.Row).Distinct().Count();
        var first = string.Join(" ", ordered.Take(MaxErrorsShownInDetail).Select(e => e.ToString()));
        var more = ordered.Count > MaxErrorsShownInDetail ? $" … and {ordered.Count - MaxErrorsShownInDetail} more." : "";
        var where = rows > 0 ? $" in {rows} row{(rows == 1 ? "" : "s")}" : "";
        var dictionary = ordered.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return Failure.Validation(dictionary,
            $"Nothing was imported: {ordered.Count} problem{(ordered.Count == 1 ? "" : "s")}{where} of {fileName}. Fix them and import the file again. {first}{more}");
    }

    private static Failure TooLarge(string fileName) => Failure.Invalid(ImportRowError.FileKey,
        $"'{fileName}' is larger than {ResourceSheet.MaxFileBytes / (1024 * 1024)} MB; split it into smaller files (at most {ResourceSheet.MaxRows:N0} rows each) and import them one after the other.");

    /// <summary>The whole file, or null when it exceeds the size limit (read no further than one byte past it).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ResourceSheet.MaxFileBytes) return null;
        }
        return buffer.ToArray();
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
