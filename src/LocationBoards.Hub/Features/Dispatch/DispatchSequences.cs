using System.Globalization;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
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
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
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
