namespace Cofab.Core.Quality;

/// <summary>
/// ISO 2859-1 Table 1 (identical to ANSI/ASQ Z1.4 and MIL-STD-105E Table I): sample size code letter from lot size
/// and inspection level. Values transcribed from the public CRAN package AQLSchemesCust
/// (github.com/fjgonzalezmgt/AQLSchemesCust, R/AAZ14Single.R, matrix SSCodeLetters) and checked against
/// well-known plans (lot 1000, level II → J).
/// </summary>
public static class SampleSizeCodeLetters
{
    // Upper bound of each lot-size row; the last row is open-ended.
    private static readonly int[] LotSizeUpperBounds = [8, 15, 25, 50, 90, 150, 280, 500, 1200, 3200, 10_000, 35_000, 150_000, 500_000, int.MaxValue];

    // Columns S-1, S-2, S-3, S-4, I, II, III.
    private static readonly string[] Letters =
    [
        "AAAAAAB", // 2 to 8
        "AAAAABC", // 9 to 15
        "AABBBCD", // 16 to 25
        "ABBCCDE", // 26 to 50
        "BBCCCEF", // 51 to 90
        "BBCDDFG", // 91 to 150
        "BCDEEGH", // 151 to 280
        "BCDEFHJ", // 281 to 500
        "CCEFGJK", // 501 to 1 200
        "CDEGHKL", // 1 201 to 3 200
        "CDFGJLM", // 3 201 to 10 000
        "CDFHKMN", // 10 001 to 35 000
        "DEGJLNP", // 35 001 to 150 000
        "DEGJMPQ", // 150 001 to 500 000
        "DEHKNQR", // 500 001 and over
    ];

    /// <summary>The code letter for a lot; a lot of 1 is read as the first row (2 to 8), and will be inspected 100 %.</summary>
    public static char For(int lotSize, InspectionLevel level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lotSize, 1);
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown inspection level.");
        }

        var row = Array.FindIndex(LotSizeUpperBounds, upper => lotSize <= upper);
        return Letters[row][(int)level];
    }
}
