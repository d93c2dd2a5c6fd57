using Cofab.Core.Validation;
using Cofab.Core.Taxonomy;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Taxonomy;

public sealed record ProcessNodeInput(string Code, string? ParentCode, string NameEn, string NameZh, CapabilityParameters Parameters);

/// <summary>The capability taxonomy as the operator keeps it in the database (seeded from <see cref="CapabilityTaxonomy.Default"/>).</summary>
public sealed class GetTaxonomy(AppDbContext db)
{
    public async Task<CapabilityTaxonomy> HandleAsync(CancellationToken ct) =>
        new(await db.ProcessNodes.AsNoTracking().OrderBy(n => n.SortOrder).ThenBy(n => n.Code).ToListAsync(ct));
}

public sealed class AddProcessNode(AppDbContext db)
{
    public async Task<Result<ProcessNode>> HandleAsync(ProcessNodeInput input, Caller caller, CancellationToken ct)
    {
        if (!caller.IsOperator) return Failure.Forbidden("Only the platform operator can extend the capability taxonomy.");
        var errors = new FieldErrors();
        var code = input.Code?.Trim().ToLowerInvariant() ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(code, "^[a-z0-9-]+(\\.[a-z0-9-]+)*$"))
            errors.Add("code", "A process code is dotted lower-case words, e.g. machining.milling.5axis.");
        if (string.IsNullOrWhiteSpace(input.NameEn)) errors.Add("nameEn", "Give the English name.");
        if (string.IsNullOrWhiteSpace(input.NameZh)) errors.Add("nameZh", "Give the Chinese name.");
        var expectedParent = code.Contains('.', StringComparison.Ordinal) ? code[..code.LastIndexOf('.')] : null;
        if (input.ParentCode != expectedParent)
            errors.Add("parentCode", expectedParent is null ? "A top-level process has no parent." : $"The parent of {code} must be {expectedParent}.");
        else if (expectedParent is not null && !await db.ProcessNodes.AnyAsync(n => n.Code == expectedParent, ct))
            errors.Add("parentCode", $"The parent process {expectedParent} does not exist.");
        if (errors.Any) return Failure.Validation(errors.ToDictionary());
        if (await db.ProcessNodes.AnyAsync(n => n.Code == code, ct)) return Failure.Conflict($"The process {code} already exists.");
        var sortOrder = await db.ProcessNodes.MaxAsync(n => (int?)n.SortOrder, ct) ?? 0;
        var node = new ProcessNode
        {
            Code = code, ParentCode = expectedParent, NameEn = input.NameEn.Trim(), NameZh = input.NameZh.Trim(),
            Parameters = input.Parameters, SortOrder = sortOrder + 1,
        };
        db.ProcessNodes.Add(node);
        await db.SaveChangesAsync(ct);
        return node;
    }
}

public static class TaxonomyUseCases
{
    public static IServiceCollection AddTaxonomyUseCases(this IServiceCollection services) => services
        .AddScoped<GetTaxonomy>()
        .AddScoped<AddProcessNode>();
}
