using Cofab.Core.Validation;
using Cofab.Core.Resources;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Resources;

/// <summary>Register, change and retire a resource of the caller's own enterprise.</summary>
public sealed class SaveResource(AppDbContext db, GetTaxonomy taxonomy, MemberGate gate, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<ResourceView>> CreateAsync(ResourceInput input, Caller caller, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == caller.EnterpriseId, ct);
        if (enterprise is null) return Failure.Forbidden("Your enterprise is not registered on the platform.");
        if (!caller.IsProvider && !caller.IsOperator) return Failure.Forbidden("Only providers register resources; ask the operator to add the provider role.");

        var now = clock.GetUtcNow();
        var resource = new Resource { Id = Guid.CreateVersion7(), EnterpriseId = enterprise.Id, Name = "", AssetNumber = "", CreatedAt = now };
        ResourceMapping.Apply(resource, input, enterprise.Location);
        var failure = await CheckAsync(resource, caller, ct);
        if (failure is not null) return failure;

        resource.UpdatedAt = now;
        resource.Version = Guid.NewGuid();
        db.Resources.Add(resource);
        db.Entry(resource).Property(ResourceModel.SearchText).CurrentValue = ResourceMapping.SearchTextOf(resource);
        audit.Record(caller, "resource.created", "resource", resource.Id.ToString(), resource.EnterpriseId);
        await db.SaveChangesAsync(ct);
        return ResourceMapping.ToView(resource, enterprise.Name, isOwnerOrOperator: true);
    }

    public async Task<Result<ResourceView>> UpdateAsync(Guid id, ResourceInput input, Caller caller, CancellationToken ct)
    {
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (resource is null || !caller.CanManage(resource.EnterpriseId)) return Failure.NotFound($"No resource {id} of yours.");
        if (input.Version is null) return Failure.Invalid("version", "Send the version you read, so a concurrent change is not overwritten.");
        if (input.Version != resource.Version) return Failure.Conflict("Someone changed this resource since you opened it; reload it and make your change again.");
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == resource.EnterpriseId, ct);

        ResourceMapping.Apply(resource, input, enterprise.Location);
        var failure = await CheckAsync(resource, caller, ct);
        if (failure is not null) return failure;

        resource.UpdatedAt = clock.GetUtcNow();
        resource.Version = Guid.NewGuid();
        db.Entry(resource).Property(ResourceModel.SearchText).CurrentValue = ResourceMapping.SearchTextOf(resource);
        audit.Record(caller, "resource.updated", "resource", resource.Id.ToString(), resource.EnterpriseId);
        if (await db.SaveOrConflictAsync("Someone changed this resource at the same moment; reload it and make your change again.", ct) is { } conflict) return conflict;
        return ResourceMapping.ToView(resource, enterprise.Name, isOwnerOrOperator: true);
    }

    public async Task<Result<bool>> DeleteAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var resource = await db.Resources.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (resource is null || !caller.CanManage(resource.EnterpriseId)) return Failure.NotFound($"No resource {id} of yours.");
        db.Resources.Remove(resource);
        audit.Record(caller, "resource.deleted", "resource", resource.Id.ToString(), resource.EnterpriseId, resource.Name);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Field rules first (all of them, so the form shows every problem at once), then the facts that need the database.</summary>
    internal async Task<Failure?> CheckAsync(Resource resource, Caller caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddRange(ResourceRules.Validate(resource, await taxonomy.HandleAsync(ct)));
        if (resource.CalendarId is { } calendarId
            && !await db.Calendars.AnyAsync(c => c.Id == calendarId && c.EnterpriseId == resource.EnterpriseId, ct))
            errors.Add("calendarId", "That calendar is not one of your enterprise's site calendars.");
        if (resource.AssetNumber.Length > 0
            && await db.Resources.AnyAsync(r => r.EnterpriseId == resource.EnterpriseId && r.AssetNumber == resource.AssetNumber && r.Id != resource.Id, ct))
            errors.Add("assetNumber", $"Asset number {resource.AssetNumber} is already used by another of your resources.");
        if (errors.Any) return Failure.Validation(errors.ToDictionary());
        if (resource.Visibility == ResourceVisibility.Published && await gate.RequireApprovedAsync(caller, ct) is { } notApproved)
            return Failure.Forbidden(notApproved.Message + " Until then, keep the resource private.");
        return null;
    }
}
