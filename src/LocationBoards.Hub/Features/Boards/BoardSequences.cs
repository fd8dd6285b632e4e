using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>Hands out each location's next board event number inside the caller's transaction: no gaps, no repeats.</summary>
public static class BoardSequences
{
    public static async Task<long> NextAsync(AppDbContext db, int locationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "BoardSequences" ("LocationId", "LastSequence") VALUES ({locationId}, 1) ON CONFLICT ("LocationId") DO UPDATE SET "LastSequence" = "BoardSequences"."LastSequence" + 1""",
            cancellationToken);
        return await db.BoardSequences.AsNoTracking()
            .Where(s => s.LocationId == locationId)
            .Select(s => s.LastSequence)
            .SingleAsync(cancellationToken);
    }
}
