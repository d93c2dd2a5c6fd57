using System.CommandLine;
using System.Text.Json;
using Cofab.Platform.Features.Ledger;

namespace Cofab.Cli.Ledger;

/// <summary>
/// <c>cofab ledger check-record RECORD.json --public-key KEY.pem</c>: checks a downloaded order record offline, with no
/// access to the platform's database; what a demander, provider or auditor runs to trust a record.
/// </summary>
internal static class CheckRecordCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create()
    {
        var file = new Argument<FileInfo>("record") { Description = "The record as downloaded from GET /api/v1/orders/{id}/record." };
        var publicKey = new Option<FileInfo>("--public-key")
        {
            Description = "The platform's PEM public key (GET /api/v1/ledger/public-key).",
            Required = true,
        };
        var command = new Command("check-record", "Check a downloaded record offline: leaf hashes, inclusion proofs, the tree head's signature, and that each entry names the record's subject. Exits 1 listing every problem.")
        {
            file, publicKey,
        };
        command.SetAction(async (parse, ct) =>
        {
            var recordFile = parse.GetValue(file)!;
            var keyFile = parse.GetValue(publicKey)!;
            if (!recordFile.Exists || !keyFile.Exists)
            {
                Console.Error.WriteLine($"No such file: {(recordFile.Exists ? keyFile.FullName : recordFile.FullName)}");
                return 2;
            }

            SubjectRecord? record;
            try
            {
                await using var stream = recordFile.OpenRead();
                record = await JsonSerializer.DeserializeAsync<SubjectRecord>(stream, Json, ct);
            }
            catch (JsonException e)
            {
                Console.Error.WriteLine($"{recordFile.Name} is not a record: {e.Message}");
                return 2;
            }

            if (record?.TreeHead is null || record.Entries is null)
            {
                Console.Error.WriteLine($"{recordFile.Name} is not a record: it lacks the tree head or the entries.");
                return 2;
            }

            var problems = CheckSubjectRecord.Problems(record, await File.ReadAllTextAsync(keyFile.FullName, ct));
            if (problems.Count > 0)
            {
                Console.WriteLine($"FAILED: {problems.Count} problem(s) in the record of {record.Subject}");
                problems.ToList().ForEach(Console.WriteLine);
                return 1;
            }

            Console.WriteLine($"OK: {record.Entries.Count} entries of {record.Subject} are in the log of size {record.TreeHead.Size}, root {record.TreeHead.RootHash}, signed by this key.");
            return 0;
        });
        return command;
    }
}
