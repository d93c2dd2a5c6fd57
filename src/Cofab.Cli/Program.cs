using System.CommandLine;
using Cofab.Cli.Scheduling;

var root = new RootCommand("Cofab shared-manufacturing platform tools");
SchedulingCommands.AddTo(root);
return root.Parse(args).Invoke();
