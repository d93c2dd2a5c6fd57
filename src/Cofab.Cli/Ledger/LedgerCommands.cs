using System.CommandLine;
using Cofab.Core.Ledger;
using Cofab.Platform.Features.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Cofab.Cli.Ledger;

/// <summary>
/// <c>cofab ledger root|inclusion|consistency</c> compute RFC 6962 hashes and proofs over leaves given on the command line,
/// for checking the platform's proofs independently; <c>cofab ledger verify</c> audits the stored log.
/// </summary>
internal static class LedgerCommands
{
    private const string LeafHelp =
        "Leaf DATA in hex, one argument per leaf, in log order (an empty leaf is \"\"). Each is hashed as SHA-256(0x00 || data) per RFC 6962; give the raw data, not its leaf hash.";

    public static Command Create()
    {
        var ledger = new Command("ledger", "The verifiable record: RFC 6962 Merkle hashes and proofs, and an audit of the stored log. Hashes are printed in hex, one per line.");
        ledger.Subcommands.Add(Root());
        ledger.Subcommands.Add(Inclusion());
        ledger.Subcommands.Add(Consistency());
        ledger.Subcommands.Add(Verify());
        ledger.Subcommands.Add(CheckRecordCommand.Create());
        ledger.Subcommands.Add(LedgerBenchCommand.Create());
        return ledger;
    }

    private static Option<string[]> Leaves() => new("--leaf-hex")
    {
        Description = LeafHelp,
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static Command Root()
    {
        var leaves = Leaves();
        var command = new Command("root", "Print the root hash of the tree over the given leaves (SHA-256 of the empty string for no leaves).") { leaves };
        command.SetAction(parse => Run(parse, leaves, tree => [tree.Root(tree.Size)]));
        return command;
    }

    private static Command Inclusion()
    {
        var leaves = Leaves();
        var index = new Option<long>("--index") { Description = "0-based index of the leaf whose audit path to print.", Required = true };
        var command = new Command("inclusion", "Print the audit path (RFC 6962 §2.1.1) of one leaf in the tree over all given leaves, leaf side first.") { leaves, index };
        command.SetAction(parse => Run(parse, leaves, tree => tree.InclusionProof(parse.GetValue(index), tree.Size)));
        return command;
    }

    private static Command Consistency()
    {
        var leaves = Leaves();
        var from = new Option<long>("--from") { Description = "Size of the earlier tree (the first M leaves).", Required = true };
        var command = new Command("consistency", "Print the consistency proof (RFC 6962 §2.1.2) from the tree over the first M leaves to the tree over all given leaves.") { leaves, from };
        command.SetAction(parse => Run(parse, leaves, tree => tree.ConsistencyProof(parse.GetValue(from), tree.Size)));
        return command;
    }

    private static int Run(ParseResult parse, Option<string[]> leaves, Func<InMemoryMerkleTree, IReadOnlyList<byte[]>> compute)
    {
        byte[][] data;
        try
        {
            data = (parse.GetValue(leaves) ?? []).Select(Convert.FromHexString).ToArray();
        }
        catch (FormatException)
        {
            Console.Error.WriteLine("--leaf-hex takes hexadecimal data with an even number of digits, e.g. 00 or 2021.");
            return 2;
        }
        try
        {
            foreach (var hash in compute(InMemoryMerkleTree.FromLeafData(data))) Console.WriteLine(Convert.ToHexStringLower(hash));
            return 0;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.Error.WriteLine(e.Message.Split(" (Parameter", 2)[0]);
            return 2;
        }
    }

    private static Command Verify()
    {
        var publicKey = new Option<FileInfo?>("--public-key")
        {
            Description = "PEM public key that signed the tree heads (default: the configured ledger key file).",
        };
        var command = new Command("verify", "Audit the stored log: recompute every leaf, node and signed root, check signatures and consistency between heads. Exits 1 naming the first altered, removed or reordered entry.")
        {
            publicKey,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliHost.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var signer = scope.ServiceProvider.GetRequiredService<LedgerSigner>();
            var keyFile = parse.GetValue(publicKey)?.FullName ?? signer.KeyPath;
            if (!File.Exists(keyFile))
            {
                AnsiConsole.MarkupLineInterpolated($"[red]No key at {keyFile}: give the platform's public key with --public-key (GET /api/v1/ledger/public-key).[/]");
                return 2;
            }
            using var key = LedgerSigner.PublicKeyFromPem(await File.ReadAllTextAsync(keyFile, ct));
            var audit = await scope.ServiceProvider.GetRequiredService<VerifyLedger>().HandleAsync(key, ct);
            if (!audit.Intact)
            {
                if (audit.FirstBadEntry is { } first) AnsiConsole.MarkupLineInterpolated($"[red]FAILED: first bad entry {first}[/]");
                else AnsiConsole.MarkupLine("[red]FAILED[/]");
                foreach (var problem in audit.Problems) AnsiConsole.WriteLine(problem);
                return 1;
            }
            Console.WriteLine($"OK: {audit.Size} entries, root {audit.Root}, {audit.HeadsChecked} signed tree heads checked.");
            return 0;
        });
        return command;
    }
}
