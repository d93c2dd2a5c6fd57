using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Resources;

/// <summary>
/// An enterprise's resources in the import layout (<see cref="ResourceSheet"/>), so a factory can edit its list in
/// Excel and import it back: an unedited export re-imports without errors and changes nothing.
/// </summary>
public sealed class ExportResources(AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    /// <param name="enterpriseId">Whose resources; null for the caller's own. Only the operator may name another enterprise.</param>
    public async Task<Result<SpreadsheetFile>> HandleAsync(SheetFormat format, Guid? enterpriseId, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!Enum.IsDefined(format)) return Failure.Invalid("format", "Choose the format xlsx or csv.");
        var target = enterpriseId ?? caller.EnterpriseId;
        if (target != caller.EnterpriseId && !caller.IsOperator)
            return Failure.Forbidden("You can export only your own enterprise's resources.");

        var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == target)
            .Select(e => new { e.Id, e.CreditCode }).SingleOrDefaultAsync(ct);
        if (enterprise is null) return Failure.NotFound($"No enterprise {target} is registered on the platform.");

        var resources = await db.Resources.AsNoTracking()
            .Where(r => r.EnterpriseId == target)
            .OrderBy(r => r.AssetNumber)
            .AsSplitQuery()
            .ToListAsync(ct);
        var rows = resources.Count > 0 ? ResourceSheetWriter.Rows(resources, format) : ResourceSheetWriter.HeaderOnly();
        var content = ResourceSheetWriter.Save(new Dictionary<string, object> { [ResourceSheet.DataSheetName] = rows }, format);

        // The operator reading a member's full list (asset numbers, private resources) is a read of private data.
        if (target != caller.EnterpriseId)
        {
            audit.Record(caller, "resources.exported", "enterprise", target.ToString(), target, $"{resources.Count} resources as {format}.");
            await db.SaveChangesAsync(ct);
        }

        var fileName = $"resources-{enterprise.CreditCode}-{clock.GetUtcNow():yyyyMMdd}{ResourceSheet.ExtensionOf(format)}";
        return new SpreadsheetFile(fileName, ResourceSheet.ContentTypeOf(format), content);
    }
}

/// <summary>
/// The import template: the header row with two example rows, a bilingual guide to every column, and the processes of
/// this platform's taxonomy (which the operator may have extended) to pick from.
/// </summary>
public sealed class GetImportTemplate(GetTaxonomy taxonomy)
{
    public const string FileName = "cofab-resources-template.xlsx";

    public async Task<SpreadsheetFile> HandleAsync(CancellationToken ct)
    {
        var sheets = new Dictionary<string, object>
        {
            [ResourceSheet.DataSheetName] = ResourceSheetWriter.Rows(ResourceSheetGuide.ExampleResources(), SheetFormat.Xlsx),
            [ResourceSheet.GuideSheetName] = ResourceSheetGuide.GuideRows(),
            [ResourceSheet.ProcessSheetName] = ResourceSheetGuide.ProcessRows(await taxonomy.HandleAsync(ct)),
        };
        return new SpreadsheetFile(FileName, ResourceSheet.XlsxContentType, ResourceSheetWriter.Save(sheets, SheetFormat.Xlsx));
    }
}
