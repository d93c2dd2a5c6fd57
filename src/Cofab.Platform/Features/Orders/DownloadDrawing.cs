using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Features.Orders;

/// <summary>
/// Opens a drawing for those <see cref="DrawingAccess.MayOpen"/> allows; anyone else is told it does not exist. Every
/// opening of a sensitive or important drawing is recorded in the audit trail and appended to the verifiable ledger
/// before the bytes are handed out.
/// </summary>
public sealed class DownloadDrawing(AppDbContext db, AuditTrail audit, LedgerWriter ledger)
{
    public async Task<Result<DrawingFile>> HandleAsync(Guid orderId, Guid drawingId, Caller caller, CancellationToken ct)
    {
        var notFound = Failure.NotFound($"No drawing {drawingId} on an order of yours.");
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.Id, o.DemanderEnterpriseId }).SingleOrDefaultAsync(ct);
        if (order is null) return notFound;
        var assigned = await OrderAccess.AssignedProviderEnterprisesAsync(db, order.Id, ct);
        if (!DrawingAccess.MayOpen(caller.EnterpriseId, caller.IsOperator, order.DemanderEnterpriseId, assigned)) return notFound;
        var drawing = await db.OrderDrawings.AsNoTracking().SingleOrDefaultAsync(d => d.Id == drawingId && d.OrderId == order.Id, ct);
        if (drawing is null) return notFound;

        if (DrawingAccess.OpeningIsRecorded(drawing.Classification))
        {
            var classification = drawing.Classification.ToString().ToLowerInvariant();
            audit.Record(caller, "drawing.opened", "drawing", drawing.Id.ToString(), order.DemanderEnterpriseId,
                $"{drawing.FileName} ({classification}, sha256 {drawing.Sha256})");
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ledger.AppendAsync("drawing.opened", [order.DemanderEnterpriseId, caller.EnterpriseId], new
            {
                orderId = order.Id,
                drawingId = drawing.Id,
                sha256 = drawing.Sha256,
                classification,
                openedBy = caller.UserId,
                openedByEnterpriseId = caller.EnterpriseId,
            }, LedgerSubjects.Order(order.Id), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        var content = await db.DrawingContents.AsNoTracking().Where(c => c.DrawingId == drawing.Id).Select(c => c.Content).SingleAsync(ct);
        return new DrawingFile(drawing.FileName, drawing.ContentType, content, drawing.Sha256);
    }
}
