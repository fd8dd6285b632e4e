using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>Hands out the next dispatch sequence number inside the caller's transaction (one global sequence).</summary>
public static class DispatchSequences
{
    // One statement: creates the row the first time, bumps it after, and answers the new number (SQLite 3.35+,
    // PostgreSQL). Run through EF Core's own command path, so on a writer's connection it stays prepared
    // (SqliteStatementCacheInterceptor); not composed further, so EF sends it as it is.
    private const string Next = """
        INSERT INTO "DispatchSequences" ("Id", "LastSequence") VALUES ({0}, 1)
        ON CONFLICT ("Id") DO UPDATE SET "LastSequence" = "DispatchSequences"."LastSequence" + 1
        RETURNING "LastSequence" AS "Value"
        """;

    public static async Task<long> NextAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var answered = await db.Database.SqlQueryRaw<long>(Next, DispatchSequence.SingleRowId).ToListAsync(cancellationToken);
        return answered.Single();
    }
}
