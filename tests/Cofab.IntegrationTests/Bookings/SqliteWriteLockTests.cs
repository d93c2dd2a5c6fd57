using Cofab.IntegrationTests.Support;
using Cofab.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.IntegrationTests.Bookings;

/// <summary>
/// The SQLite overlap trigger is race-free only if a booking transaction holds the write lock before it reads, i.e. the
/// platform's transactions begin IMMEDIATE, not DEFERRED. This pins that down.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class SqliteWriteLockTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_platform_transaction_takes_the_write_lock_when_it_begins()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var other = new SqliteConnection(new SqliteConnectionStringBuilder(app.ConnectionString) { DefaultTimeout = 1, Pooling = false }.ToString());
        await other.OpenAsync(Ct);

        await using (var transaction = await db.Database.BeginTransactionAsync(Ct))
        {
            await using var write = new SqliteCommand("BEGIN IMMEDIATE", other);
            var busy = await Assert.ThrowsAsync<SqliteException>(() => write.ExecuteNonQueryAsync(Ct));
            Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY: the platform's transaction holds the lock
            await transaction.RollbackAsync(Ct);
        }

        await using var afterwards = new SqliteCommand("BEGIN IMMEDIATE; ROLLBACK;", other);
        await afterwards.ExecuteNonQueryAsync(Ct);
    }
}
