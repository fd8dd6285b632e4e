using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>
/// The disk's ceiling for one-at-a-time durable writes: a scratch SQLite file beside the hub's, in WAL mode with
/// synchronous=FULL (as the hub), one single-row INSERT committed at a time in a tight loop, no EF Core.
/// </summary>
public static class DurableCommitBaseline
{
    public static async Task<(double CommitsPerSecond, LatencySummary Latency)> MeasureAsync(string folder, int seconds)
    {
        var path = Path.Combine(folder, $"commit-baseline-{Guid.NewGuid():N}.db");
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            await connection.OpenAsync();
            await using (var setup = connection.CreateCommand())
            {
                setup.CommandText = """
                    PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;
                    CREATE TABLE "Rows" ("Id" INTEGER PRIMARY KEY, "Payload" TEXT NOT NULL);
                    """;
                await setup.ExecuteNonQueryAsync();
            }

            await using var insert = connection.CreateCommand();
            insert.CommandText = """INSERT INTO "Rows" ("Payload") VALUES ($payload)""";
            insert.Parameters.AddWithValue("$payload", new string('x', 200));
            var latencies = new List<double>(100_000);
            var deadline = Stopwatch.GetTimestamp() + (seconds * Stopwatch.Frequency);
            var started = Stopwatch.GetTimestamp();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var start = Stopwatch.GetTimestamp();
                await using (var transaction = await connection.BeginTransactionAsync())
                {
                    insert.Transaction = (SqliteTransaction)transaction;
                    await insert.ExecuteNonQueryAsync();
                    await transaction.CommitAsync();
                }

                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return (latencies.Count / Stopwatch.GetElapsedTime(started).TotalSeconds, LatencySummary.Of(latencies));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
