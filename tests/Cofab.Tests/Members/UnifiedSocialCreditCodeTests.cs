using Cofab.Core.Members;
using Xunit;

namespace Cofab.Tests.Members;

public sealed class UnifiedSocialCreditCodeTests
{
    // Codes printed on published business licences and company web pages.
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("911100001000080343")]
    [InlineData("91440300MA5H0HLK5U")] // 柯兴科技（深圳）有限公司, from its site footer
    [InlineData("91133100MA0D8N1J7G")]
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("91330100799655058B")] // 阿里巴巴（中国）有限公司
    [InlineData("9144030071526726XG")] // 深圳市腾讯计算机系统有限公司
    public void Validate_accepts_real_published_codes(string code)
    {
        Assert.True(UnifiedSocialCreditCode.TryValidate(code, out var error), error);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("914403001922038216")]
    [InlineData("91440300MA5H0HLK5U")]
    public void ComputeCheckCharacter_reproduces_the_published_check_character(string code)
    {
        Assert.Equal(code[17], UnifiedSocialCreditCode.ComputeCheckCharacter(code.AsSpan(0, 17)));
    }

    [Fact]
    public void ComputeCheckCharacter_maps_remainder_zero_to_digit_zero()
    {
        // 17 zeros sum to 0, so 31 − 0 = 31, which the standard maps to '0'.
        Assert.Equal('0', UnifiedSocialCreditCode.ComputeCheckCharacter("00000000000000000"));
    }

    [Fact]
    public void Validate_accepts_lower_case_and_surrounding_spaces_after_normalising()
    {
        Assert.True(UnifiedSocialCreditCode.TryValidate("  91440300ma5h0hlk5u ", out _));
        Assert.Equal("91440300MA5H0HLK5U", UnifiedSocialCreditCode.Normalize("  91440300ma5h0hlk5u "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_requires_a_code(string? code)
    {
        Assert.False(UnifiedSocialCreditCode.TryValidate(code, out var error));
        Assert.Contains("required", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91350100M000100Y4", 17)]
    [InlineData("91350100M000100Y433", 19)]
    public void Validate_rejects_wrong_length(string code, int length)
    {
        Assert.False(UnifiedSocialCreditCode.TryValidate(code, out var error));
        Assert.Contains("18 characters", error, StringComparison.Ordinal);
        Assert.Contains($"has {length}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("91350100I000100Y43", 9, 'I')]
    [InlineData("91350100M0O0100Y43", 11, 'O')]
    [InlineData("91350100M000100S43", 16, 'S')]
    [InlineData("9135010-M000100Y43", 8, '-')]
    public void Validate_rejects_illegal_character_and_names_its_position(string code, int position, char bad)
    {
        Assert.False(UnifiedSocialCreditCode.TryValidate(code, out var error));
        Assert.Contains($"'{bad}' at position {position}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_unknown_registration_authority()
    {
        var first17 = "B1350100M000100Y4";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        Assert.False(UnifiedSocialCreditCode.TryValidate(code, out var error));
        Assert.Contains("registration authority", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_letters_in_the_division_code()
    {
        var first17 = "913501A0M000100Y4";
        var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
        Assert.False(UnifiedSocialCreditCode.TryValidate(code, out var error));
        Assert.Contains("position 7", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_rejects_wrong_check_character_and_names_the_expected_one()
    {
        Assert.False(UnifiedSocialCreditCode.TryValidate("91350100M000100Y44", out var error));
        Assert.Contains("Wrong check character '4'", error, StringComparison.Ordinal);
        Assert.Contains("expected '3'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_detects_every_single_character_substitution_of_a_valid_code()
    {
        const string valid = "91330100799655058B";
        for (var position = 1; position < 17; position++)
        {
            foreach (var replacement in UnifiedSocialCreditCode.Alphabet)
            {
                if (replacement == valid[position])
                {
                    continue;
                }

                var mutated = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                Assert.False(UnifiedSocialCreditCode.IsValid(mutated), mutated);
            }
        }
    }

    [Fact]
    public void ComputeCheckCharacter_rejects_input_of_wrong_length()
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter("9135"));
    }

    [Fact]
    public void DivisionOf_returns_positions_three_to_eight()
    {
        Assert.Equal("350100", UnifiedSocialCreditCode.DivisionOf("91350100M000100Y43"));
    }
}
