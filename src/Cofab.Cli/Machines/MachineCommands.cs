using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cofab.Core.MachineData;

namespace Cofab.Cli.Machines;

/// <summary>
/// <c>cofab machines read PROBE.xml DOC.xml...</c>: reads saved MTConnect responses and prints, as JSON, each device's
/// status for a current document and the state intervals and minutes for a sample document. A factory uses it to check
/// what its agent serves before connecting it (docs/machine-data.md).
/// </summary>
internal static class MachineCommands
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Command Create()
    {
        var probe = new Argument<FileInfo>("probe") { Description = "The agent's /probe response, saved as XML" };
        var documents = new Argument<FileInfo[]>("documents") { Description = "/current or /sample responses, saved as XML", Arity = ArgumentArity.OneOrMore };
        var read = new Command("read", "Print device status (current) and state intervals (sample) of MTConnect documents as JSON") { probe, documents };
        read.SetAction(parse => Read(parse.GetRequiredValue(probe), parse.GetRequiredValue(documents)));
        return new Command("machines", "Machine data from MTConnect agents") { read };
    }

    private static int Read(FileInfo probeFile, FileInfo[] documentFiles)
    {
        try
        {
            var probe = Load(probeFile, null) as ProbeDocument
                ?? throw new MTConnectFormatException($"'{probeFile.Name}' is not a probe (MTConnectDevices) document; give the probe first.");
            var results = new List<object>();
            foreach (var file in documentFiles)
            {
                results.Add(Load(file, probe) switch
                {
                    StreamsDocument streams when IsCurrent(streams) => Current(file, streams),
                    StreamsDocument streams => Sample(file, streams),
                    ErrorDocument error => throw new MTConnectFormatException(
                        $"'{file.Name}' is an MTConnectError: {string.Join("; ", error.Errors.Select(e => $"{e.Code}: {e.Message}"))}"),
                    _ => throw new MTConnectFormatException($"'{file.Name}' is a probe; only the first file may be one."),
                });
            }

            Console.WriteLine(JsonSerializer.Serialize(new { probe = probeFile.Name, documents = results }, Json));
            return 0;
        }
        catch (MTConnectFormatException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static MTConnectDocument Load(FileInfo file, ProbeDocument? probe)
    {
        try
        {
            using var stream = file.OpenRead();
            return MTConnectReader.Read(stream, probe, file.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new MTConnectFormatException($"Cannot read '{file.FullName}': {e.Message}", e);
        }
    }

    /// <summary>
    /// A current document holds at most one observation per data item; a sample repeats them. The request URL is not
    /// in the file, so this is how the two are told apart.
    /// </summary>
    private static bool IsCurrent(StreamsDocument streams) =>
        streams.Observations.GroupBy(o => o.DataItemId).All(g => g.Count() == 1);

    private static object Current(FileInfo file, StreamsDocument streams) => new
    {
        file = file.Name,
        kind = "current",
        devices = MachineStatusReader.FromCurrent(streams).Select(s => new
        {
            device = s.Machine,
            availability = s.Availability,
            execution = s.Execution,
            controllerMode = s.ControllerMode,
            partCount = s.PartCount,
            spindleSpeed = s.SpindleSpeed,
            state = MachineStateRule.Name(s.State),
            at = s.At,
        }),
    };

    private static object Sample(FileInfo file, StreamsDocument streams) => new
    {
        file = file.Name,
        kind = "sample",
        devices = MachineTimeline.FromSample(streams).Select(t => new
        {
            device = t.Machine,
            intervals = t.Intervals.Select(i => new { start = i.Start, end = i.End, state = MachineStateRule.Name(i.State), minutes = Math.Round(i.Minutes, 3) }),
            busyMinutes = Math.Round(t.BusyMinutes, 3),
            idleMinutes = Math.Round(t.IdleMinutes, 3),
            offlineMinutes = Math.Round(t.OfflineMinutes, 3),
            utilisation = t.Utilisation is { } u ? Math.Round(u, 4) : (double?)null,
            partCountIncrements = t.PartCountIncrements,
        }),
    };
}
