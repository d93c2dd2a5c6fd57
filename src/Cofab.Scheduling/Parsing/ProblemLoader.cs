using Cofab.Scheduling.Model;

namespace Cofab.Scheduling.Parsing;

/// <summary>Reads a problem file, choosing the format from its extension (.fjs, .jss, .json).</summary>
public static class ProblemLoader
{
    public static ParseResult<SchedulingProblem> Load(string path)
    {
        if (!File.Exists(path))
        {
            return ParseResult<SchedulingProblem>.Fail($"file not found: {path}");
        }

        var name = Path.GetFileNameWithoutExtension(path);
        var text = File.ReadAllText(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".FJS" => BenchmarkFileParser.ParseFjs(text, name),
            ".JSS" => BenchmarkFileParser.ParseJss(text, name),
            ".JSON" => JsonProblemFormat.Parse(text, name),
            var ext => ParseResult<SchedulingProblem>.Fail($"unknown problem format '{ext}' (expected .fjs, .jss or .json)"),
        };
    }
}
