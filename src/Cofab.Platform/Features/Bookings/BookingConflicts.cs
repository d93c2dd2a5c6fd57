using Cofab.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cofab.Platform.Features.Bookings;

/// <summary>Recognises the database's refusals that are expected outcomes of a booking race, not bugs.</summary>
internal static class BookingConflicts
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;

    /// <summary>The overlap guard (exclusion constraint or trigger, see <see cref="BookingSchema"/>) refused the write.</summary>
    public static bool IsOverlap(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ExclusionViolation && pg.ConstraintName == BookingSchema.ExclusionConstraint,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains(BookingSchema.OverlapMessage, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Another request with the same Idempotency-Key of the same enterprise committed first.</summary>
    public static bool IsDuplicateIdempotencyKey(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation && pg.ConstraintName == BookingModel.IdempotencyIndex,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique
            && sqlite.Message.Contains($"{BookingSchema.Table}.IdempotencyKey", StringComparison.Ordinal),
        _ => false,
    };
}
