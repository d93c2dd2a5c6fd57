using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cofab.Core.MachineData;

/// <summary>An observation together with the enterprise whose machine it describes.</summary>
public sealed record MachineReport(Guid EnterpriseId, MachineObservation Observation);

/// <summary>
/// The MQTT contract for factories without an MTConnect agent (docs/machine-data.md):
/// topic <c>cofab/v1/{enterpriseId}/machines/{machineKey}/observations</c>, UTF-8 JSON payload
/// <c>{"at": "2026-03-01T08:00:00+08:00", "availability": "AVAILABLE", "execution": "ACTIVE", "partCount": 42,
/// "spindleSpeed": 1200.5, "controllerMode": "AUTOMATIC"}</c>. Values use the MTConnect vocabulary so both paths share
/// one state rule. <c>at</c> needs an offset; at least one of availability, execution or spindleSpeed is required.
/// Unknown properties are ignored, so senders may add fields before Cofab reads them.
/// </summary>
public static partial class MachinePayload
{
    public const string TopicPrefix = "cofab/v1/";
    public const string SubscriptionFilter = "cofab/v1/+/machines/+/observations";
    public const int MaxPayloadBytes = 4096;

    private static readonly string[] Availabilities = ["AVAILABLE", "UNAVAILABLE"];

    public static string Topic(Guid enterpriseId, string machineKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{TopicPrefix}{enterpriseId:D}/machines/{machineKey}/observations");

    /// <summary>Parses one message; on failure <paramref name="error"/> says what is wrong, for the sender's log.</summary>
    /// <summary>Whether <paramref name="machineKey"/> may stand in a topic: 1-64 letters, digits, '.', '_' or '-'.</summary>
    public static bool IsValidMachineKey(string? machineKey) => machineKey is not null && MachineKeyPattern().IsMatch(machineKey);

    public static bool TryParse(string topic, ReadOnlySpan<byte> payload, out MachineReport? report, out string? error)
    {
        report = null;
        error = ParseTopic(topic, out var enterpriseId, out var machineKey) ?? ParseBody(payload, machineKey, enterpriseId, out report);
        return error is null;
    }

    private static string? ParseTopic(string topic, out Guid enterpriseId, out string machineKey)
    {
        enterpriseId = Guid.Empty;
        machineKey = "";
        var parts = topic.Split('/');
        if (parts.Length != 6 || parts[0] != "cofab" || parts[1] != "v1" || parts[3] != "machines" || parts[5] != "observations")
        {
            return $"topic '{topic}' does not match cofab/v1/{{enterpriseId}}/machines/{{machineKey}}/observations";
        }

        if (!Guid.TryParseExact(parts[2], "D", out enterpriseId))
        {
            return $"topic segment '{parts[2]}' is not an enterprise id (a GUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301)";
        }

        machineKey = parts[4];
        return MachineKeyPattern().IsMatch(machineKey)
            ? null
            : $"machine key '{machineKey}' must be 1-64 letters, digits, '.', '_' or '-'";
    }

    private static string? ParseBody(ReadOnlySpan<byte> payload, string machine, Guid enterpriseId, out MachineReport? report)
    {
        report = null;
        if (payload.Length > MaxPayloadBytes)
        {
            return $"payload is {payload.Length} bytes; at most {MaxPayloadBytes} are accepted";
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(payload.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return $"payload is not valid JSON: {e.Message}";
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return "payload must be a JSON object";
        }

        if (!root.TryGetProperty("at", out var atElement) || atElement.ValueKind != JsonValueKind.String)
        {
            return "'at' is required: an ISO-8601 time with offset, e.g. 2026-03-01T08:00:00+08:00";
        }

        var atText = atElement.GetString()!;
        if (!DateTimeOffset.TryParse(atText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) || !HasOffset(atText))
        {
            return $"'at' value '{atText}' is not an ISO-8601 time with an offset (Z or +08:00)";
        }

        var errors = new[]
        {
            Text(root, "availability", out var availability), Text(root, "execution", out var execution),
            Text(root, "controllerMode", out var mode), Integer(root, "partCount", out var partCount),
            Number(root, "spindleSpeed", out var spindle),
        };
        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            return error;
        }

        if (availability is not null && !Availabilities.Contains(availability))
        {
            return $"'availability' must be AVAILABLE or UNAVAILABLE, not '{availability}'";
        }

        if (execution is not null && !TokenPattern().IsMatch(execution))
        {
            return $"'execution' must be an MTConnect execution value such as ACTIVE, READY or STOPPED, not '{execution}'";
        }

        if (availability is null && execution is null && spindle is null)
        {
            return "payload says nothing about the machine's state: give availability, execution or spindleSpeed";
        }

        report = new MachineReport(enterpriseId, new MachineObservation(machine, at.ToUniversalTime(), availability, execution, partCount, spindle)
        {
            ControllerMode = mode,
        });
        return null;
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || OffsetPattern().IsMatch(text);

    private static string? Text(JsonElement root, string name, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.String) return $"'{name}' must be a string";
        value = element.GetString()!.Trim().ToUpperInvariant();
        return value.Length == 0 ? $"'{name}' must not be empty" : null;
    }

    private static string? Integer(JsonElement root, string name, out long? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var n) || n < 0)
        {
            return $"'{name}' must be a whole number of parts, 0 or more";
        }

        value = n;
        return null;
    }

    private static string? Number(JsonElement root, string name, out double? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null) return null;
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var n) || !double.IsFinite(n))
        {
            return $"'{name}' must be a number (revolutions per minute)";
        }

        value = n;
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex MachineKeyPattern();

    [GeneratedRegex("^[A-Z][A-Z_]{0,39}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$")]
    private static partial Regex OffsetPattern();
}
