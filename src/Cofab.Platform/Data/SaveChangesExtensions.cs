using Cofab.Platform.Common;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

public static class SaveChangesExtensions
{
    /// <summary>
    /// Saves, turning a lost race on a <c>Version</c> concurrency token into a Conflict failure the caller can act on
    /// (reload and redo), instead of an exception.
    /// </summary>
    public static async Task<Failure?> SaveOrConflictAsync(this AppDbContext db, string conflictMessage, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict(conflictMessage);
        }
    }
}
