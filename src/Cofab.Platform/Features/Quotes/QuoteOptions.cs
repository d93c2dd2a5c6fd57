using System.ComponentModel.DataAnnotations;
using Cofab.Core.Pricing;

namespace Cofab.Platform.Features.Quotes;

/// <summary>Operator settings for instant quotes and work orders (section "Quotes").</summary>
public sealed class QuoteOptions
{
    public const string Section = "Quotes";

    /// <summary>Candidate machines offered to the scheduler per routing step.</summary>
    [Range(1, 20)]
    public int CandidatesPerOperation { get; set; } = 6;

    /// <summary>Time limit of each of the three solves.</summary>
    [Range(0.2, 60)]
    public double SolveSeconds { get; set; } = 2;

    [Range(1, 16)]
    public int SolverWorkers { get; set; } = 2;

    /// <summary>
    /// Notice a provider gets: no operation of a quote starts earlier than this after the request, so a quote accepted
    /// within its validity never books time that has already begun.
    /// </summary>
    [Range(0, 14 * 24 * 60)]
    public int LeadMinutes { get; set; } = 120;

    [Range(1, 7 * 24 * 60)]
    public int ValidityMinutes { get; set; } = 30;

    /// <summary>Machine calendars and bookings are read this far beyond the latest due date.</summary>
    [Range(1, 365)]
    public int HorizonDaysAfterDue { get; set; } = 30;

    [Range(0, 1000)]
    public decimal TransportYuanPerKm { get; set; } = 3.5m;

    [Range(0, 100000)]
    public decimal TransportMinimumYuan { get; set; } = 80m;

    [Range(0, 50)]
    public decimal PlatformFeePercent { get; set; } = 3m;

    /// <summary>Average road speed for transport times (great-circle km ÷ speed + handling).</summary>
    [Range(5, 200)]
    public double TruckSpeedKmh { get; set; } = 50;

    /// <summary>Loading, unloading and paperwork per shipment.</summary>
    [Range(0, 24 * 60)]
    public int HandlingMinutes { get; set; } = 60;

    /// <summary>How long a provider has to accept or decline a released work order.</summary>
    [Range(1, 24 * 14)]
    public int WorkOrderResponseHours { get; set; } = 24;

    public PricingRates Rates => new(TransportYuanPerKm, TransportMinimumYuan, PlatformFeePercent);

    /// <summary>Minutes a shipment of <paramref name="distanceKm"/> takes, door to door.</summary>
    public long TransportMinutes(double distanceKm) => (long)Math.Ceiling(distanceKm / TruckSpeedKmh * 60) + HandlingMinutes;
}
