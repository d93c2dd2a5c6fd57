using System.Globalization;

namespace Cofab.Scheduling.Parsing;

/// <summary>The integer tokens of one line of a benchmark file, read with a cursor and errors that name the line.</summary>
internal sealed class TokenLine
{
    private readonly string[] _tokens;
    private int _next;

    public TokenLine(int number, string text)
    {
        Number = number;
        _tokens = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }

    public int Number { get; }

    public int Count => _tokens.Length;

    public bool AtEnd => _next >= _tokens.Length;

    public int Remaining => _tokens.Length - _next;

    /// <summary>Reads the next token as an integer; null plus <paramref name="error"/> when missing or not a number.</summary>
    public long? Next(string what, out string? error)
    {
        error = null;
        if (_next >= _tokens.Length)
        {
            error = $"expected {what} but the line ended after {_tokens.Length} tokens";
            return null;
        }

        var token = _tokens[_next++];
        if (!long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            error = $"expected {what} as an integer, found '{token}' (token {_next})";
            return null;
        }

        return value;
    }

    public static List<TokenLine> NonEmptyLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select((line, i) => new TokenLine(i + 1, line))
            .Where(l => l.Count > 0)
            .ToList();
}
