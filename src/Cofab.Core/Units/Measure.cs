using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cofab.Core.Units;

/// <summary>A work envelope in millimetres; a lathe's Ø×length has no third dimension.</summary>
public readonly record struct Envelope(decimal XMm, decimal YMm, decimal? ZMm);

/// <summary>
/// Parses quantities the way factories type them into spreadsheets ("30 cm", "±0.02mm", "0.5 t", "300×200×100 mm",
/// "1.5 h", "3丝") into the canonical units of the resource model: millimetres, kilograms and minutes.
/// A bare number is taken in the canonical unit. Numbers use '.' as decimal separator whatever the culture;
/// commas are refused because "1,5" and "1,500" cannot be told apart safely.
/// </summary>
public static partial class Measure
{
    private static readonly UnitTable Lengths = new("mm", "mm, cm, m or µm", new()
    {
        ["mm"] = new(1m), ["毫米"] = new(1m),
        ["cm"] = new(10m), ["厘米"] = new(10m),
        ["dm"] = new(100m),
        ["m"] = new(1000m), ["米"] = new(1000m),
        // The micro sign µ (U+00B5) and Greek μ (U+03BC) fold to the same capital, so one entry serves both.
        ["µm"] = new(1m, 1000m), ["um"] = new(1m, 1000m), ["微米"] = new(1m, 1000m),
        ["丝"] = new(1m, 100m), // shop-floor Chinese: 1 丝 = 0.01 mm, as in "公差3丝"
    });

    private static readonly UnitTable Weights = new("kg", "kg, g or t", new()
    {
        ["kg"] = new(1m), ["kgs"] = new(1m), ["公斤"] = new(1m), ["千克"] = new(1m),
        ["g"] = new(1m, 1000m), ["克"] = new(1m, 1000m),
        ["t"] = new(1000m), ["tonne"] = new(1000m), ["tonnes"] = new(1000m), ["吨"] = new(1000m),
        ["斤"] = new(1m, 2m),
    });

    private static readonly UnitTable Durations = new("min", "min, s or h", new()
    {
        ["min"] = new(1m), ["mins"] = new(1m), ["minute"] = new(1m), ["minutes"] = new(1m), ["分钟"] = new(1m), ["分"] = new(1m),
        ["s"] = new(1m, 60m), ["sec"] = new(1m, 60m), ["secs"] = new(1m, 60m), ["second"] = new(1m, 60m), ["seconds"] = new(1m, 60m), ["秒"] = new(1m, 60m),
        ["h"] = new(60m), ["hr"] = new(60m), ["hrs"] = new(60m), ["hour"] = new(60m), ["hours"] = new(60m), ["小时"] = new(60m),
    });

    private static readonly char[] EnvelopeSeparators = ['×', 'x', 'X', '*', '＊', '✕'];

    /// <summary>A length in millimetres. Accepts a ± prefix (tolerances are symmetric) and a Ø prefix (diameters).</summary>
    public static bool TryParseLengthMm(string? text, out decimal millimetres, [NotNullWhen(false)] out string? error) =>
        TryParse(text, Lengths, "length", allowPrefixes: true, out millimetres, out error);

    public static bool TryParseWeightKg(string? text, out decimal kilograms, [NotNullWhen(false)] out string? error) =>
        TryParse(text, Weights, "weight", allowPrefixes: false, out kilograms, out error);

    public static bool TryParseDurationMin(string? text, out decimal minutes, [NotNullWhen(false)] out string? error) =>
        TryParse(text, Durations, "time", allowPrefixes: false, out minutes, out error);

    /// <summary>
    /// Two or three lengths separated by ×, x, * (e.g. "300×200×100 mm", "Ø400×1000"). A part without a unit takes
    /// the unit of the last part, so "30 x 20 x 10 cm" is 300×200×100 mm; with no unit anywhere, millimetres.
    /// </summary>
    public static bool TryParseEnvelopeMm(string? text, out Envelope envelope, [NotNullWhen(false)] out string? error)
    {
        envelope = default;
        var trimmed = text?.Trim() ?? string.Empty;
        var parts = trimmed.Split(EnvelopeSeparators, StringSplitOptions.TrimEntries);
        if (trimmed.Length == 0 || parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0))
        {
            error = $"'{trimmed}' is not an envelope; give two or three lengths separated by × (e.g. 300×200×100 mm).";
            return false;
        }

        var lastUnit = SplitNumberAndUnit(StripPrefixes(parts[^1]))?.Unit ?? string.Empty;
        var values = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = StripPrefixes(parts[i]);
            if (SplitNumberAndUnit(part) is { Unit.Length: 0 } bare && lastUnit.Length > 0)
            {
                part = bare.Number + lastUnit;
            }

            if (!TryParse(part, Lengths, "length", allowPrefixes: false, out values[i], out var partError))
            {
                error = $"In envelope '{trimmed}': {partError}";
                return false;
            }
        }

        envelope = new Envelope(values[0], values[1], values.Length == 3 ? values[2] : null);
        error = null;
        return true;
    }

    public static decimal ParseLengthMm(string text) =>
        TryParseLengthMm(text, out var value, out var error) ? value : throw new FormatException(error);

    public static decimal ParseWeightKg(string text) =>
        TryParseWeightKg(text, out var value, out var error) ? value : throw new FormatException(error);

    public static decimal ParseDurationMin(string text) =>
        TryParseDurationMin(text, out var value, out var error) ? value : throw new FormatException(error);

    public static Envelope ParseEnvelopeMm(string text) =>
        TryParseEnvelopeMm(text, out var value, out var error) ? value : throw new FormatException(error);

    private static bool TryParse(string? text, UnitTable units, string quantity, bool allowPrefixes, out decimal value, [NotNullWhen(false)] out string? error)
    {
        value = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            error = $"A {quantity} is required, e.g. '{ExampleFor(units)}'.";
            return false;
        }

        if (trimmed.Contains(',', StringComparison.Ordinal) || trimmed.Contains('，', StringComparison.Ordinal))
        {
            error = $"'{trimmed}' contains a comma; write numbers with '.' as the decimal point and no thousands separators.";
            return false;
        }

        var body = allowPrefixes ? StripPrefixes(trimmed) : trimmed;
        if (SplitNumberAndUnit(body) is not { } split
            || !decimal.TryParse(split.Number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            error = $"'{trimmed}' is not a {quantity}; expected a number and an optional unit, e.g. '{ExampleFor(units)}'.";
            return false;
        }

        var unit = split.Unit.Length == 0 ? units.Canonical : split.Unit;
        if (!units.Factors.TryGetValue(unit, out var factor))
        {
            error = $"Unknown unit '{split.Unit}' in '{trimmed}'; use {units.Accepted}.";
            return false;
        }

        value = number * factor.Multiply / factor.Divide;
        error = null;
        return true;
    }

    private static (string Number, string Unit)? SplitNumberAndUnit(string text)
    {
        var match = NumberThenUnit().Match(text);
        return match.Success ? (match.Groups["number"].Value, match.Groups["unit"].Value.Trim()) : null;
    }

    /// <summary>Drops "±", "+/-", "+-" (a symmetric tolerance) and "Ø", "Φ" (a diameter): both leave a plain length.</summary>
    private static string StripPrefixes(string text)
    {
        var result = text.TrimStart();
        foreach (var prefix in (string[])["±", "+/-", "+-", "Ø", "ø", "Φ", "φ"])
        {
            if (result.StartsWith(prefix, StringComparison.Ordinal))
            {
                return result[prefix.Length..].TrimStart();
            }
        }

        return result;
    }

    private static string ExampleFor(UnitTable units) => "12.5 " + units.Canonical;

    [GeneratedRegex(@"^(?<number>[-+]?(\d+(\.\d*)?|\.\d+))\s*(?<unit>\D*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenUnit();

    private readonly record struct Factor(decimal Multiply, decimal Divide = 1m);

    private sealed class UnitTable(string canonical, string accepted, Dictionary<string, Factor> factors)
    {
        public string Canonical { get; } = canonical;
        public string Accepted { get; } = accepted;
        public Dictionary<string, Factor> Factors { get; } = new(factors, StringComparer.OrdinalIgnoreCase);
    }
}
