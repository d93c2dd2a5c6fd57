using System.Text.Json;
using Cofab.Core.Bookings;
using Cofab.Core.Orders;
using Cofab.Core.Quotes;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Cofab.Platform.Features.Bookings;
using Cofab.Platform.Features.Ledger;
using Cofab.Platform.Features.Members;
using Cofab.Platform.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cofab.Platform.Features.Quotes;

/// <summary>
/// The demander accepts a quote. In one transaction: a booking for every scheduled operation (all or none, the database
/// refusing any overlap), one released work order per provider, the order accepted, its other quotes superseded, and
/// "quote.accepted" and "workorder.released" on the ledger. An expired quote, or one whose machine time was taken since,
/// is refused with fresh quotes to choose from. With an Idempotency-Key a repeat returns the first outcome.
/// </summary>
public sealed class AcceptQuote(AppDbContext db, BookingWriter bookings, RequestQuote offers, MemberGate gate, AuditTrail audit, LedgerWriter ledger,
    IOptions<QuoteOptions> options, TimeProvider clock)
{
    public const string Operation = "quote.accept";
    public const string ExpiredMessage = "This quote has expired; prices and free machine time change. Fresh quotes are attached: compare them and accept one.";
    public const string TakenMessage = "Machine time this quote relies on was booked by someone else meanwhile. Fresh quotes are attached: compare them and accept one.";

    public async Task<AcceptOutcome> HandleAsync(Guid quoteId, string? idempotencyKey, Caller caller, CancellationToken ct)
    {
        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > IdempotencyRecord.MaxKeyLength || idempotencyKey.Any(char.IsControl)))
            return Refused(Failure.Invalid(SubmitOrder.KeyField, $"An idempotency key is 1 to {IdempotencyRecord.MaxKeyLength} printable characters; a UUID per acceptance is ideal."));
        if (idempotencyKey is not null && await ReplayAsync(quoteId, idempotencyKey, caller, ct) is { } replayed) return replayed;
        if (await gate.RequireApprovedAsync(caller, ct) is { } notApproved) return Refused(notApproved);

        var quote = await db.Quotes.SingleOrDefaultAsync(q => q.Id == quoteId, ct);
        if (quote is null || !caller.CanRead(quote.DemanderEnterpriseId)) return Refused(Failure.NotFound($"No quote {quoteId} of yours."));
        var loaded = await OrderAccess.OwnAsync(db, quote.OrderId, caller, ct);
        if (!loaded.Succeeded) return Refused(loaded.Failure!);
        var order = loaded.Value;
        if (quote.Status == QuoteStatus.Accepted) return Refused(Failure.Conflict("This quote is already accepted; its work orders are under the order."));
        if (OrderTransitions.Check(order.Status, OrderStatus.Accepted) is { } refused) return Refused(Failure.Conflict(refused));
        if (quote.Status == QuoteStatus.Superseded)
            return Refused(Failure.Conflict("Newer quotes replaced this one; accept one of the order's current quotes."));

        var now = clock.GetUtcNow();
        if (quote.IsExpired(now) || quote.Operations.Any(o => o.Start < now)) return await WithFreshQuotesAsync(order, quote, ExpiredMessage, caller, ct);

        var outcome = await AcceptAsync(order, quote, idempotencyKey, caller, now, ct);
        if (outcome.Failure?.Message == TakenMessage) return await WithFreshQuotesAsync(order, quote, TakenMessage, caller, ct);
        // A duplicate that lost the race to the same key: the first request's outcome is its answer.
        if (outcome.Failure?.Kind == FailureKind.Conflict && idempotencyKey is not null)
        {
            db.ChangeTracker.Clear();
            if (await ReplayAsync(quoteId, idempotencyKey, caller, ct) is { } first) return first;
        }
        return new AcceptOutcome(outcome, []);
    }

    private async Task<Result<AcceptedQuote>> AcceptAsync(Order order, Quote quote, string? idempotencyKey, Caller caller, DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        var workOrders = quote.Operations.GroupBy(o => o.ProviderEnterpriseId).Select(g => new WorkOrder
        {
            Id = Guid.NewGuid(), OrderId = order.Id, QuoteId = quote.Id, ProviderEnterpriseId = g.Key, DemanderEnterpriseId = order.DemanderEnterpriseId,
            Status = WorkOrderStatus.Released, Price = g.Sum(o => o.Price), Currency = quote.Currency, Start = g.Min(o => o.Start), End = g.Max(o => o.End),
            ResponseDeadline = now.AddHours(settings.WorkOrderResponseHours), CreatedAt = now, Version = Guid.NewGuid(),
        }).ToList();
        var booked = new List<Booking>();
        foreach (var work in workOrders)
        {
            foreach (var op in quote.Operations.Where(o => o.ProviderEnterpriseId == work.ProviderEnterpriseId))
            {
                var booking = new Booking
                {
                    Id = Guid.NewGuid(), ResourceId = op.ResourceId, OwnerEnterpriseId = op.ProviderEnterpriseId, BookedByEnterpriseId = order.DemanderEnterpriseId,
                    BookedByUserId = caller.UserId, Kind = BookingKind.OrderBooking, Status = BookingStatus.Active, Start = op.Start, End = op.End,
                    WorkOrderId = work.Id, Currency = quote.Currency, Note = $"{op.PartName} step {op.Step} ({op.ProcessCode})", CreatedAt = now, Version = Guid.NewGuid(),
                };
                booked.Add(booking);
                work.Operations.Add(new WorkOrderOperation(op, booking.Id));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // Work orders first: bookings refer to them. Bookings before any ledger entry (see BookingWriter).
            db.WorkOrders.AddRange(workOrders);
            if (await bookings.AddAsync(booked, ct) is { } taken)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return taken.Message == BookingWriter.SlotTakenMessage ? Failure.Conflict(TakenMessage) : taken;
            }

            quote.Status = QuoteStatus.Accepted;
            quote.AcceptedAt = now;
            quote.Version = Guid.NewGuid();
            foreach (var other in await db.Quotes.Where(q => q.OrderId == order.Id && q.Id != quote.Id && q.Status == QuoteStatus.Open).ToListAsync(ct))
            {
                other.Status = QuoteStatus.Superseded;
                other.Version = Guid.NewGuid();
            }
            order.Status = OrderStatus.Accepted;
            order.UpdatedAt = now;
            order.Version = Guid.NewGuid();
            var result = new AcceptedQuote(quote.Id, order.Id, [.. workOrders.Select(QuoteViews.ToView)], booked.Count);
            if (idempotencyKey is not null)
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    EnterpriseId = caller.EnterpriseId, Operation = Operation, Key = idempotencyKey, SubjectId = quote.Id,
                    Result = JsonSerializer.Serialize(result, OrderModel.PartsJson), CreatedAt = now,
                });
            }

            audit.Record(caller, "quote.accepted", "quote", quote.Id.ToString(), order.DemanderEnterpriseId, $"{quote.Option}: {quote.Total} {quote.Currency}");
            await ledger.AppendAsync("quote.accepted", [order.DemanderEnterpriseId, .. workOrders.Select(w => w.ProviderEnterpriseId)], new
            {
                quoteId = quote.Id, orderId = order.Id, option = quote.Option.ToString().ToLowerInvariant(), total = quote.Total, currency = quote.Currency,
                deliveryDate = quote.DeliveryDate, acceptedBy = caller.UserId, workOrders = workOrders.Select(w => w.Id),
            }, LedgerSubjects.Order(order.Id), ct);
            foreach (var work in workOrders)
                await ledger.AppendAsync("workorder.released", [work.DemanderEnterpriseId, work.ProviderEnterpriseId], QuoteViews.LedgerPayload(work), LedgerSubjects.Order(work.OrderId), ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (DbUpdateException)
        {
            // Lost a race: the order or the quote changed, or the same key was used, at the same moment.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Failure.Conflict("The order changed at the same moment (another quote accepted, or this one already); reload its quotes.");
        }
    }

    private async Task<AcceptOutcome> WithFreshQuotesAsync(Order order, Quote refused, string message, Caller caller, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await db.Orders.SingleAsync(o => o.Id == order.Id, ct);
        var fresh = await offers.OfferAsync(current, caller, ct);
        if (!fresh.Succeeded) return Refused(Failure.Conflict($"{message.Split(". ")[0]}. No fresh quote could be computed: {fresh.Failure!.Message}"));
        var now = clock.GetUtcNow();
        var views = fresh.Value.Select(q => QuoteViews.ToView(q, now)).OrderBy(q => q.Option != refused.Option).ToList();
        return new AcceptOutcome(Failure.Conflict(message), views);
    }

    private async Task<AcceptOutcome?> ReplayAsync(Guid quoteId, string key, Caller caller, CancellationToken ct)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.EnterpriseId == caller.EnterpriseId && r.Operation == Operation && r.Key == key, ct);
        if (record is null) return null;
        if (record.SubjectId != quoteId)
            return Refused(Failure.Conflict($"This Idempotency-Key was already used to accept quote {record.SubjectId}; send a new key for each acceptance."));
        return new AcceptOutcome(JsonSerializer.Deserialize<AcceptedQuote>(record.Result, OrderModel.PartsJson)!, [], Replayed: true);
    }

    private static AcceptOutcome Refused(Failure failure) => new(failure, []);
}
