namespace Cofab.Core.Quality;

/// <summary>
/// Acceptance inspection of a work order's lot (or of one operation's output) by ISO 2859-1 single sampling. The plan is
/// fixed when the inspection is planned, so a later change of tables or defaults never changes what was agreed.
/// </summary>
public sealed class Inspection
{
    public Guid Id { get; set; }
    public Guid WorkOrderId { get; set; }
    public Guid OrderId { get; set; }
    public Guid ProviderEnterpriseId { get; set; }
    public Guid DemanderEnterpriseId { get; set; }

    /// <summary>A certifier (third-party lab) that inspects and records; null when the provider inspects its own lot.</summary>
    public Guid? InspectorEnterpriseId { get; set; }

    /// <summary>The part and routing step inspected; both null for the work order's whole lot.</summary>
    public Guid? PartId { get; set; }
    public int? Step { get; set; }

    public int LotSize { get; set; }
    public InspectionLevel Level { get; set; }
    public decimal Aql { get; set; }
    public InspectionSeverity Severity { get; set; }
    public string CodeLetter { get; set; } = "";
    public string PlanCodeLetter { get; set; } = "";
    public int SampleSize { get; set; }
    public int Acceptance { get; set; }
    public int Rejection { get; set; }
    public bool HundredPercent { get; set; }

    public InspectionStatus Status { get; set; }

    /// <summary>Reduced inspection accepted a lot in the gap between Ac and Re: the next lot goes back to normal.</summary>
    public bool ReinstateNormal { get; set; }

    public int? InspectedCount { get; set; }
    public int? NonconformingCount { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset? RecordedAt { get; set; }
    public Guid? RecordedBy { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; }

    public SamplingPlan Plan => new(CodeLetter[0], PlanCodeLetter[0], SampleSize, Acceptance, Rejection, HundredPercent, Severity, Aql);

    /// <summary>Fixes the plan on the inspection.</summary>
    public void Apply(SamplingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        CodeLetter = plan.CodeLetter.ToString();
        PlanCodeLetter = plan.PlanCodeLetter.ToString();
        SampleSize = plan.SampleSize;
        Acceptance = plan.Acceptance;
        Rejection = plan.Rejection;
        HundredPercent = plan.HundredPercent;
        Severity = plan.Severity;
        Aql = plan.Aql;
    }
}

public enum InspectionStatus
{
    Planned,
    Accepted,
    Rejected,
}

/// <summary>Nonconforming pieces found by an inspection, and what is to become of them.</summary>
public sealed class Nonconformity
{
    public Guid Id { get; set; }
    public Guid InspectionId { get; set; }
    public Guid WorkOrderId { get; set; }
    public Guid OrderId { get; set; }
    public string Description { get; set; } = "";
    public int Quantity { get; set; }
    public NonconformitySeverity Severity { get; set; }
    public Disposition? Disposition { get; set; }

    /// <summary>Whether scrapped or returned pieces are the provider's fault and so are deducted from its settlement.</summary>
    public bool ProviderAtFault { get; set; } = true;

    public string? DispositionNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }

    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Version { get; set; }

    /// <summary>Pieces the provider is not paid for: scrapped or returned through its own fault.</summary>
    public bool WritesOffAgainstProvider => ProviderAtFault && Disposition is Quality.Disposition.Scrap or Quality.Disposition.ReturnToProvider;
}

public enum NonconformitySeverity
{
    Minor,
    Major,
    Critical,
}

/// <summary>What is done with nonconforming pieces (ISO 9001 8.7).</summary>
public enum Disposition
{
    /// <summary>The provider reworks them: the work order goes back in progress and is reported done again.</summary>
    Rework,

    /// <summary>Written off.</summary>
    Scrap,

    /// <summary>A concession: the demander accepts them as they are.</summary>
    UseAsIs,

    /// <summary>Sent back to the provider.</summary>
    ReturnToProvider,
}
