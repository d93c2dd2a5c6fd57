namespace Cofab.Core.Bookings;

/// <summary>
/// A span of one resource's time, [<see cref="Start"/>, <see cref="End"/>) in UTC. Two active bookings of one resource
/// never overlap: the database enforces it (exclusion constraint on PostgreSQL, trigger on SQLite), not this class.
/// </summary>
public sealed class Booking
{
    public Guid Id { get; set; }
    public Guid ResourceId { get; set; }

    /// <summary>The resource's owner, kept on the booking so the owner's calendar is one indexed query.</summary>
    public Guid OwnerEnterpriseId { get; set; }

    /// <summary>Who took the time: the demander for a direct or order booking, the owner for a block.</summary>
    public Guid BookedByEnterpriseId { get; set; }

    public Guid BookedByUserId { get; set; }
    public BookingKind Kind { get; set; }
    public BookingStatus Status { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }

    /// <summary>The work order an order booking serves; set once work orders exist.</summary>
    public Guid? WorkOrderId { get; set; }

    /// <summary>What a direct booking costs the booker; null for blocks and order bookings (priced in the quote).</summary>
    public decimal? Price { get; set; }

    public string? Currency { get; set; }
    public string? Note { get; set; }

    /// <summary>The client's Idempotency-Key, unique per booking enterprise: a retried request returns this booking.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public Guid? CancelledByEnterpriseId { get; set; }
    public string? CancellationReason { get; set; }

    /// <summary>What the booker owes for cancelling late; zero when free or when the provider cancelled.</summary>
    public decimal? CancellationFee { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; }

    public TimeSpan Duration => End - Start;
}

public enum BookingKind
{
    /// <summary>Booked when a quote is accepted; belongs to a work order.</summary>
    OrderBooking = 0,

    /// <summary>A demander rents machine or instrument time by the hour, without an order (共享工厂).</summary>
    DirectBooking = 1,

    /// <summary>The owner takes the time off the market (own work, maintenance).</summary>
    ProviderBlock = 2,
}

/// <summary>Stored as an integer; the overlap guard in the database tests <c>Status = 0</c> (Active).</summary>
public enum BookingStatus
{
    Active = 0,
    Cancelled = 1,
}
