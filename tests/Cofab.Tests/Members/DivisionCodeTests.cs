using Cofab.Core.Members;
using Xunit;

namespace Cofab.Tests.Members;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("330206")]
    [InlineData("110105")]
    [InlineData("820000")]
    [InlineData(" 331081 ")]
    public void Validate_accepts_six_digits_with_a_known_province(string code)
    {
        Assert.True(DivisionCode.TryValidate(code, out var error), error);
    }

    [Theory]
    [InlineData("33020", "exactly 6 digits")]
    [InlineData("3302061", "exactly 6 digits")]
    [InlineData("33O206", "exactly 6 digits")]
    [InlineData("", "required")]
    [InlineData("190000", "province-level")]
    [InlineData("990101", "province-level")]
    public void Validate_rejects_malformed_codes_with_a_reason(string code, string reason)
    {
        Assert.False(DivisionCode.TryValidate(code, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void There_are_34_province_level_divisions()
    {
        Assert.Equal(34, DivisionCode.Provinces.Count);
    }

    [Fact]
    public void ProvinceOf_and_CityOf_cut_the_code_at_their_level()
    {
        Assert.Equal("330000", DivisionCode.ProvinceOf("330206"));
        Assert.Equal("330200", DivisionCode.CityOf("330206"));
        Assert.Equal("浙江省", DivisionCode.ProvinceNameOf("331081"));
    }

    [Theory]
    [InlineData("330206", "330206", true)]
    [InlineData("330206", "330200", true)]
    [InlineData("330206", "330000", true)]
    [InlineData("330206", "3302", true)]
    [InlineData("330206", "330100", false)]
    [InlineData("330206", "320000", false)]
    [InlineData("330200", "330206", false)]
    [InlineData("331081", "331000", true)]
    public void IsWithin_follows_the_province_city_county_levels(string code, string prefix, bool expected)
    {
        Assert.Equal(expected, DivisionCode.IsWithin(code, prefix));
    }

    [Fact]
    public void IsWithin_rejects_a_malformed_prefix()
    {
        Assert.Throws<ArgumentException>(() => DivisionCode.IsWithin("330206", "330"));
    }
}
