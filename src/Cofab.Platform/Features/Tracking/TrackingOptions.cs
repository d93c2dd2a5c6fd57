using System.ComponentModel.DataAnnotations;

namespace Cofab.Platform.Features.Tracking;

/// <summary>Operator settings for late-work alerts and re-scheduling proposals (section "Tracking").</summary>
public sealed class TrackingOptions
{
    public const string Section = "Tracking";

    /// <summary>Whether the host scans for late work on its own; tests and the CLI scan on demand instead.</summary>
    public bool ScanInBackground { get; set; } = true;

    /// <summary>Seconds between two background scans.</summary>
    [Range(5, 24 * 60 * 60)]
    public int ScanIntervalSeconds { get; set; } = 300;

    /// <summary>How long after its first planned start an accepted work order may still not have started before it is late.</summary>
    [Range(0, 7 * 24 * 60)]
    public int StartGraceMinutes { get; set; } = 60;

    /// <summary>Time limit of the scheduler's solve for a re-scheduling proposal; the page waits for it.</summary>
    [Range(0.2, 30)]
    public double ProposalSolveSeconds { get; set; } = 2;

    [Range(1, 16)]
    public int SolverWorkers { get; set; } = 2;

    /// <summary>How long after it was computed a proposal may still be applied; its first operations start at that moment.</summary>
    [Range(1, 24 * 60)]
    public int ProposalValidMinutes { get; set; } = 15;

    public TimeSpan ScanInterval => TimeSpan.FromSeconds(ScanIntervalSeconds);

    public TimeSpan StartGrace => TimeSpan.FromMinutes(StartGraceMinutes);

    public TimeSpan ProposalValidity => TimeSpan.FromMinutes(ProposalValidMinutes);
}
