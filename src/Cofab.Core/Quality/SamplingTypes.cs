namespace Cofab.Core.Quality;

/// <summary>Inspection levels of ISO 2859-1 Table 1: special S-1 to S-4, general I, II (the default) and III.</summary>
public enum InspectionLevel
{
    S1,
    S2,
    S3,
    S4,
    I,
    II,
    III,
}

/// <summary>Which of the three master tables applies; the switching rules between them are the user's to follow.</summary>
public enum InspectionSeverity
{
    /// <summary>Table 2-A.</summary>
    Normal,

    /// <summary>Table 2-B.</summary>
    Tightened,

    /// <summary>Table 2-C.</summary>
    Reduced,
}

/// <summary>
/// A single sampling plan: draw <see cref="SampleSize"/> items; accept with at most <see cref="Acceptance"/>
/// nonconforming, reject with <see cref="Rejection"/> or more. <see cref="CodeLetter"/> is Table 1's letter for the lot;
/// <see cref="PlanCodeLetter"/> is the row the plan was taken from after following an arrow (it differs when the arrow
/// changed the sample size). When the sample would be as large as the lot, every item is inspected
/// (<see cref="HundredPercent"/>) and the sample size is the lot size.
/// </summary>
public sealed record SamplingPlan(
    char CodeLetter, char PlanCodeLetter, int SampleSize, int Acceptance, int Rejection, bool HundredPercent,
    InspectionSeverity Severity, decimal Aql);

public enum LotDecision
{
    Accept,
    Reject,

    /// <summary>
    /// Reduced inspection only, where the table leaves a gap between Ac and Re: the lot is accepted, but normal
    /// inspection is reinstated from the next lot.
    /// </summary>
    AcceptAndReinstateNormal,
}
