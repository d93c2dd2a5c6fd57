using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cofab.IntegrationTests.Machines;

/// <summary>
/// A real HTTP server on a loopback port that behaves like an MTConnect agent replaying the Mazak03 day: /probe and
/// /current serve the real documents (only the Header's instanceId and nextSequence are set to the simulated moment),
/// /sample cuts the real day sample to the requested window, and the "live" end of the buffer advances with every
/// sample request, as on a running machine. Tests can restart the agent or let its buffer overrun.
/// </summary>
internal sealed class ReplayAgent : IAsyncDisposable
{
    public const long RealInstanceId = 1560941342;
    private readonly WebApplication _app;
    private readonly XDocument _daySample;
    private readonly object _gate = new();

    private ReplayAgent(WebApplication app, XDocument daySample)
    {
        _app = app;
        _daySample = daySample;
    }

    public Uri BaseUri { get; private set; } = null!;
    public long InstanceId { get; set; } = RealInstanceId;
    public long BufferFirst { get; set; } = 1;
    public long LiveEnd { get; set; } = 8000;
    public long LiveStep { get; set; } = 4000;
    public string CurrentFile { get; set; } = "mazak03_current_at6000_active.xml";
    public long CurrentNext { get; set; } = 6001;
    public int ProbeRequests { get; private set; }
    public int CurrentRequests { get; private set; }
    public List<string> SampleQueries { get; } = [];

    /// <summary>Called before answering the n-th (1-based) sample request.</summary>
    public Action<ReplayAgent, int>? BeforeSample { get; set; }

    public static async Task<ReplayAgent> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var agent = new ReplayAgent(app, XDocument.Load(RealMTConnectFiles.Path("mazak03_sample_states_day.xml")));
        app.MapGet("/probe", agent.Probe);
        app.MapGet("/current", agent.Current);
        app.MapGet("/sample", agent.Sample);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        agent.BaseUri = new Uri(address + "/");
        return agent;
    }

    private IResult Probe()
    {
        lock (_gate)
        {
            ProbeRequests++;
            var text = File.ReadAllText(RealMTConnectFiles.Path("mazak03_probe.xml"));
            return Xml(text.Replace($"instanceId=\"{RealInstanceId}\"", $"instanceId=\"{InstanceId}\"", StringComparison.Ordinal));
        }
    }

    private IResult Current()
    {
        lock (_gate)
        {
            CurrentRequests++;
            var document = XDocument.Load(RealMTConnectFiles.Path(CurrentFile));
            var header = document.Root!.Elements().First(e => e.Name.LocalName == "Header");
            header.SetAttributeValue("instanceId", InstanceId);
            header.SetAttributeValue("firstSequence", BufferFirst);
            header.SetAttributeValue("nextSequence", CurrentNext);
            header.SetAttributeValue("lastSequence", CurrentNext - 1);
            return Xml(document.Declaration + document.ToString(SaveOptions.DisableFormatting));
        }
    }

    private IResult Sample(HttpContext context)
    {
        lock (_gate)
        {
            SampleQueries.Add(context.Request.QueryString.Value ?? "");
            BeforeSample?.Invoke(this, SampleQueries.Count);
            var from = long.Parse(context.Request.Query["from"]!, CultureInfo.InvariantCulture);
            var count = int.Parse(context.Request.Query["count"]!, CultureInfo.InvariantCulture);
            if (from < BufferFirst)
            {
                // What cppagent answers when the ring buffer has moved past the requested sequence.
                return Results.Text(
                    $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><MTConnectError xmlns=\"urn:mtconnect.org:MTConnectError:1.3\"><Header instanceId=\"{InstanceId}\" version=\"1.5.0.14\" firstSequence=\"{BufferFirst}\"/><Errors><Error errorCode=\"OUT_OF_RANGE\">'from' must be greater than {BufferFirst - 1}</Error></Errors></MTConnectError>",
                    "text/xml", statusCode: 400);
            }

            var document = new XDocument(_daySample);
            var observations = document.Descendants().Where(e => e.Attribute("sequence") is not null).ToList();
            var kept = observations
                .Select(e => (Element: e, Sequence: (long)e.Attribute("sequence")!))
                .Where(o => o.Sequence >= from && o.Sequence <= LiveEnd)
                .OrderBy(o => o.Sequence)
                .Take(count)
                .ToList();
            foreach (var element in observations.Except(kept.Select(k => k.Element)).ToList())
            {
                element.Remove();
            }

            var next = kept.Count == count ? kept[^1].Sequence + 1 : LiveEnd + 1;
            var header = document.Root!.Elements().First(e => e.Name.LocalName == "Header");
            header.SetAttributeValue("instanceId", InstanceId);
            header.SetAttributeValue("firstSequence", BufferFirst);
            header.SetAttributeValue("lastSequence", LiveEnd);
            header.SetAttributeValue("nextSequence", next);
            LiveEnd = Math.Min(25154, LiveEnd + LiveStep);
            return Xml(document.Declaration + document.ToString(SaveOptions.DisableFormatting));
        }
    }

    private static IResult Xml(string text) => Results.Text(text, "text/xml");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
