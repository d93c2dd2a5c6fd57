using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cofab.Platform.Data;

/// <summary>
/// MIGRATION SQL THAT EF CANNOT MODEL — call <see cref="CreateOverlapGuard"/> at the end of the migration's Up (after the
/// Bookings table exists) and <see cref="DropOverlapGuard"/> at the start of Down, in every regenerated migration.
/// <para>
/// The guarantee: two Active bookings of one resource never overlap, whatever the application does and however many
/// transactions race. Slots are half-open [start, end), so back-to-back bookings are allowed.
/// </para>
/// <list type="bullet">
/// <item>PostgreSQL: an exclusion constraint over (ResourceId =, tstzrange(Start, End, '[)') &amp;&amp;) for Status = 0
/// (Active), which needs btree_gist for the uuid equality. Npgsql stores DateTimeOffset as timestamptz (UTC), so the range
/// is over instants. A concurrent inserter of a conflicting row waits for the first transaction and then fails with
/// SQLSTATE 23P01.</item>
/// <item>SQLite: BEFORE INSERT / UPDATE triggers that RAISE(ABORT) with <see cref="OverlapMessage"/>. SQLite has one
/// writer at a time and the platform begins write transactions with BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default for
/// BeginTransaction), so the trigger's read happens under the write lock and no other writer can slip in between. Times
/// are stored as UTC ticks (see SqliteAppDbContext), which compare exactly.</item>
/// </list>
/// </summary>
public static class BookingSchema
{
    public const string Table = "Bookings";
    public const string ExclusionConstraint = "EX_Bookings_NoOverlap";
    public const string OverlapMessage = "booking_overlap: an active booking of this resource already covers part of this time";

    private const string InsertTrigger = "TR_Bookings_NoOverlap_Insert";
    private const string UpdateTrigger = "TR_Bookings_NoOverlap_Update";

    public static void CreateOverlapGuard(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql($"""
                ALTER TABLE "{Table}" ADD CONSTRAINT "{ExclusionConstraint}"
                EXCLUDE USING gist ("ResourceId" WITH =, tstzrange("Start", "End", '[)') WITH &&) WHERE ("Status" = 0);
                """);
        }
        else if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql(SqliteTrigger(InsertTrigger, "INSERT", ""));
            migrationBuilder.Sql(SqliteTrigger(UpdateTrigger, "UPDATE OF \"ResourceId\", \"Start\", \"End\", \"Status\"", "AND b.\"Id\" <> NEW.\"Id\""));
        }
        else
        {
            throw new NotSupportedException($"No booking overlap guard for {migrationBuilder.ActiveProvider}.");
        }
    }

    public static void DropOverlapGuard(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.IsNpgsql())
        {
            migrationBuilder.Sql($"ALTER TABLE \"{Table}\" DROP CONSTRAINT IF EXISTS \"{ExclusionConstraint}\";");
        }
        else if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{InsertTrigger}\";");
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{UpdateTrigger}\";");
        }
    }

    private static string SqliteTrigger(string name, string operation, string notItself) => $"""
        CREATE TRIGGER "{name}" BEFORE {operation} ON "{Table}"
        WHEN NEW."Status" = 0
        BEGIN
            SELECT RAISE(ABORT, '{OverlapMessage}')
            WHERE EXISTS (
                SELECT 1 FROM "{Table}" AS b
                WHERE b."ResourceId" = NEW."ResourceId" AND b."Status" = 0 {notItself}
                  AND b."Start" < NEW."End" AND NEW."Start" < b."End");
        END;
        """;
}
