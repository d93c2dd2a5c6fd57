using Cofab.Core.Resources;

namespace Cofab.Core.Pricing;

/// <summary>What is priced: one operation of <see cref="Quantity"/> pieces on one resource.</summary>
/// <param name="PartValue">Declared value of the part's lot in yuan (value-share prices take a share of it); null when not declared.</param>
public sealed record OperationWork(string ProcessCode, int Quantity, decimal SetupMinutes, decimal UnitMinutes, decimal? PartValue);

/// <summary>The charge for one operation: which price term applied and what it comes to, rounded to the fen.</summary>
public sealed record OperationCharge(PricingModel Model, decimal Rate, decimal SetupCharge, decimal Amount, string Currency);

/// <summary>
/// Prices one operation on one resource by the resource's own terms:
/// <list type="bullet">
/// <item>per hour (分时): rate × (setup + quantity × unit time) / 60;</item>
/// <item>per piece (计件): rate × quantity;</item>
/// <item>by value (按价值计价): rate % × the part's declared value;</item>
/// </list>
/// each plus the term's setup charge, rounded once to 0.01 (half away from zero). A term for the operation's process
/// (or a process above it in the taxonomy) wins over the resource's general terms; among the terms that apply, the one
/// cheapest for the demander is taken (a provider offering both per-hour and by-value lets the buyer benefit).
/// </summary>
public static class OperationPricing
{
    public static OperationCharge? Price(IEnumerable<PriceTerm> prices, OperationWork work)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(work);
        var all = prices.Where(p => p.Rate >= 0).ToList();
        var specific = all.Where(p => p.ProcessCode is { } code && Covers(code, work.ProcessCode)).ToList();
        var terms = specific.Count > 0 ? specific : all.Where(p => p.ProcessCode is null).ToList();
        return terms
            .Select(t => Charge(t, work))
            .Where(c => c is not null)
            .OrderBy(c => c!.Amount)
            .FirstOrDefault();
    }

    /// <summary>The amount of one term before choosing, or null when it cannot be applied (by value without a declared value).</summary>
    public static OperationCharge? Charge(PriceTerm term, OperationWork work)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(work);
        decimal raw;
        switch (term.Model)
        {
            case PricingModel.PerHour:
                raw = term.Rate * (work.SetupMinutes + work.Quantity * work.UnitMinutes) / 60m;
                break;
            case PricingModel.PerPiece:
                raw = term.Rate * work.Quantity;
                break;
            case PricingModel.ValueShare when work.PartValue is { } value:
                raw = term.Rate / 100m * value;
                break;
            default:
                return null;
        }

        return new OperationCharge(term.Model, term.Rate, term.SetupCharge, Money.Round(raw + term.SetupCharge), term.Currency);
    }

    /// <summary>A term for <c>machining</c> applies to <c>machining.milling.5axis</c>; the reverse does not.</summary>
    private static bool Covers(string termProcess, string operationProcess) =>
        operationProcess == termProcess || operationProcess.StartsWith(termProcess + ".", StringComparison.Ordinal);
}

/// <summary>Money is kept in yuan with two decimals; every amount is rounded once, half away from zero, and sums are of rounded amounts.</summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Amount in fen (0.01 yuan), the integer unit of the scheduling engine's cost objective.</summary>
    public static long ToFen(decimal amount) => (long)Math.Round(amount * 100m, MidpointRounding.AwayFromZero);
}
