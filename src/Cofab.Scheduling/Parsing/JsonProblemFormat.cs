using System.Text.Json;
using System.Text.Json.Serialization;
using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Parsing;

/// <summary>Reads and writes the platform's JSON problem format (see docs/scheduling.md).</summary>
public static class JsonProblemFormat
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static ParseResult<SchedulingProblem> Parse(string json, string fallbackName)
    {
        ProblemDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<ProblemDto>(json, Options);
        }
        catch (JsonException ex)
        {
            // JsonException numbers lines from 0; people number them from 1.
            var line = ex.LineNumber is { } l ? (int)l + 1 : (int?)null;
            return ParseResult<SchedulingProblem>.Fail($"invalid JSON at {ex.Path ?? "$"}: {FirstSentence(ex.Message)}", line);
        }

        if (dto is null)
        {
            return ParseResult<SchedulingProblem>.Fail("the document is empty (null)", 1);
        }

        return JsonProblemMapper.ToProblem(dto, fallbackName);
    }

    public static string Write(SchedulingProblem problem, bool indented = false) =>
        JsonSerializer.Serialize(JsonProblemMapper.ToDto(problem), new JsonSerializerOptions(Options) { WriteIndented = indented });

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
