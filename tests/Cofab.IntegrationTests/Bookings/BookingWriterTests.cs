using Cofab.Core.Bookings;
using Cofab.IntegrationTests.Support;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Bookings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Cofab.IntegrationTests.Bookings.BookingApi;

namespace Cofab.IntegrationTests.Bookings;

/// <summary>The seam quote acceptance uses: several machines booked in the caller's transaction, all or nothing.</summary>
public abstract class BookingWriterTests(CofabApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Booking OrderBooking(Guid resource, Guid owner, Guid demander, DateTimeOffset start, DateTimeOffset end) => new()
    {
        Id = Guid.CreateVersion7(), ResourceId = resource, OwnerEnterpriseId = owner, BookedByEnterpriseId = demander, BookedByUserId = Guid.NewGuid(),
        Kind = BookingKind.OrderBooking, Status = BookingStatus.Active, Start = start, End = end, CreatedAt = DateTimeOffset.UtcNow, Version = Guid.NewGuid(),
    };

    private async Task<(Failure? Failure, int Stored, int Ledgered)> AcceptAsync(params Booking[] bookings)
    {
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<BookingWriter>();
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            var failure = await writer.AddAsync(bookings, Ct);
            if (failure is not null)
            {
                await transaction.RollbackAsync(Ct);
            }
            else
            {
                await db.SaveChangesAsync(Ct);
                await transaction.CommitAsync(Ct);
            }
            await using var check = app.Factory.Services.CreateAsyncScope();
            var read = check.ServiceProvider.GetRequiredService<AppDbContext>();
            var ids = bookings.Select(b => b.Id).ToList();
            var stored = await read.Bookings.CountAsync(b => ids.Contains(b.Id), Ct);
            var payloads = await read.LedgerEntries.AsNoTracking().Where(e => e.Type == "booking.made").Select(e => e.Payload).ToListAsync(Ct);
            return (failure, stored, ids.Count(id => payloads.Any(p => p.Contains(id.ToString(), StringComparison.Ordinal))));
        }
    }

    [Fact]
    public async Task Several_machines_are_booked_together_or_not_at_all()
    {
        var owner = await Api.MemberAsync(app);
        var demander = await Api.MemberAsync(app, ["demander"]);
        var mill = await MachineAsync(owner.Client, Ct);
        var lathe = await MachineAsync(owner.Client, Ct);
        var start = DayAhead(15);

        var accepted = await AcceptAsync(
            OrderBooking(mill, owner.EnterpriseId, demander.EnterpriseId, start, start.AddHours(4)),
            OrderBooking(lathe, owner.EnterpriseId, demander.EnterpriseId, start.AddHours(4), start.AddHours(6)));
        Assert.Null(accepted.Failure);
        Assert.Equal(2, accepted.Stored);
        Assert.Equal(2, accepted.Ledgered);

        // The second quote's lathe slot is free, its mill slot is not: nothing of it may stay.
        var refused = await AcceptAsync(
            OrderBooking(lathe, owner.EnterpriseId, demander.EnterpriseId, start.AddHours(8), start.AddHours(9)),
            OrderBooking(mill, owner.EnterpriseId, demander.EnterpriseId, start.AddHours(3), start.AddHours(5)));
        Assert.Equal(FailureKind.Conflict, refused.Failure?.Kind);
        Assert.Equal(0, refused.Stored);
        Assert.Equal(0, refused.Ledgered);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BookingWriterTestsOnSqlite(SqliteApp app) : BookingWriterTests(app);

[Collection(PostgresCollection.Name)]
public sealed class BookingWriterTestsOnPostgres(PostgresApp app) : BookingWriterTests(app);
