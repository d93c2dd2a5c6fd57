using System.Globalization;

namespace Cofab.Core.Quality;

/// <summary>
/// The single sampling master tables of ISO 2859-1 (Tables 2-A, 2-B, 2-C; the same plans as ANSI/ASQ Z1.4 and
/// MIL-STD-105E Tables II-A, II-B, II-C).
/// <para>
/// Normal and tightened are built the way the printed tables are laid out: every plan lies on a diagonal, one code
/// letter further down for each smaller AQL step, and the cells between diagonals are arrows. Counting the diagonal as
/// d = letter index + AQL index − 14 (normal) or − 15 (tightened): d &lt; 0 is ↓; d = 0 is Ac 0 Re 1; then normal has
/// ↑ (d = 1) and ↓ (d = 2), tightened ↓ and ↓; from d = 3 the plans follow the acceptance series below; past the
/// largest plan of a column every cell is ↑. Tightened has the extra row S (n = 3150), reached only through arrows, and
/// its cell A / AQL 10 is ↓ rather than 0 1.
/// </para>
/// <para>
/// Source of the values: the public CRAN package AQLSchemesCust, github.com/fjgonzalezmgt/AQLSchemesCust,
/// R/AAZ14Single.R (commit c42ea7df), which holds the three tables with their arrows already followed. The tables built
/// here were compared with it for all 16 × 26 cells of 2-A and 2-B: identical (sample size, Ac and Re).
/// Table 2-C is transcribed from the same file as resolved plans, so its arrows are already followed; it has the
/// MIL-STD-105E gaps between Ac and Re; docs/quality-sampling.md lists what is still to be verified against the
/// 1999 edition.
/// </para>
/// </summary>
internal static class SamplingTables
{
    public const string CodeLetters = "ABCDEFGHJKLMNPQRS";

    public static readonly decimal[] AqlSeries =
    [
        0.010m, 0.015m, 0.025m, 0.040m, 0.065m, 0.10m, 0.15m, 0.25m, 0.40m, 0.65m, 1.0m, 1.5m, 2.5m, 4.0m, 6.5m,
        10m, 15m, 25m, 40m, 65m, 100m, 150m, 250m, 400m, 650m, 1000m,
    ];

    // Sample size per code letter A … R, and S (tightened only).
    public static readonly int[] SampleSizes = [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000, 3150];

    private static readonly (int Ac, int Re)[] NormalSeries = [(1, 2), (2, 3), (3, 4), (5, 6), (7, 8), (10, 11), (14, 15), (21, 22), (30, 31), (44, 45)];
    private static readonly (int Ac, int Re)[] TightenedSeries = [(1, 2), (2, 3), (3, 4), (5, 6), (8, 9), (12, 13), (18, 19), (27, 28), (41, 42)];

    public enum Arrow
    {
        None,
        Down,
        Up,
    }

    public readonly record struct Cell(Arrow Arrow, int Ac, int Re);

    public static readonly Cell[,] Normal = Build(16, offset: 14, NormalSeries, Arrow.Up, Arrow.Down, lastPlanDiagonal: j => j <= 20 ? 10 : j == 21 ? 11 : 12);

    public static readonly Cell[,] Tightened = BuildTightened();

    private static Cell[,] BuildTightened()
    {
        var table = Build(17, offset: 15, TightenedSeries, Arrow.Down, Arrow.Down, lastPlanDiagonal: j => j <= 20 ? 9 : j == 21 ? 10 : 11);
        table[0, 15] = new Cell(Arrow.Down, 0, 0);
        return table;
    }

    private static Cell[,] Build(int rows, int offset, (int Ac, int Re)[] series, Arrow first, Arrow second, Func<int, int> lastPlanDiagonal)
    {
        var table = new Cell[rows, AqlSeries.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < AqlSeries.Length; j++)
            {
                var d = i + j - offset;
                table[i, j] = d switch
                {
                    < 0 => new Cell(Arrow.Down, 0, 0),
                    0 => new Cell(Arrow.None, 0, 1),
                    1 => new Cell(first, 0, 0),
                    2 => new Cell(second, 0, 0),
                    _ when d > lastPlanDiagonal(j) => new Cell(Arrow.Up, 0, 0),
                    _ => new Cell(Arrow.None, series[d - 3].Ac, series[d - 3].Re),
                };
            }
        }

        return table;
    }

    // Table 2-C, resolved: per code letter A … R, one "n/Ac/Re" per AQL of the series.
    private static readonly string[] ReducedRows =
    [
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 13/0/1 8/0/1 5/0/1 3/0/1 2/0/1 2/0/1 2/0/1 2/0/2 2/0/2 2/1/2 2/2/3 2/3/4 2/5/6 2/7/8 2/10/11 2/14/15 2/21/22 2/30/31", // A
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 13/0/1 8/0/1 5/0/1 3/0/1 2/0/1 2/0/1 2/0/1 2/0/2 2/0/2 2/1/3 2/2/4 2/3/5 2/5/6 2/7/8 2/10/11 2/14/15 2/21/22 2/30/31", // B
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 13/0/1 8/0/1 5/0/1 3/0/1 2/0/1 2/0/1 3/0/2 2/0/2 2/1/3 2/1/4 2/2/5 2/3/6 2/5/8 2/7/10 2/10/13 2/14/17 2/21/24 2/30/31", // C
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 13/0/1 8/0/1 5/0/1 3/0/1 2/0/1 5/0/2 3/0/2 3/1/3 3/1/4 3/2/5 3/3/6 3/5/8 3/7/10 3/10/13 3/14/17 3/21/24 2/21/24 2/30/31", // D
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 13/0/1 8/0/1 5/0/1 3/0/1 8/0/2 5/0/2 5/1/3 5/1/4 5/2/5 5/3/6 5/5/8 5/7/10 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // E
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 13/0/1 8/0/1 5/0/1 13/0/2 8/0/2 8/1/3 8/1/4 8/2/5 8/3/6 8/5/8 8/7/10 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // F
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 13/0/1 8/0/1 20/0/2 13/0/2 13/1/3 13/1/4 13/2/5 13/3/6 13/5/8 13/7/10 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // G
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 13/0/1 32/0/2 20/0/2 20/1/3 20/1/4 20/2/5 20/3/6 20/5/8 20/7/10 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // H
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 20/0/1 50/0/2 32/0/2 32/1/3 32/1/4 32/2/5 32/3/6 32/5/8 32/7/10 32/10/13 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // J
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 32/0/1 80/0/2 50/0/2 50/1/3 50/1/4 50/2/5 50/3/6 50/5/8 50/7/10 50/10/13 32/10/13 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // K
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 50/0/1 125/0/2 80/0/2 80/1/3 80/1/4 80/2/5 80/3/6 80/5/8 80/7/10 80/10/13 50/10/13 32/10/13 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // L
        "500/0/1 315/0/1 200/0/1 125/0/1 80/0/1 200/0/2 125/0/2 125/1/3 125/1/4 125/2/5 125/3/6 125/5/8 125/7/10 125/10/13 80/10/13 50/10/13 32/10/13 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // M
        "500/0/1 315/0/1 200/0/1 125/0/1 315/0/2 200/0/2 200/1/3 200/1/4 200/2/5 200/3/6 200/5/8 200/7/10 200/10/13 125/10/13 80/10/13 50/10/13 32/10/13 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // N
        "500/0/1 315/0/1 200/0/1 500/0/2 315/0/2 315/1/3 315/1/4 315/2/5 315/3/6 315/5/8 315/7/10 315/10/13 200/10/13 125/10/13 80/10/13 50/10/13 32/10/13 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // P
        "500/0/1 315/0/1 800/0/2 500/0/2 500/1/3 500/1/4 500/2/5 500/3/6 500/5/8 500/7/10 500/10/13 315/10/13 200/10/13 125/10/13 80/10/13 50/10/13 32/10/13 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // Q
        "500/0/1 315/0/1 800/0/2 800/1/3 800/1/4 800/2/5 800/3/6 800/5/8 800/7/10 800/10/13 500/10/13 315/10/13 200/10/13 125/10/13 80/10/13 50/10/13 32/10/13 20/10/13 13/10/13 8/10/13 5/10/13 5/14/17 5/21/24 3/21/24 2/21/24 2/30/31", // R
    ];

    public static readonly (int N, int Ac, int Re)[,] Reduced = ParseReduced();

    private static (int N, int Ac, int Re)[,] ParseReduced()
    {
        var table = new (int, int, int)[ReducedRows.Length, AqlSeries.Length];
        for (var i = 0; i < ReducedRows.Length; i++)
        {
            var cells = ReducedRows[i].Split(' ');
            for (var j = 0; j < cells.Length; j++)
            {
                var parts = cells[j].Split('/').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                table[i, j] = (parts[0], parts[1], parts[2]);
            }
        }

        return table;
    }
}
