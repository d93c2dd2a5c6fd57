using Cofab.Core.Units;
using Xunit;

namespace Cofab.Tests.Units;

public sealed class MeasureTests
{
    [Theory]
    [InlineData("300", "300")]
    [InlineData("300 mm", "300")]
    [InlineData("300MM", "300")]
    [InlineData("30 cm", "300")]
    [InlineData("0.3 m", "300")]
    [InlineData("±0.02 mm", "0.02")]
    [InlineData("+/-0.02mm", "0.02")]
    [InlineData("0.02mm", "0.02")]
    [InlineData("20 µm", "0.02")]
    [InlineData("20 μm", "0.02")]
    [InlineData("20 um", "0.02")]
    [InlineData("3丝", "0.03")]
    [InlineData("Ø500 mm", "500")]
    [InlineData(".5 mm", "0.5")]
    [InlineData("-0.01", "-0.01")]
    [InlineData("  12 毫米 ", "12")]
    public void ParseLength_converts_to_millimetres(string text, string expected)
    {
        Assert.True(Measure.TryParseLengthMm(text, out var mm, out var error), error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), mm);
    }

    [Fact]
    public void ParseLength_names_an_unknown_unit_and_the_accepted_ones()
    {
        Assert.False(Measure.TryParseLengthMm("2 inch", out _, out var error));
        Assert.Equal("Unknown unit 'inch' in '2 inch'; use mm, cm, m or µm.", error);
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("abc", "is not a length")]
    [InlineData("1,5 mm", "comma")]
    [InlineData("1.2.3 mm", "is not a length")]
    public void ParseLength_rejects_text_that_is_not_a_length(string text, string hint)
    {
        Assert.False(Measure.TryParseLengthMm(text, out _, out var error));
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseLength_is_independent_of_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(0.3m, Measure.ParseLengthMm("0.3"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("300×200×100 mm", "300", "200", "100")]
    [InlineData("300x200x100", "300", "200", "100")]
    [InlineData("300*200*100mm", "300", "200", "100")]
    [InlineData("30 X 20 X 10 cm", "300", "200", "100")]
    [InlineData("0.5m × 300mm × 200", "500", "300", "200")]
    public void ParseEnvelope_reads_three_dimensions(string text, string x, string y, string z)
    {
        var envelope = Measure.ParseEnvelopeMm(text);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(new Envelope(decimal.Parse(x, invariant), decimal.Parse(y, invariant), decimal.Parse(z, invariant)), envelope);
    }

    [Fact]
    public void ParseEnvelope_accepts_a_lathe_diameter_and_length()
    {
        Assert.Equal(new Envelope(400, 1000, null), Measure.ParseEnvelopeMm("Ø400×1000"));
    }

    [Theory]
    [InlineData("300", "two or three lengths")]
    [InlineData("1×2×3×4", "two or three lengths")]
    [InlineData("300××100", "two or three lengths")]
    [InlineData("300×200×100 in", "Unknown unit 'in'")]
    public void ParseEnvelope_rejects_malformed_envelopes(string text, string hint)
    {
        Assert.False(Measure.TryParseEnvelopeMm(text, out _, out var error));
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500", "500")]
    [InlineData("500 kg", "500")]
    [InlineData("0.5 t", "500")]
    [InlineData("500 g", "0.5")]
    [InlineData("2吨", "2000")]
    [InlineData("3 公斤", "3")]
    public void ParseWeight_converts_to_kilograms(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Measure.ParseWeightKg(text));
    }

    [Fact]
    public void ParseWeight_rejects_pounds()
    {
        Assert.False(Measure.TryParseWeightKg("10 lb", out _, out var error));
        Assert.Equal("Unknown unit 'lb' in '10 lb'; use kg, g or t.", error);
    }

    [Theory]
    [InlineData("2.5", "2.5")]
    [InlineData("2.5 min", "2.5")]
    [InlineData("30 s", "0.5")]
    [InlineData("90sec", "1.5")]
    [InlineData("1.5 h", "90")]
    [InlineData("2 hours", "120")]
    [InlineData("45 分钟", "45")]
    public void ParseDuration_converts_to_minutes(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Measure.ParseDurationMin(text));
    }

    [Fact]
    public void ParseDuration_rejects_days_with_a_clear_message()
    {
        var exception = Assert.Throws<FormatException>(() => Measure.ParseDurationMin("2 d"));
        Assert.Equal("Unknown unit 'd' in '2 d'; use min, s or h.", exception.Message);
    }
}
