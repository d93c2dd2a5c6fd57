using System.Security.Cryptography;
using Cofab.Core.Orders;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Orders;

/// <summary>The demander attaches a drawing to its order, classified so that later openings can be controlled and recorded.</summary>
public sealed class UploadDrawing(AppDbContext db, AuditTrail audit, IOptions<OrderOptions> options, TimeProvider clock)
{
    public const string FileField = "file";

    public long MaxBytes => options.Value.MaxDrawingBytes;

    public async Task<Result<DrawingView>> HandleAsync(
        Guid orderId, Stream content, string? fileName, string? contentType, DataClassification? classification, Caller caller, CancellationToken ct)
    {
        var loaded = await OrderAccess.OwnAsync(db, orderId, caller, ct);
        if (!loaded.Succeeded) return loaded.Failure!;
        var order = loaded.Value;
        if (order.Status is OrderStatus.Withdrawn or OrderStatus.Completed)
            return Failure.Conflict($"The order is {order.Status.ToString().ToLowerInvariant()}; drawings can no longer be added.");
        if (classification is null)
            return Failure.Invalid("classification", "Classify the drawing: public, internal, sensitive or important. Sensitive and important drawings are opened on record.");
        var name = Path.GetFileName(fileName?.Trim() ?? "");
        if (name.Length is 0 or > DrawingAccess.MaxFileNameLength)
            return Failure.Invalid(FileField, $"The file needs a name of at most {DrawingAccess.MaxFileNameLength} characters.");

        var bytes = await ReadAtMostAsync(content, MaxBytes, ct);
        if (bytes is null) return Failure.Invalid(FileField, $"'{name}' is larger than {MaxBytes / (1024 * 1024)} MB; compress it or split it into several drawings.");
        if (bytes.Length == 0) return Failure.Invalid(FileField, $"'{name}' is empty; attach the drawing file itself.");

        var drawing = new OrderDrawing
        {
            Id = Guid.CreateVersion7(), OrderId = order.Id, FileName = name,
            ContentType = string.IsNullOrWhiteSpace(contentType) || contentType.Length > DrawingAccess.MaxContentTypeLength ? "application/octet-stream" : contentType,
            SizeBytes = bytes.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Classification = classification.Value,
            UploadedAt = clock.GetUtcNow(), UploadedBy = caller.UserId,
        };
        db.OrderDrawings.Add(drawing);
        db.DrawingContents.Add(new DrawingContent { DrawingId = drawing.Id, Content = bytes });
        audit.Record(caller, "drawing.uploaded", "drawing", drawing.Id.ToString(), order.DemanderEnterpriseId,
            $"{name} ({drawing.Classification.ToString().ToLowerInvariant()}, sha256 {drawing.Sha256})");
        await db.SaveChangesAsync(ct);
        return OrderMapping.ToView(drawing);
    }

    /// <summary>The content, or null when it exceeds <paramref name="limit"/> (read no further than one byte past it).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return null;
        }

        return buffer.ToArray();
    }
}
