using System.ComponentModel.DataAnnotations;

namespace Cofab.Platform.Features.Matching;

/// <summary>Settings of the candidate index and the ranking (section <c>Matching</c>).</summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    /// <summary>
    /// How often a search may trigger a background check of the database fingerprint (counts and latest change times),
    /// which catches changes made by other processes (the CLI, another web instance). Changes made in this process are
    /// seen by the very next search without waiting.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FingerprintCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Build the index when the web host starts rather than at the first search.</summary>
    public bool WarmOnStart { get; set; } = true;

    /// <summary>Calendars are expanded this far ahead when the index is built; a later due date expands on demand.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "800.00:00:00")]
    public TimeSpan CalendarHorizon { get; set; } = TimeSpan.FromDays(120);

    /// <summary>Above this many resources changed at once, the index is rebuilt whole rather than patched.</summary>
    [Range(1, 1_000_000)]
    public int PatchLimit { get; set; } = 2_000;

    [Range(0, 100)] public double CostWeight { get; set; } = 0.5;
    [Range(0, 100)] public double TimeWeight { get; set; } = 0.25;
    [Range(0, 100)] public double DistanceWeight { get; set; } = 0.25;

    /// <summary>0 until the platform grades members' credit.</summary>
    [Range(0, 100)] public double CreditWeight { get; set; }

    [Range(0, 100)] public double PreferenceBonus { get; set; } = 10;

    public Core.Matching.RankingWeights Weights => new(CostWeight, TimeWeight, DistanceWeight, CreditWeight, PreferenceBonus);
}
