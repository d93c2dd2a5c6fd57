using System.CommandLine;
using Cofab.Cli;
using Cofab.Cli.Database;
using Cofab.Cli.Demo;
using Cofab.Cli.Ledger;
using Cofab.Cli.Machines;
using Cofab.Cli.Resources;
using Cofab.Cli.Scheduling;

var root = new RootCommand("cofab — command-line tool of the Cofab shared-manufacturing platform");
foreach (var option in CliHost.GlobalOptions) root.Options.Add(option);
root.Subcommands.Add(DatabaseCommands.Create());
root.Subcommands.Add(DemoCommands.Create());
root.Subcommands.Add(ResourceCommands.Create());
root.Subcommands.Add(MachineCommands.Create());
root.Subcommands.Add(LedgerCommands.Create());
SchedulingCommands.AddTo(root);
return await root.Parse(args).InvokeAsync();
