using Cofab.Core.Geography;
using Cofab.Core.MachineData;
using Cofab.Core.Members;
using Cofab.Core.Orders;
using Cofab.Core.Resources;

namespace Cofab.Core.Matching;

/// <summary>One search: what is needed, by when, where it is delivered, and from when capacity counts.</summary>
public sealed record MatchRequest(OperationRequirement Requirement, DateTimeOffset Now, DateTimeOffset DueDate, GeoPoint Delivery, decimal? DeclaredValueYuan = null)
{
    public DateOnly DueDay => DateOnly.FromDateTime(DueDate.UtcDateTime);
}

/// <summary>What matching knows of one resource besides its description: its owner and its time.</summary>
public sealed record MatchSubject(
    Resource Resource,
    ProviderFacts? Provider,
    WorkingTimeline? Calendar,
    IReadOnlyList<TimeWindow> IdleWindows,
    IReadOnlyList<TimeWindow> Busy);

/// <summary>
/// The verdict on one resource, with the figures ranking uses. An outcome judged without all reasons carries no
/// reasons when it excludes (the search only needs the verdict; explanations judge again with every reason).
/// </summary>
public sealed record MatchOutcome(
    Guid ResourceId,
    bool IsCandidate,
    Capability? Capability,
    IReadOnlyList<MatchExclusion> Exclusions,
    decimal? CostYuan,
    decimal? Minutes,
    double DistanceKm,
    double? FreeMinutes,
    bool Preferred);

/// <summary>
/// Judges one resource against one request, in stages from cheap to dear: offer (published, owner approved), process
/// and parameters, provider (certifications, credit), then free capacity before the due date. With
/// <c>allReasons</c> every stage runs and every reason is listed, worded (explanations); without it the first failure
/// ends the judgement and nothing is worded (the search, which runs this for every resource of the process).
/// </summary>
public static class ResourceMatcher
{
    public static MatchOutcome Evaluate(MatchRequest request, MatchSubject subject, bool allReasons)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(subject);
        var resource = subject.Resource;
        var requirement = request.Requirement;
        var found = allReasons ? new List<MatchExclusion>() : null;
        var passed = true;

        if (resource.Visibility != ResourceVisibility.Published)
        {
            passed = false;
            found?.Add(MatchExclusion.Of(ExclusionReason.NotPublished, "private resource: not offered for matching", "私有资源：未对外提供匹配"));
        }

        if (subject.Provider is not { Approved: true })
        {
            passed = false;
            found?.Add(MatchExclusion.Of(ExclusionReason.ProviderNotApproved, "the owner is not an approved member", "所属企业不是已批准的会员"));
        }

        if (!passed && found is null) return Excluded(null);
        var capability = BestCapability(requirement, resource, found, ref passed);
        if (!passed && found is null) return Excluded(capability);
        if (subject.Provider is { } provider && !RequirementChecks.CheckProvider(requirement, provider, request.DueDay, found))
        {
            if (found is null) return Excluded(capability);
            passed = false;
        }

        var minutes = capability is null ? null : CostEstimate.Minutes(capability, requirement.Quantity);
        var free = FreeCapacity.Minutes(subject.Calendar, subject.IdleWindows, subject.Busy, request.Now, request.DueDate);
        var needed = (double)(minutes ?? 0);
        if (free <= 0 || free < needed)
        {
            if (found is null) return Excluded(capability);
            passed = false;
            found.Add(RequirementChecks.NotEnoughFreeTime(free, needed, request.DueDate));
        }

        var cost = capability is null ? null : CostEstimate.Yuan(resource.Prices, capability, requirement.Quantity, request.DeclaredValueYuan);
        return new MatchOutcome(resource.Id, passed, capability, (IReadOnlyList<MatchExclusion>?)found ?? [], cost, minutes,
            resource.Location.DistanceKmTo(request.Delivery), free, IsPreferred(subject.Provider, requirement.PreferredDivisions));

        MatchOutcome Excluded(Capability? chosen) => new(resource.Id, false, chosen, [], null, null,
            resource.Location.DistanceKmTo(request.Delivery), null, IsPreferred(subject.Provider, requirement.PreferredDivisions));
    }

    /// <summary>
    /// The first capability of the requested process whose parameters all pass (the one <see cref="Evaluate"/> matches
    /// with), or null when none does; nothing is worded.
    /// </summary>
    public static Capability? PassingCapability(OperationRequirement requirement, Resource resource)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        foreach (var capability in resource.Capabilities)
        {
            if (RequirementChecks.Covers(capability, requirement) && RequirementChecks.CheckParameters(requirement, capability, found: null)) return capability;
        }

        return null;
    }

    /// <summary>
    /// The capability of the process that passes, or else the one that fails the fewest tests (the first on a tie),
    /// whose failures are added to <paramref name="found"/>.
    /// </summary>
    private static Capability? BestCapability(OperationRequirement requirement, Resource resource, List<MatchExclusion>? found, ref bool passed)
    {
        Capability? best = null;
        List<MatchExclusion>? bestFailures = null;
        var covered = false;
        foreach (var capability in resource.Capabilities)
        {
            if (!RequirementChecks.Covers(capability, requirement)) continue;
            covered = true;
            var failures = found is null ? null : new List<MatchExclusion>();
            if (RequirementChecks.CheckParameters(requirement, capability, failures)) return capability;
            if (best is null || (failures is not null && failures.Count < bestFailures!.Count)) (best, bestFailures) = (capability, failures);
        }

        passed = false;
        if (found is null) return best;
        if (!covered) found.Add(RequirementChecks.ProcessNotCovered(requirement.ProcessCode, resource.Capabilities.Select(c => c.ProcessCode)));
        else found.AddRange(bestFailures!);
        return best;
    }

    private static bool IsPreferred(ProviderFacts? provider, IReadOnlyList<string> preferredPrefixes) =>
        preferredPrefixes.Count > 0 && provider is not null && IsPreferred(provider.DivisionCode, preferredPrefixes);

    public static bool IsPreferred(string divisionCode, IReadOnlyList<string> preferredPrefixes) =>
        DivisionCode.IsValid(divisionCode) && preferredPrefixes.Any(prefix => IsPrefix(prefix) && DivisionCode.IsWithin(divisionCode, prefix));

    /// <summary>A division prefix is 2, 4 or 6 digits (33, 3302, 330206).</summary>
    public static bool IsPrefix(string? prefix) => prefix is { Length: 2 or 4 or 6 } && prefix.All(char.IsAsciiDigit);
}
