using Cofab.Core.Calendars;
using Cofab.Core.Members;
using Cofab.Core.Resources;

namespace Cofab.Core.Demo;

/// <summary>What to generate. The start date is required so that generated calendars and idle windows never depend on the clock.</summary>
public sealed class DemoOptions
{
    public int Seed { get; init; } = 42;

    /// <summary>Provider enterprises (factories, labs, service firms); some of them also act as demanders.</summary>
    public int Enterprises { get; init; } = 40;

    /// <summary>Average resources per provider; workshops get more, service firms fewer.</summary>
    public int ResourcesPerEnterprise { get; init; } = 10;

    /// <summary>Enterprises that only post demand.</summary>
    public int Demanders { get; init; } = 6;

    /// <summary>Adds the platform operator and the provincial regulator as members, so every role can sign in.</summary>
    public bool IncludePlatformMembers { get; init; } = true;

    /// <summary>The first day of published idle capacity; holidays are those of its year (and the next, near year end).</summary>
    public required DateOnly StartDate { get; init; }
}

/// <summary>A generated region: everything references everything else by id, ready to be inserted in this order.</summary>
public sealed class DemoDataSet
{
    public required IReadOnlyList<Grouping> Groupings { get; init; }
    public required IReadOnlyList<Enterprise> Enterprises { get; init; }
    public required IReadOnlyList<SiteCalendar> Calendars { get; init; }
    public required IReadOnlyList<Resource> Resources { get; init; }

    /// <summary>One suggested sign-in per enterprise; passwords are the loader's business.</summary>
    public required IReadOnlyList<DemoUser> Users { get; init; }
}

/// <summary>A user to create for an enterprise; <see cref="Roles"/> are <see cref="MemberRole"/> names.</summary>
public sealed record DemoUser(Guid EnterpriseId, string Email, string DisplayName, IReadOnlyList<string> Roles);
