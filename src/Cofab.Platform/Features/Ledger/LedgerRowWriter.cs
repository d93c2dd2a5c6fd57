using System.Data.Common;
using Cofab.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Cofab.Platform.Features.Ledger;

/// <summary>
/// Writes many ledger rows inside the current transaction without the change tracker, which costs far more than the
/// rows themselves in a bulk append. Table names, column names and value conversions (SQLite stores times as UTC ticks)
/// come from the EF model, so the rows are exactly those <c>SaveChanges</c> would write.
/// </summary>
internal static class LedgerRowWriter
{
    private sealed record Column<T>(string Property, NpgsqlDbType PostgresType, Func<T, object?> Value);

    private static readonly Column<LedgerEntry>[] EntryColumns =
    [
        new(nameof(LedgerEntry.Index), NpgsqlDbType.Bigint, e => e.Index),
        new(nameof(LedgerEntry.Type), NpgsqlDbType.Varchar, e => e.Type),
        new(nameof(LedgerEntry.At), NpgsqlDbType.TimestampTz, e => e.At),
        new(nameof(LedgerEntry.Parties), NpgsqlDbType.Varchar, e => e.Parties),
        new(nameof(LedgerEntry.Payload), NpgsqlDbType.Text, e => e.Payload),
        new(nameof(LedgerEntry.LeafHash), NpgsqlDbType.Bytea, e => e.LeafHash),
        new(nameof(LedgerEntry.Subject), NpgsqlDbType.Varchar, e => e.Subject),
    ];

    private static readonly Column<LedgerNode>[] NodeColumns =
    [
        new(nameof(LedgerNode.Level), NpgsqlDbType.Integer, n => n.Level),
        new(nameof(LedgerNode.Index), NpgsqlDbType.Bigint, n => n.Index),
        new(nameof(LedgerNode.Hash), NpgsqlDbType.Bytea, n => n.Hash),
    ];

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<LedgerEntry> entries, IReadOnlyList<LedgerNode> nodes, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Ledger rows are written inside the caller's transaction: begin one first.");
        await WriteAsync(db, transaction, EntryColumns, entries, ct);
        await WriteAsync(db, transaction, NodeColumns, nodes, ct);
    }

    private static async Task WriteAsync<T>(AppDbContext db, DbTransaction transaction, Column<T>[] columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        var table = Describe(db, columns);
        if (transaction.Connection is NpgsqlConnection postgres) await CopyAsync(postgres, table, columns, rows, ct);
        else await InsertAsync(transaction, table, columns, rows, ct);
    }

    // Binary COPY joins the connection's open transaction like any other statement.
    private static async Task CopyAsync<T>(NpgsqlConnection connection, TableShape table, Column<T>[] columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.Columns)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var c = 0; c < columns.Length; c++)
            {
                var value = table.ToProvider(c, columns[c].Value(row));
                if (value is null) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(value, columns[c].PostgresType, ct);
            }
        }
        await importer.CompleteAsync(ct);
    }

    // SQLite has no COPY; one prepared statement re-bound per row skips parsing and the change tracker.
    private static async Task InsertAsync<T>(DbTransaction transaction, TableShape table, Column<T>[] columns, IReadOnlyList<T> rows, CancellationToken ct)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var parameters = new DbParameter[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            parameters[c] = command.CreateParameter();
            parameters[c].ParameterName = $"@p{c}";
            command.Parameters.Add(parameters[c]);
        }
        command.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns)}) VALUES ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Length; c++) parameters[c].Value = table.ToProvider(c, columns[c].Value(row)) ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static TableShape Describe<T>(AppDbContext db, Column<T>[] columns)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var tableName = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = columns.Select(c => entity.FindProperty(c.Property)
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{c.Property} is not in the model.")).ToList();
        return new TableShape(
            sql.DelimitIdentifier(tableName, entity.GetSchema()),
            properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(store) ?? p.Name)).ToList(),
            properties.Select(p => p.GetTypeMapping().Converter).ToList());
    }

    private sealed record TableShape(string Name, IReadOnlyList<string> Columns, IReadOnlyList<Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter?> Converters)
    {
        public object? ToProvider(int column, object? value) =>
            value is null ? null : Converters[column] is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
