using Cofab.Core.Orders;
using Cofab.Core.Resources;
using Cofab.Core.Taxonomy;
using static Cofab.Core.Matching.MatchExclusion;

namespace Cofab.Core.Matching;

/// <summary>
/// The pure tests of one requirement against one capability and one provider. Each returns every failed test, not the
/// first, so a provider learns all it would have to change. A parameter the requirement leaves empty demands nothing;
/// a parameter the requirement sets but the capability does not state excludes ("not stated" is never "unlimited"),
/// except batch limits, which only restrict when the provider set them.
/// </summary>
public static class RequirementChecks
{
    public static bool Covers(Capability capability, OperationRequirement requirement) =>
        CapabilityTaxonomy.IsSameOrDescendant(capability.ProcessCode, requirement.ProcessCode);

    /// <summary>All the capability's failures against the requirement (process, envelope, tolerance, material, weight, batch).</summary>
    public static List<MatchExclusion> CheckCapability(OperationRequirement requirement, Capability capability)
    {
        var found = new List<MatchExclusion>();
        if (!Covers(capability, requirement)) found.Add(ProcessNotCovered(requirement.ProcessCode, [capability.ProcessCode]));
        else CheckParameters(requirement, capability, found);
        return found;
    }

    /// <summary>
    /// Tests the parameters of a capability that covers the process. With <paramref name="found"/> null it only answers
    /// whether all pass, stopping at the first failure and formatting no message: the search runs it for every
    /// resource of the process. With a list it adds every failure, worded.
    /// </summary>
    public static bool CheckParameters(OperationRequirement requirement, Capability capability, List<MatchExclusion>? found)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(capability);
        var passed = CheckEnvelope(requirement, capability, found);
        if (!passed && found is null) return false;
        if (requirement.ToleranceMm is { } wanted)
        {
            if (capability.ToleranceMm is not { } held)
            {
                if (found is null) return false;
                found.Add(Of(ExclusionReason.ToleranceNotStated, $"tolerance not stated; required ±{Text(wanted)} mm", $"未说明公差；要求 ±{Text(wanted)} mm", ("requiredMm", wanted)));
                passed = false;
            }
            else if (held > wanted)
            {
                if (found is null) return false;
                found.Add(Of(ExclusionReason.ToleranceTooCoarse, $"tolerance {Text(held)} mm > required {Text(wanted)} mm", $"公差 {Text(held)} mm 大于要求的 {Text(wanted)} mm", ("toleranceMm", held), ("requiredMm", wanted)));
                passed = false;
            }
        }

        if (!string.IsNullOrWhiteSpace(requirement.Material) && !HasMaterial(capability.Materials, requirement.Material))
        {
            if (found is null) return false;
            var listed = capability.Materials.Count == 0 ? "none" : string.Join(", ", capability.Materials);
            var listedZh = capability.Materials.Count == 0 ? "无" : string.Join("、", capability.Materials);
            found.Add(Of(ExclusionReason.MaterialNotListed, $"material {requirement.Material} not listed (lists {listed})", $"未列出材料 {requirement.Material}（所列：{listedZh}）", ("material", requirement.Material), ("listed", string.Join("|", capability.Materials))));
            passed = false;
        }

        if (requirement.WeightKg is { } weight)
        {
            if (capability.MaxWeightKg is not { } max)
            {
                if (found is null) return false;
                found.Add(Of(ExclusionReason.WeightNotStated, $"maximum weight not stated; part weighs {Text(weight)} kg", $"未说明最大承重；零件重 {Text(weight)} kg", ("weightKg", weight)));
                passed = false;
            }
            else if (weight > max)
            {
                if (found is null) return false;
                found.Add(Of(ExclusionReason.TooHeavy, $"part {Text(weight)} kg > maximum {Text(max)} kg", $"零件 {Text(weight)} kg 超过最大承重 {Text(max)} kg", ("weightKg", weight), ("maxWeightKg", max)));
                passed = false;
            }
        }

        if (capability.MinBatch is { } minBatch && requirement.Quantity < minBatch)
        {
            if (found is null) return false;
            found.Add(Of(ExclusionReason.BatchBelowMinimum, $"batch {requirement.Quantity} < minimum {minBatch} pieces", $"批量 {requirement.Quantity} 件少于最小批量 {minBatch} 件", ("quantity", requirement.Quantity), ("minBatch", minBatch)));
            passed = false;
        }

        if (capability.MaxBatch is { } maxBatch && requirement.Quantity > maxBatch)
        {
            if (found is null) return false;
            found.Add(Of(ExclusionReason.BatchAboveMaximum, $"batch {requirement.Quantity} > maximum {maxBatch} pieces", $"批量 {requirement.Quantity} 件超过最大批量 {maxBatch} 件", ("quantity", requirement.Quantity), ("maxBatch", maxBatch)));
            passed = false;
        }

        return passed;
    }

    public static List<MatchExclusion> CheckProvider(OperationRequirement requirement, ProviderFacts provider, DateOnly dueDate)
    {
        var found = new List<MatchExclusion>();
        CheckProvider(requirement, provider, dueDate, found);
        return found;
    }

    /// <summary>Certifications held and valid on the due date, and the credit grade; <paramref name="found"/> as in <see cref="CheckParameters"/>.</summary>
    public static bool CheckProvider(OperationRequirement requirement, ProviderFacts provider, DateOnly dueDate, List<MatchExclusion>? found)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(provider);
        var passed = true;
        for (var i = 0; i < requirement.Certifications.Count; i++)
        {
            var standard = requirement.Certifications[i]?.Trim();
            if (string.IsNullOrEmpty(standard) || IsRepeated(requirement.Certifications, i)) continue;
            DateOnly? until = null;
            foreach (var held in provider.Certifications)
            {
                if (string.Equals(held.Standard.Trim(), standard, StringComparison.OrdinalIgnoreCase) && (until is null || held.ValidUntil > until)) until = held.ValidUntil;
            }

            if (until is { } validUntil && validUntil >= dueDate) continue;
            if (found is null) return false;
            passed = false;
            found.Add(until is { } expiring
                ? Of(ExclusionReason.CertificationExpiresBeforeDue, $"certification {standard} valid until {Text(expiring)}, before the due date {Text(dueDate)}", $"{standard} 认证有效期至 {Text(expiring)}，早于交期 {Text(dueDate)}", ("standard", standard), ("validUntil", expiring), ("dueDate", dueDate))
                : Of(ExclusionReason.CertificationMissing, $"certification {standard} not held", $"未持有 {standard} 认证", ("standard", standard)));
        }

        if (requirement.MinCreditGrade is { } demanded && CreditGrades.IsValid(demanded))
        {
            if (provider.CreditGrade is null || !CreditGrades.IsValid(provider.CreditGrade))
            {
                if (found is null) return false;
                found.Add(Of(ExclusionReason.NoCreditGrade, $"no credit grade yet; grade {demanded} or better required", $"尚无信用等级；要求 {demanded} 级或以上", ("minGrade", demanded)));
                passed = false;
            }
            else if (CreditGrades.Rank(provider.CreditGrade) > CreditGrades.Rank(demanded))
            {
                if (found is null) return false;
                found.Add(Of(ExclusionReason.CreditGradeTooLow, $"credit grade {provider.CreditGrade} below required {demanded}", $"信用等级 {provider.CreditGrade} 低于要求的 {demanded}", ("grade", provider.CreditGrade), ("minGrade", demanded)));
                passed = false;
            }
        }

        return passed;
    }

    private static bool IsRepeated(IReadOnlyList<string> standards, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(standards[j]?.Trim(), standards[index].Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    public static MatchExclusion ProcessNotCovered(string required, IEnumerable<string> offered)
    {
        var list = string.Join(", ", offered);
        return Of(ExclusionReason.ProcessNotCovered, $"does not offer {required} or a process under it (offers {list})", $"不提供 {required} 及其子工艺（提供：{list}）", ("processCode", required), ("offered", list));
    }

    public static MatchExclusion NotEnoughFreeTime(double freeMinutes, double neededMinutes, DateTimeOffset dueDate) =>
        Of(ExclusionReason.NotEnoughFreeTime, $"free time before the due date {Hours(freeMinutes)} h < needed {Hours(neededMinutes)} h", $"交期前空闲时间 {Hours(freeMinutes)} 小时少于所需 {Hours(neededMinutes)} 小时",
            ("freeHours", Math.Round(freeMinutes / 60, 1)), ("neededHours", Math.Round(neededMinutes / 60, 1)), ("dueDate", dueDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Aluminium 6061 is an aluminium: a requirement naming a family ("铝合金") accepts every listed grade of it
    /// ("铝合金 6061"), and a capability listing a family (a sand-blaster's "铝合金") takes every grade of it.
    /// </summary>
    public static bool HasMaterial(IReadOnlyList<string> listed, string wanted)
    {
        var w = wanted.Trim();
        // An indexed loop: foreach over the interface costs an enumerator (and its calls) for every resource a search tests.
        for (var i = 0; i < listed.Count; i++)
        {
            var m = listed[i];
            if (m.Equals(w, StringComparison.OrdinalIgnoreCase) || IsGradeOf(m, w) || IsGradeOf(w, m)) return true;
        }

        return false;
    }

    private static bool IsGradeOf(string grade, string family) =>
        grade.Length > family.Length && grade[family.Length] == ' ' && grade.StartsWith(family, StringComparison.OrdinalIgnoreCase);

    private static string Hours(double minutes) => Text(Math.Round(minutes / 60, 1));

    /// <summary>
    /// The part may be turned any way, so the sorted part dimensions must each fit the sorted machine dimensions. A
    /// capability with X and Y but no Z is a lathe (swing diameter X, length Y): its work space is X × X × Y.
    /// </summary>
    private static bool CheckEnvelope(OperationRequirement requirement, Capability capability, List<MatchExclusion>? found)
    {
        Span<decimal> part = stackalloc decimal[3];
        var parts = SortDescending(part, requirement.EnvelopeXMm, requirement.EnvelopeYMm, requirement.EnvelopeZMm);
        if (parts == 0) return true;
        Span<decimal> space = stackalloc decimal[3];
        var z = capability.EnvelopeZMm ?? (capability.EnvelopeYMm is not null ? capability.EnvelopeXMm : null);
        var spaces = SortDescending(space, capability.EnvelopeXMm, capability.EnvelopeYMm, z);
        var stated = spaces >= parts;
        var fits = stated;
        for (var i = 0; fits && i < parts; i++) fits = part[i] <= space[i];
        if (fits || found is null) return fits;

        var partText = Dimensions(part[..parts], " × ");
        if (!stated)
        {
            found.Add(Of(ExclusionReason.EnvelopeNotStated, $"work envelope not stated; part is {partText} mm", $"未说明加工范围；零件 {partText} mm", ("partMm", Dimensions(part[..parts], "x"))));
            return false;
        }

        var spaceText = Dimensions(space[..spaces], " × ");
        found.Add(Of(ExclusionReason.EnvelopeTooSmall, $"part {partText} mm does not fit envelope {spaceText} mm", $"零件 {partText} mm 超出加工范围 {spaceText} mm",
            ("partMm", Dimensions(part[..parts], "x")), ("envelopeMm", Dimensions(space[..spaces], "x"))));
        return false;
    }

    private static int SortDescending(Span<decimal> into, decimal? a, decimal? b, decimal? c)
    {
        var n = 0;
        if (a is { } x) into[n++] = x;
        if (b is { } y) into[n++] = y;
        if (c is { } z) into[n++] = z;
        // At most three values: a sorting network, no comparer delegate (this runs for every resource of a search).
        if (n > 1 && into[0] < into[1]) (into[0], into[1]) = (into[1], into[0]);
        if (n > 2 && into[1] < into[2]) (into[1], into[2]) = (into[2], into[1]);
        if (n > 1 && into[0] < into[1]) (into[0], into[1]) = (into[1], into[0]);
        return n;
    }

    private static string Dimensions(ReadOnlySpan<decimal> values, string separator)
    {
        var texts = new string[values.Length];
        for (var i = 0; i < values.Length; i++) texts[i] = Text(values[i]);
        return string.Join(separator, texts);
    }
}
