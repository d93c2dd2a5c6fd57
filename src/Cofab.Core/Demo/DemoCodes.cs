using Cofab.Core.Members;

namespace Cofab.Core.Demo;

/// <summary>Registration numbers that pass the same checks real ones do.</summary>
internal static class DemoCodes
{
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// A unified social credit code for an entity registered in <paramref name="division"/>. Positions 9–17 are an
    /// organisation code with its own GB 11714 check character, as on real licences: firms registered since 2015 get
    /// the "MA…" form, older ones eight digits.
    /// </summary>
    public static string CreditCode(DemoRandom random, char authority, char category, string division, ISet<string> used)
    {
        while (true)
        {
            var body = random.Chance(0.6)
                ? "MA" + RandomChars(random, 6, UnifiedSocialCreditCode.Alphabet)
                : RandomChars(random, 8, "0123456789");
            var first17 = $"{authority}{category}{division}{body}{OrganisationCheck(body)}";
            var code = first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
            if (used.Add(code))
            {
                return code;
            }
        }
    }

    /// <summary>GB 11714-1997: C9 = 11 − (Σ value × weight mod 11), 10 → X, 11 → 0; letters count from A = 10.</summary>
    internal static char OrganisationCheck(string first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * OrganisationWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    private static string RandomChars(DemoRandom random, int count, string alphabet)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = alphabet[random.Next(0, alphabet.Length)];
        }

        return new string(chars);
    }
}
