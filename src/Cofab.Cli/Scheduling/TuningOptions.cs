using System.Globalization;
using Cofab.Scheduling.Solving;

namespace Cofab.Cli.Scheduling;

/// <summary>
/// Parses "--tune first=0.25,final=0.2,tiebreak=1,step=1.5,lns=1" into solver options, for strategy experiments
/// without recompiling. Unknown keys are reported, not ignored.
/// </summary>
internal static class TuningOptions
{
    public static SolverOptions Apply(SolverOptions options, string? tune, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(tune))
        {
            return options;
        }

        foreach (var pair in tune.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                error = $"--tune: cannot read '{pair}' (expected key=number)";
                return options;
            }

            switch (parts[0])
            {
                case "first": options = options with { FirstFullPhaseShare = v }; break;
                case "final": options = options with { FinalFullPhaseShare = v }; break;
                case "tiebreak": options = options with { LnsTieBreak = v != 0 }; break;
                case "step": options = options with { LnsStepLimit = TimeSpan.FromSeconds(v) }; break;
                case "lnsworkers": options = options with { LnsWorkers = (int)v }; break;
                case "stall": options = options with { StallLimit = TimeSpan.FromSeconds(v) }; break;
                case "lns": options = options with { UseLns = v != 0 }; break;
                case "tabu": options = options with { UseTabu = v != 0 }; break;
                case "tabulns": options = options with { TabuWithLns = v != 0 }; break;
                case "jssfocus": options = options with { SchedulingFocusForJobShop = v != 0 }; break;
                case "jsstabu": options = options with { UseJobShopTabu = v != 0 }; break;
                case "jssshare": options = options with { JobShopTabuShare = v }; break;
                case "tabujss": options = options with { TabuForJobShop = v != 0 }; break;
                case "tabufirst": options = options with { TabuFirstPhaseShare = v }; break;
                case "tabufinal": options = options with { TabuFinalPhaseShare = v }; break;
                default:
                    error = $"--tune: unknown key '{parts[0]}' (first, final, stall, tiebreak, step, lns, lnsworkers, tabu, tabulns, tabujss, jssfocus, jsstabu, jssshare, tabufirst, tabufinal)";
                    return options;
            }
        }

        return options;
    }
}
