using Cofab.Core.MachineData;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// SEAM for bookings: the intervals in which resources are already booked. Matching subtracts them from free time.
/// Bookings are being built separately; until they are wired in, <see cref="NoBookingsYet"/> reports none. The
/// implementation must answer from memory (or a cache): the search calls it for every resource that passed the
/// parameter tests, and has about 10 ms in all.
/// </summary>
public interface IBookedTimeSource
{
    /// <summary>Booked intervals of <paramref name="resourceId"/> that overlap [from, to), in any order.</summary>
    IReadOnlyList<TimeWindow> Busy(Guid resourceId, DateTimeOffset from, DateTimeOffset to);
}

/// <summary>No bookings exist yet: every resource is free wherever its calendar and idle windows say so.</summary>
public sealed class NoBookingsYet : IBookedTimeSource
{
    public IReadOnlyList<TimeWindow> Busy(Guid resourceId, DateTimeOffset from, DateTimeOffset to) => [];
}

/// <summary>SEAM for credit: the credit grade (A best … D) of an enterprise, or null when it has none.</summary>
public interface ICreditGradeSource
{
    string? GradeOf(Guid enterpriseId);
}

/// <summary>The platform grades nobody yet, so a requirement demanding a grade excludes every provider, with that reason.</summary>
public sealed class NoCreditGradesYet : ICreditGradeSource
{
    public string? GradeOf(Guid enterpriseId) => null;
}
