using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>Hands out the next dispatch sequence number inside the caller's transaction (one global sequence).</summary>
public static class DispatchSequences
{
    public static async Task<long> NextAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "DispatchSequences" SET "LastSequence" = "LastSequence" + 1 WHERE "Id" = {DispatchSequence.SingleRowId}""", cancellationToken);
        if (changed == 0)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "DispatchSequences" ("Id", "LastSequence") VALUES ({DispatchSequence.SingleRowId}, 1)""", cancellationToken);
            return 1;
        }

        return await db.DispatchSequences.AsNoTracking().Where(s => s.Id == DispatchSequence.SingleRowId).Select(s => s.LastSequence).SingleAsync(cancellationToken);
    }
}
