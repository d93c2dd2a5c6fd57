namespace Cofab.Platform.Features.Ledger;

/// <summary>The subjects entries are filed under, so that a party can download the whole record of one thing.</summary>
public static class LedgerSubjects
{
    public static string Order(Guid orderId) => $"order:{orderId:D}";
}
