using System.Globalization;

namespace Cofab.Core.Matching;

/// <summary>Why a resource is not a candidate for an operation. The names are the machine-readable codes of the API.</summary>
public enum ExclusionReason
{
    NotPublished,
    ProviderNotApproved,
    ProcessNotCovered,
    EnvelopeNotStated,
    EnvelopeTooSmall,
    ToleranceNotStated,
    ToleranceTooCoarse,
    MaterialNotListed,
    WeightNotStated,
    TooHeavy,
    BatchBelowMinimum,
    BatchAboveMaximum,
    CertificationMissing,
    CertificationExpiresBeforeDue,
    NoCreditGrade,
    CreditGradeTooLow,
    NotEnoughFreeTime,
}

/// <summary>
/// One reason a resource was excluded: a code and its figures for machines, and the same sentence in English and
/// Chinese for people (the operator's console and the provider's "why not me" page show them as they are).
/// </summary>
public sealed record MatchExclusion(
    ExclusionReason Code,
    IReadOnlyDictionary<string, string> Parameters,
    string MessageEn,
    string MessageZh)
{
    internal static MatchExclusion Of(ExclusionReason code, string en, string zh, params (string Key, object? Value)[] parameters) =>
        new(code, parameters.ToDictionary(p => p.Key, p => Text(p.Value), StringComparer.Ordinal), en, zh);

    /// <summary>Figures as people write them: 0.05, not 0.0500; invariant so the codes' parameters parse anywhere.</summary>
    internal static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        double d => d.ToString("0.#", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
