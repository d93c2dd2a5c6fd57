namespace Cofab.Platform.Features.Orders;

/// <summary>The bytes of a drawing, in their own table so order and drawing lists never load them.</summary>
public sealed class DrawingContent
{
    public Guid DrawingId { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>
/// The first outcome of a request sent with an Idempotency-Key. The unique index on (enterprise, operation, key) makes a
/// second concurrent request fail to insert, after which it replays this outcome instead of acting twice.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 100;

    public long Id { get; set; }
    public Guid EnterpriseId { get; set; }

    /// <summary>What the key was used for, e.g. <c>order.submit</c>; one key may serve different operations.</summary>
    public required string Operation { get; set; }

    public required string Key { get; set; }

    /// <summary>The order the request acted on; a key reused for another order is refused.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>The response of the first request, as JSON.</summary>
    public required string Result { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
