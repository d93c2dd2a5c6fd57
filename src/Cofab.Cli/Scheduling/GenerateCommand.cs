using System.CommandLine;

namespace Cofab.Cli.Scheduling;

internal static class GenerateCommand
{
    public static Command Create() => new("generate", "Generate a multi-factory instance");
}
