using System.Security.Claims;
using Cofab.Platform.Features.Ledger;

namespace Cofab.Web.Api;

public static class LedgerEndpoints
{
    public static void MapLedgerEndpoints(this RouteGroupBuilder api)
    {
        var ledger = api.MapGroup("/ledger").WithTags("Ledger");

        ledger.MapGet("/entries", async (ClaimsPrincipal user, ListLedgerEntries list, CancellationToken ct, string? type = null, int page = 1, int pageSize = 50) =>
                (await list.HandleAsync(ApiResults.CallerOf(user), type, page, pageSize, ct)).ToOk())
            .WithSummary("Entries where one's enterprise is a party (all, for the operator and the regulator), newest first.");

        ledger.MapGet("/entries/{index:long}/receipt", async (long index, ClaimsPrincipal user, GetLedgerReceipt receipt, CancellationToken ct) =>
                (await receipt.HandleAsync(index, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("An entry with its inclusion proof and a signed tree head covering it: for the entry's parties, the operator and the regulator.");

        ledger.MapGet("/tree-heads/latest", async (TreeHeads heads, CancellationToken ct) => (await heads.LatestAsync(ct)).ToOk())
            .WithSummary("The latest signed tree head.");

        ledger.MapGet("/tree-heads", async (TreeHeads heads, CancellationToken ct, long? fromSize = null, int page = 1, int pageSize = 50) =>
                (await heads.ListAsync(fromSize, page, pageSize, ct)).ToOk())
            .WithSummary("Signed tree heads, largest first; fromSize keeps heads of at least that size.");

        ledger.MapPost("/tree-heads", async (ClaimsPrincipal user, TreeHeads heads, CancellationToken ct) =>
                (await heads.PublishAsync(ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Operator: sign a tree head over the log now (the latest head is returned when nothing was appended since).");

        ledger.MapGet("/consistency", async (TreeHeads heads, CancellationToken ct, long from, long to) =>
                (await heads.ConsistencyAsync(from, to, ct)).ToOk())
            .WithSummary("RFC 6962 consistency proof between two published tree heads (from ≤ to).");

        ledger.MapGet("/public-key", (LedgerSigner signer) => TypedResults.Text(signer.PublicKeyPem, "application/x-pem-file"))
            .AllowAnonymous()
            .WithSummary("The ECDSA P-256 public key (PEM, SubjectPublicKeyInfo) that verifies tree-head signatures; key id = SHA-256 of its DER.");
    }
}
