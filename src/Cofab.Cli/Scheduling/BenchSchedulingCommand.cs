using System.CommandLine;

namespace Cofab.Cli.Scheduling;

internal static class BenchSchedulingCommand
{
    public static Command Create() => new("scheduling", "Run every instance of a benchmark folder");
}
