using System.CommandLine;

namespace Cofab.Cli.Scheduling;

/// <summary>The scheduling commands: <c>cofab schedule</c>, <c>cofab bench scheduling</c> and <c>cofab bench generate</c>.</summary>
public static class SchedulingCommands
{
    public static void AddTo(RootCommand root)
    {
        root.Add(ScheduleCommand.Create());
        var bench = new Command("bench", "Benchmarks and instance generation");
        bench.Add(BenchSchedulingCommand.Create());
        bench.Add(GenerateCommand.Create());
        root.Add(bench);
    }
}
