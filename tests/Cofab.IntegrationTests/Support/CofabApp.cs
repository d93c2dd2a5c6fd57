using Cofab.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Cofab.IntegrationTests.Support;

/// <summary>
/// The real web host (every middleware, the real database) on one provider. One instance serves a whole
/// test collection; tests keep apart by registering their own enterprises.
/// </summary>
public abstract class CofabApp : IAsyncLifetime
{
    public const string OperatorEmail = "operator@cofab.test";
    public const string OperatorPassword = "Operator#Test2026";

    private WebApplicationFactory<Program>? _factory;

    public abstract DatabaseProvider Provider { get; }
    public string? UnavailableReason { get; protected set; }
    public string ConnectionString { get; protected set; } = "";

    /// <summary>The host's data directory (the ledger signing key lives here), outside the repository.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "cofab-test-data", Guid.NewGuid().ToString("N"));

    /// <summary>Extra configuration for a host a test starts itself, set before <see cref="InitializeAsync"/>.</summary>
    public IDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public WebApplicationFactory<Program> Factory
    {
        get
        {
            Requirements.Require(UnavailableReason is null, UnavailableReason ?? "");
            return _factory!;
        }
    }

    public HttpClient CreateClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected abstract Task<bool> PrepareDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        if (!await PrepareDatabaseAsync()) return;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            // UseSetting, not ConfigureAppConfiguration: the host reads the database settings while it is being built.
            web.UseSetting("Database:Provider", Provider.ToString());
            web.UseSetting("Database:ConnectionString", ConnectionString);
            web.UseSetting("Database:DataDirectory", DataDirectory);
            web.UseSetting("Bootstrap:OperatorEmail", OperatorEmail);
            web.UseSetting("Bootstrap:OperatorPassword", OperatorPassword);
            web.UseSetting("Logging:LogLevel:Default", "Warning");
            // Tests that watch agents turn the runner on through Settings.
            web.UseSetting("Machines:Runner:Enabled", "false");
            foreach (var (key, value) in Settings) web.UseSetting(key, value);
        });
        _ = _factory.Server; // start now, so migrations run once before the tests
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await DropDatabaseAsync();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteApp : CofabApp
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cofab-tests", Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<bool> PrepareDatabaseAsync()
    {
        Directory.CreateDirectory(_directory);
        ConnectionString = $"Data Source={Path.Combine(_directory, "cofab.db")}";
        return Task.FromResult(true);
    }

    protected override Task DropDatabaseAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run for it is not.
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// A fresh database on the PostgreSQL server named by COFAB_TEST_POSTGRES
/// (e.g. <c>Host=127.0.0.1;Port=5433;Username=postgres</c>), dropped afterwards.
/// </summary>
public sealed class PostgresApp : CofabApp
{
    public const string ServerVariable = "COFAB_TEST_POSTGRES";
    private readonly string _database = "cofab_test_" + Guid.NewGuid().ToString("N")[..12];
    private string? _server;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(ServerVariable);

    protected override async Task<bool> PrepareDatabaseAsync()
    {
        _server = ServerConnectionString;
        if (string.IsNullOrWhiteSpace(_server))
        {
            UnavailableReason = $"PostgreSQL is not configured: set {ServerVariable} to a server connection string.";
            return false;
        }
        try
        {
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            UnavailableReason = $"PostgreSQL at {ServerVariable} is not reachable: {e.Message}";
            return false;
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        return true;
    }

    protected override async Task DropDatabaseAsync()
    {
        if (UnavailableReason is not null || _server is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "PostgreSQL";
}
