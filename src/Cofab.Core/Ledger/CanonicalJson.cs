using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Cofab.Core.Ledger;

/// <summary>
/// One byte sequence per JSON value, so that a payload hashes the same whoever serialises it. The form follows
/// RFC 8785 (JCS): object members sorted by their names' UTF-16 code units (ordinal), no whitespace, strings with only
/// <c>"</c>, <c>\</c> and control characters escaped (\b \f \n \r \t, else \u00xx in lower case) and every other
/// character written as UTF-8; integers written as digits; other numbers in the shortest round-trip form with a
/// lower-case exponent. Duplicate member names are refused.
/// </summary>
public static class CanonicalJson
{
    public static string Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Canonicalize(document.RootElement);
    }

    public static string Canonicalize(JsonElement element)
    {
        var builder = new StringBuilder();
        Write(element, builder);
        return builder.ToString();
    }

    public static string Serialize<T>(T value, JsonSerializerOptions? options = null) =>
        Canonicalize(JsonSerializer.SerializeToElement(value, options));

    /// <summary>A string as a canonical JSON string literal.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        WriteString(value, builder);
        return builder.ToString();
    }

    private static void Write(JsonElement element, StringBuilder output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var members = element.EnumerateObject().ToList();
                members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                for (var i = 1; i < members.Count; i++)
                {
                    if (members[i].Name == members[i - 1].Name)
                        throw new FormatException($"The JSON object has the member \"{members[i].Name}\" twice; canonical JSON needs unique names.");
                }
                output.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    if (i > 0) output.Append(',');
                    WriteString(members[i].Name, output);
                    output.Append(':');
                    Write(members[i].Value, output);
                }
                output.Append('}');
                break;
            case JsonValueKind.Array:
                output.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first) output.Append(',');
                    first = false;
                    Write(item, output);
                }
                output.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, output);
                break;
            case JsonValueKind.Number:
                WriteNumber(element, output);
                break;
            case JsonValueKind.True:
                output.Append("true");
                break;
            case JsonValueKind.False:
                output.Append("false");
                break;
            default:
                output.Append("null");
                break;
        }
    }

    private static void WriteNumber(JsonElement element, StringBuilder output)
    {
        if (element.TryGetInt64(out var integer))
        {
            output.Append(integer.ToString(CultureInfo.InvariantCulture));
            return;
        }
        var value = element.GetDouble();
        if (double.IsInfinity(value)) throw new FormatException("A JSON number is too large for canonical form.");
        if (value == Math.Floor(value) && Math.Abs(value) < 1e21)
        {
            output.Append(value.ToString("F0", CultureInfo.InvariantCulture));
            return;
        }
        output.Append(value.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal));
    }

    private static void WriteString(string value, StringBuilder output)
    {
        output.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                default:
                    if (c < 0x20) output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else output.Append(c);
                    break;
            }
        }
        output.Append('"');
    }
}
