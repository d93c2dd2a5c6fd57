using Cofab.Core.Matching;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;
using Cofab.Core.Validation;
using Cofab.Platform.Common;
using static System.FormattableString;

namespace Cofab.Platform.Features.Matching;

/// <summary>Checks a search before it runs; field paths follow the JSON body (<c>requirement.toleranceMm</c>).</summary>
internal static class MatchingValidation
{
    public const int MaxLimit = 200;
    public static readonly TimeSpan MaxLookAhead = TimeSpan.FromDays(366);

    public static Failure? Check(CandidateSearch search, CapabilityTaxonomy taxonomy, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var r = search.Requirement;
        if (r is null)
        {
            errors.Add("requirement", "Give the requirement of the operation (at least its processCode).");
            return Failure.Validation(errors.ToDictionary());
        }

        if (string.IsNullOrWhiteSpace(r.ProcessCode)) errors.Add("requirement.processCode", "Process is required; choose one from the capability taxonomy (e.g. machining.milling).");
        else if (!taxonomy.Contains(r.ProcessCode)) errors.Add("requirement.processCode", $"Unknown process code '{r.ProcessCode}'; choose one from the capability taxonomy (e.g. machining.milling).");
        Positive(errors, "requirement.envelopeXMm", "Envelope X", "mm", r.EnvelopeXMm, ResourceRules.MaxEnvelopeMm);
        Positive(errors, "requirement.envelopeYMm", "Envelope Y", "mm", r.EnvelopeYMm, ResourceRules.MaxEnvelopeMm);
        Positive(errors, "requirement.envelopeZMm", "Envelope Z", "mm", r.EnvelopeZMm, ResourceRules.MaxEnvelopeMm);
        Positive(errors, "requirement.toleranceMm", "Tolerance", "mm", r.ToleranceMm, ResourceRules.MaxToleranceMm);
        Positive(errors, "requirement.weightKg", "Weight", "kg", r.WeightKg, 1_000_000m);
        if (r.Quantity < 1) errors.Add("requirement.quantity", Invariant($"Quantity must be at least 1 piece; got {r.Quantity}."));
        if (r.MinCreditGrade is { } grade && !CreditGrades.IsValid(grade))
            errors.Add("requirement.minCreditGrade", $"'{grade}' is not a credit grade; use one of {string.Join(", ", CreditGrades.All)} or leave it empty.");
        for (var i = 0; i < (r.PreferredDivisions?.Count ?? 0); i++)
        {
            if (!ResourceMatcher.IsPrefix(r.PreferredDivisions![i]))
                errors.Add($"requirement.preferredDivisions[{i}]", $"'{r.PreferredDivisions[i]}' is not a division code prefix; use 2, 4 or 6 digits (33 Zhejiang, 3302 Ningbo, 330206 Beilun).");
        }

        if (search.DueDate <= now) errors.Add("dueDate", "The due date must be in the future.");
        else if (search.DueDate - now > MaxLookAhead) errors.Add("dueDate", Invariant($"Matching looks at most {MaxLookAhead.TotalDays:0} days ahead; choose an earlier due date."));
        if (!new Core.Geography.GeoPoint(search.DeliveryLatitude, search.DeliveryLongitude).IsValid)
            errors.Add("deliveryLatitude", Invariant($"The delivery location needs a latitude from -90 to 90 and a longitude from -180 to 180; got ({search.DeliveryLatitude}, {search.DeliveryLongitude})."));
        if (search.Limit is < 1 or > MaxLimit) errors.Add("limit", $"Limit must be between 1 and {MaxLimit}.");
        if (search.ExclusionLimit is < 0 or > MaxLimit) errors.Add("exclusionLimit", $"Exclusion limit must be between 0 and {MaxLimit}.");
        if (search.DeclaredValueYuan is < 0) errors.Add("declaredValueYuan", "The declared value must not be negative.");
        return errors.Any ? Failure.Validation(errors.ToDictionary()) : null;
    }

    private static void Positive(FieldErrors errors, string field, string label, string unit, decimal? value, decimal max)
    {
        if (value is { } v && (v <= 0 || v > max)) errors.Add(field, Invariant($"{label} must be greater than 0 {unit} and at most {max:0.##} {unit}; got {v}."));
    }
}
