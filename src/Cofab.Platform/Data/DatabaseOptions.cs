using System.ComponentModel.DataAnnotations;

namespace Cofab.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Bound from the <c>Database</c> section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty on SQLite means <c>Data Source={DataDirectory}/cofab.db</c>. Required on PostgreSQL.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the platform keeps its files: the SQLite database and the signing keys.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations when the web host starts (the embedded default does).</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString)) return ConnectionString;
        var directory = Path.GetFullPath(DataDirectory, contentRoot);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "cofab.db")}";
    }
}
