using Cofab.Core.Members;

namespace Cofab.Core.Matching;

/// <summary>
/// What matching needs to know about the enterprise that owns a resource. <see cref="CreditGrade"/> is null while the
/// platform grades nobody (credit arrives later); a requirement that demands a grade then excludes the provider.
/// </summary>
public sealed record ProviderFacts(
    Guid EnterpriseId,
    string Name,
    string DivisionCode,
    bool Approved,
    IReadOnlyList<Certification> Certifications,
    string? CreditGrade = null);

/// <summary>Credit grades from best to worst. A grade is a letter A–D; anything else is not a grade.</summary>
public static class CreditGrades
{
    public static readonly IReadOnlyList<string> All = ["A", "B", "C", "D"];

    public static bool IsValid(string? grade) => Rank(grade) >= 0;

    /// <summary>0 for A (best) … 3 for D; -1 when the text is not a grade.</summary>
    public static int Rank(string? grade) => grade is { Length: 1 } ? IndexOf(char.ToUpperInvariant(grade[0])) : -1;

    /// <summary>1 for the best grade down to 0 for the worst, 0 for none: the credit term of the ranking.</summary>
    public static double Score(string? grade) => Rank(grade) is var rank and >= 0 ? 1.0 - (rank / (double)(All.Count - 1)) : 0;

    private static int IndexOf(char c) => c is >= 'A' and <= 'D' ? c - 'A' : -1;
}
