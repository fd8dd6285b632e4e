using System.Globalization;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using LocationBoards.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>Hands out the next dispatch sequence number inside the caller's transaction (one global sequence).</summary>
public static class DispatchSequences
{
    // One statement: creates the row the first time, bumps it after, and answers the new number (SQLite 3.35+, PostgreSQL).
    private const string Next = """
        INSERT INTO "DispatchSequences" ("Id", "LastSequence") VALUES ($id, 1)
        ON CONFLICT ("Id") DO UPDATE SET "LastSequence" = "DispatchSequences"."LastSequence" + 1
        RETURNING "LastSequence"
        """;

    public static async Task<long> NextAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (connection is SqliteConnection sqlite && SqliteStatementCache.Of(sqlite) is { } cache && cache.Rent(Next, (SqliteTransaction?)transaction) is { } prepared)
            {
                // A writer's connection: the statement stays prepared for its next event.
                prepared.Parameters.AddWithValue("$id", DispatchSequence.SingleRowId);
                try
                {
                    return Convert.ToInt64(prepared.ExecuteScalar(), CultureInfo.InvariantCulture);
                }
                catch
                {
                    cache.Forget(prepared);
                    throw;
                }
            }

            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Next;
            var id = command.CreateParameter();
            id.ParameterName = "$id";
            id.Value = DispatchSequence.SingleRowId;
            command.Parameters.Add(id);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
