using System.CommandLine;

namespace Cofab.Cli.Matching;

/// <summary><c>cofab matching</c>: for now only the hidden benchmark of candidate search.</summary>
internal static class MatchingCommands
{
    public static Command Create()
    {
        var matching = new Command("matching", "Candidate search for operations.") { Hidden = true };
        matching.Subcommands.Add(MatchingBenchCommand.Create());
        return matching;
    }
}
