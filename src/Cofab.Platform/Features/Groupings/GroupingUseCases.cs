using Cofab.Core.Validation;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Groupings;

public sealed record GroupingInput(GroupingKind Kind, string Name, string NameZh, string DivisionCode, string? Industry, Guid? ParentId);

/// <summary>Regions, clusters and parks: public to every member, kept by the operator.</summary>
public sealed class ListGroupings(AppDbContext db)
{
    public async Task<IReadOnlyList<Grouping>> HandleAsync(GroupingKind? kind, CancellationToken ct)
    {
        var groupings = db.Groupings.AsNoTracking();
        if (kind is { } k) groupings = groupings.Where(g => g.Kind == k);
        return await groupings.OrderBy(g => g.Kind).ThenBy(g => g.DivisionCode).ThenBy(g => g.Name).ToListAsync(ct);
    }
}

public sealed class CreateGrouping(AppDbContext db)
{
    public async Task<Result<Grouping>> HandleAsync(GroupingInput input, Caller caller, CancellationToken ct)
    {
        if (!caller.IsOperator) return Failure.Forbidden("Only the platform operator can define regions, clusters and parks.");
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200) errors.Add("name", "Give an English name (at most 200 characters).");
        if (string.IsNullOrWhiteSpace(input.NameZh) || input.NameZh.Length > 200) errors.Add("nameZh", "Give a Chinese name (at most 200 characters).");
        if (!DivisionCode.TryValidate(input.DivisionCode, out var divisionError)) errors.Add("divisionCode", divisionError!);
        if (input.ParentId is { } parent && !await db.Groupings.AnyAsync(g => g.Id == parent, ct)) errors.Add("parentId", "The parent grouping does not exist.");
        if (errors.Any) return Failure.Validation(errors.ToDictionary());
        var grouping = new Grouping
        {
            Id = Guid.CreateVersion7(),
            Kind = input.Kind,
            Name = input.Name.Trim(),
            NameZh = input.NameZh.Trim(),
            DivisionCode = input.DivisionCode,
            Industry = input.Industry?.Trim(),
            ParentId = input.ParentId,
        };
        db.Groupings.Add(grouping);
        await db.SaveChangesAsync(ct);
        return grouping;
    }
}

public static class GroupingUseCases
{
    public static IServiceCollection AddGroupingUseCases(this IServiceCollection services) => services
        .AddScoped<ListGroupings>()
        .AddScoped<CreateGrouping>();
}
