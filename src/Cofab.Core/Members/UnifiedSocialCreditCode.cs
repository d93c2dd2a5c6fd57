using System.Diagnostics.CodeAnalysis;

namespace Cofab.Core.Members;

/// <summary>
/// 统一社会信用代码 (unified social credit code) per GB 32100-2015: 18 characters from a 31-character
/// alphabet, laid out as registration authority (1), organisation category (1), administrative division (6),
/// organisation code (9) and a check character computed over the first 17 (GB/T 17710 style, modulus 31).
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;

    /// <summary>The coding alphabet; I, O, Z, S and V are left out because they are easily mistaken for 1, 0, 2, 5 and U.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>
    /// Registration authority codes of GB 32100-2015 Appendix A: 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政,
    /// 6 旅游, 7 宗教, 8 工会, 9 工商 (market regulation, i.e. companies), A 中央军委改革和编制办公室, N 农业, Y 其他.
    /// </summary>
    public const string RegistrationAuthorities = "123456789ANY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Trims surrounding white space and upper-cases, the form in which codes are stored and compared.</summary>
    public static string Normalize(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    public static bool IsValid(string? code) => TryValidate(code, out _);

    /// <summary>
    /// Checks the <see cref="Normalize">normalised</see> code. On failure <paramref name="error"/> says what is
    /// wrong in words a person can act on: the length, the first illegal character and its position, or the
    /// check character that was expected.
    /// </summary>
    public static bool TryValidate(string? code, [NotNullWhen(false)] out string? error)
    {
        var normalized = Normalize(code);
        if (normalized.Length == 0)
        {
            error = "The unified social credit code is required.";
            return false;
        }

        if (normalized.Length != Length)
        {
            error = $"The unified social credit code must be {Length} characters long; '{normalized}' has {normalized.Length}.";
            return false;
        }

        for (var i = 0; i < Length; i++)
        {
            if (Alphabet.IndexOf(normalized[i], StringComparison.Ordinal) < 0)
            {
                error = $"Illegal character '{normalized[i]}' at position {i + 1} of the unified social credit code; "
                    + "only digits and the capital letters A–Y without I, O, Z, S and V are used.";
                return false;
            }
        }

        if (RegistrationAuthorities.IndexOf(normalized[0], StringComparison.Ordinal) < 0)
        {
            error = $"Position 1 of the unified social credit code is the registration authority and must be one of "
                + $"{string.Join(", ", RegistrationAuthorities.ToCharArray())}; got '{normalized[0]}'.";
            return false;
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(normalized[i]))
            {
                error = $"Positions 3–8 of the unified social credit code are the administrative division code and must be digits; "
                    + $"position {i + 1} is '{normalized[i]}'.";
                return false;
            }
        }

        var expected = ComputeCheckCharacter(normalized.AsSpan(0, Length - 1));
        if (normalized[Length - 1] != expected)
        {
            error = $"Wrong check character '{normalized[Length - 1]}' at position 18 of the unified social credit code; "
                + $"expected '{expected}'. Please check the code for a typing error.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>
    /// The check character for the first 17 characters: C18 = 31 − (Σ value(Ci) × Wi mod 31), where 31 maps to 0.
    /// Throws when the span is not 17 characters of the alphabet; callers building codes must pass valid input.
    /// </summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException($"Expected {Length - 1} characters, got {first17.Length}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"Character '{first17[i]}' at position {i + 1} is not in the code alphabet.", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The administrative division code (positions 3–8) of a valid code.</summary>
    public static string DivisionOf(string code) => Normalize(code).Substring(2, 6);
}
