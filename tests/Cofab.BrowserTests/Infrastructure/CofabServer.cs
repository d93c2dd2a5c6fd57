using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.BrowserTests.Infrastructure;

/// <summary>
/// The real Cofab web app on Kestrel at a free 127.0.0.1 port, on a throwaway SQLite database. The browser needs a
/// real socket, which the in-memory TestServer does not offer; .NET 10's WebApplicationFactory.UseKestrel gives one.
/// </summary>
public class CofabServer : IAsyncLifetime
{
    public const string OperatorEmail = "operator@browser.test";
    public const string OperatorPassword = "Operator-Pass-2026";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("cofab-browser-").FullName;
    private Factory? _factory;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public Members Members { get; private set; } = default!;

    /// <summary>The running host's services, for arranging what no page can create (e.g. a machine's own reports).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Whether the platform loads the generated demo region at start-up (its machines are quote candidates).</summary>
    protected virtual bool LoadsDemoRegion => false;

    public ValueTask InitializeAsync()
    {
        _factory = new Factory(_dataDirectory, LoadsDemoRegion);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel did not report its addresses.");
        BaseAddress = new Uri(addresses.Addresses.First());
        Members = new Members(BaseAddress);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        Members?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment on shutdown; a leftover temp folder is harmless.
        }
    }

    private sealed class Factory(string dataDirectory, bool loadsDemoRegion) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Settings given here are visible while Program registers services (the database is chosen there).
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", "");
            builder.UseSetting("Database:DataDirectory", dataDirectory);
            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Demo:Load", loadsDemoRegion ? "true" : "false");
            builder.UseSetting("Bootstrap:OperatorEmail", OperatorEmail);
            builder.UseSetting("Bootstrap:OperatorPassword", OperatorPassword);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}

/// <summary>
/// A second platform with the demo region loaded: its hundreds of providers' machines are what instant quotes plan on.
/// Separate from the shared server, so the demo members never appear in the other tests' lists.
/// </summary>
public sealed class DemoCofabServer : CofabServer
{
    protected override bool LoadsDemoRegion => true;
}
