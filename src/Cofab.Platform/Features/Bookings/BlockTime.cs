using Cofab.Core.Bookings;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Members;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Bookings;

/// <summary>
/// The owner takes time off the market (own work, maintenance). A block may lie outside shifts and idle windows, but it
/// cannot cover time already booked: the customer's booking stands until the owner cancels it, with a reason.
/// </summary>
public sealed class BlockTime(AppDbContext db, MemberGate gate, BookingWriter writer, AuditTrail audit, IOptions<BookingPolicy> policy, TimeProvider clock)
{
    public async Task<Result<BookingView>> HandleAsync(Guid resourceId, BlockTimeInput input, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var found = await BookableResources.FindAsync(db, gate, resourceId, caller, ct);
        if (!found.Succeeded || !found.Value.Managed) return Failure.NotFound($"No resource {resourceId} of yours.");
        var resource = found.Value.Resource;
        if (BookingViews.CheckNote(input.Note) is { } badNote) return badNote;
        var errors = BookingRules.ValidateSlot(input.Start, input.End, clock.GetUtcNow(), policy.Value, availability: null);
        if (errors.Count > 0) return Failure.Validation(errors);

        var block = BookingViews.NewActive(resource, caller, BookingKind.ProviderBlock, input.Start, input.End, input.Note, clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await writer.AddAsync([block], ct) is not null)
            return Failure.Conflict("Part of this time is already booked; cancel those bookings (with a reason for your customer) or block around them.");
        audit.Record(caller, "booking.blocked", "booking", block.Id.ToString(), resource.EnterpriseId, input.Note);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return BookingViews.ToView(block, resource.Name);
    }
}
