using Cofab.Core.MachineData;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// The intervals in which resources are already booked; matching subtracts them from free time. Implemented by
/// <see cref="BookedTimeCache"/>: the search asks it for every resource that passed the parameter tests and has about
/// 10 ms in all, so it answers from memory after one <see cref="RefreshAsync"/> per search.
/// </summary>
public interface IBookedTimeSource
{
    /// <summary>Brings the answers up to date with bookings saved since the last refresh (cheap when nothing changed).</summary>
    ValueTask RefreshAsync(CancellationToken ct);

    /// <summary>Booked intervals of <paramref name="resourceId"/> that overlap [from, to), in any order.</summary>
    IReadOnlyList<TimeWindow> Busy(Guid resourceId, DateTimeOffset from, DateTimeOffset to);
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
