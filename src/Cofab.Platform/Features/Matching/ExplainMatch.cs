using Cofab.Core.Matching;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;

namespace Cofab.Platform.Features.Matching;

/// <summary>
/// Why one resource is or is not a candidate for a requirement, every reason listed. Only the resource's owner and the
/// operator (or regulator) may ask; anyone else is told it does not exist, as for any record not theirs. The operator
/// reading another member's machine is recorded in the audit trail.
/// </summary>
public sealed class ExplainMatch(CandidateIndex index, IBookedTimeSource bookings, AppDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<MatchExplanation>> HandleAsync(Guid resourceId, CandidateSearch search, Caller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var snapshot = await index.CurrentAsync(ct);
        await bookings.RefreshAsync(ct);
        if (!snapshot.Resources.TryGetValue(resourceId, out var entry) || !(caller.SeesAll || entry.Resource.EnterpriseId == caller.EnterpriseId))
            return Failure.NotFound($"No resource {resourceId} of yours.");
        var now = clock.GetUtcNow();
        // Distance plays no part in exclusion; without a delivery point the explanation measures from the resource itself.
        if (double.IsNaN(search.DeliveryLatitude) || double.IsNaN(search.DeliveryLongitude))
            search = search with { DeliveryLatitude = entry.Resource.Location.Latitude, DeliveryLongitude = entry.Resource.Location.Longitude };
        if (MatchingValidation.Check(search, snapshot.Taxonomy, now) is { } invalid) return invalid;

        var request = MatchingSubjects.Request(search.Requirement, now, search.DueDate, search.DeliveryLatitude, search.DeliveryLongitude, search.DeclaredValueYuan);
        var outcome = ResourceMatcher.Evaluate(request, MatchingSubjects.Subject(snapshot, entry, snapshot.Providers.GetValueOrDefault(entry.Resource.EnterpriseId), bookings, request, []), allReasons: true);
        if (entry.Resource.EnterpriseId != caller.EnterpriseId)
        {
            audit.Record(caller, "matching.explained", "resource", resourceId.ToString(), entry.Resource.EnterpriseId, request.Requirement.ProcessCode);
            await db.SaveChangesAsync(ct);
        }

        return new MatchExplanation(resourceId, entry.Resource.Name, entry.Resource.EnterpriseId, outcome.IsCandidate, outcome.Exclusions,
            outcome.Capability?.ProcessCode, outcome.CostYuan, outcome.Minutes, Math.Round(outcome.DistanceKm, 1),
            outcome.FreeMinutes is { } free ? Math.Round(free / 60, 1) : null);
    }
}
