namespace Cofab.Scheduling.Parsing;

/// <summary>Either a parsed value or an error that says where the input went wrong. Malformed input is expected, not exceptional.</summary>
public sealed record ParseResult<T>(T? Value, string? Error, int? Line)
    where T : class
{
    public bool Success => Value is not null;

    public static ParseResult<T> Ok(T value) => new(value, null, null);

    public static ParseResult<T> Fail(string error, int? line = null) =>
        new(null, line is { } l ? $"line {l}: {error}" : error, line);
}
