using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Benchmarks.Load;

/// <summary>
/// The hub's SQLite file, opened directly by the load generator while the hub is stopped: to prepare it for a
/// load run after seeding, and to check afterwards what the hub really stored.
/// </summary>
public sealed class HubStore(string dataDirectory)
{
    /// <summary>Stock per item and open orders per location that no run of a few minutes can use up.</summary>
    public const int Plenty = 10_000_000;

    public string DatabasePath { get; } = Path.Combine(dataDirectory, "locationboards.db");

    /// <summary>
    /// The demo data is sized for a demo (Downtown takes 40 open orders; a few dozen of each item in stock), so a
    /// load run of tens of thousands of orders would soon be refused as "at capacity" or "out of stock", rightly.
    /// A load run measures placing, not refusing: every location gets room for <see cref="Plenty"/> open orders
    /// and that much of every item it stocks, and is open all day every day with no dated closures (the demo's
    /// opening hours would otherwise refuse a run started in the evening in Portland as "closed"). Nothing else changes.
    /// </summary>
    public async Task RaiseCapacityAndStockAsync()
    {
        await ExecuteAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"""
            UPDATE "Locations" SET "MaxOpenOrders" = {Plenty};
            UPDATE "StockLevels" SET "OnHand" = {Plenty};
            DELETE FROM "DatedClosures";
            DELETE FROM "OpeningIntervals";
            INSERT INTO "OpeningIntervals" ("LocationId", "Day", "Opens", "DurationMinutes")
            SELECT l."Id", d.value, '00:00:00', 1440
            FROM "Locations" AS l
            CROSS JOIN json_each('["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"]') AS d;
            """));
    }

    public async Task<int> LocationIdAsync(string code)
    {
        var ids = await QueryAsync("""SELECT "Id" FROM "Locations" WHERE "Code" = $code""", r => r.GetInt32(0), ("$code", code));
        return ids.Count == 1 ? ids[0] : throw new InvalidOperationException($"No location with code {code}.");
    }

    /// <summary>The highest order id so far (0 for none): orders above it were placed by the run.</summary>
    public async Task<long> LastOrderIdAsync() =>
        (await QueryAsync("""SELECT COALESCE(MAX("Id"), 0) FROM "Orders" """, r => r.GetInt64(0)))[0];

    /// <summary>
    /// Registers a kiosk device at a location as an administrator does, awaiting pairing with the given one-time
    /// code (stored only as its hash, as the hub stores it); the browser then pairs on /kiosk/pair.
    /// </summary>
    public async Task RegisterKioskAsync(string locationCode, string pairingCode)
    {
        var locationId = await LocationIdAsync(locationCode);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pairingCode)));
        var now = DateTime.UtcNow;
        await ExecuteAsync(
            """
            INSERT INTO "KioskDevices" ("LocationId", "Name", "PairingCodeHash", "PairingCodeExpiresUtc", "CreatedUtc")
            VALUES ($location, 'Benchmark kiosk', $hash, $expires, $now)
            """,
            ("$location", locationId),
            ("$hash", hash),
            ("$expires", Timestamp(now.AddHours(1))),
            ("$now", Timestamp(now)));
    }

    /// <summary>Orders with an id above <paramref name="afterOrderId"/>, each with the idempotency key it was stored under (null when none).</summary>
    public async Task<IReadOnlyList<(long OrderId, string? Key)>> OrdersAfterAsync(long afterOrderId) =>
        await QueryAsync(
            """
            SELECT "o"."Id", "k"."Key" FROM "Orders" AS "o"
            LEFT JOIN "IdempotencyRecords" AS "k" ON "k"."OrderId" = "o"."Id"
            WHERE "o"."Id" > $after ORDER BY "o"."Id"
            """,
            r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)),
            ("$after", afterOrderId));

    /// <summary>A location's board events for orders above <paramref name="afterOrderId"/>: order id and sequence number.</summary>
    public async Task<IReadOnlyList<(long OrderId, long Sequence)>> BoardEventsAfterAsync(int locationId, long afterOrderId) =>
        await QueryAsync(
            """
            SELECT "OrderId", "Sequence" FROM "BoardEvents"
            WHERE "LocationId" = $location AND "OrderId" > $after ORDER BY "Sequence"
            """,
            r => (r.GetInt64(0), r.GetInt64(1)),
            ("$location", locationId),
            ("$after", afterOrderId));

    internal static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private SqliteConnection Open() => new(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());

    internal async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    internal async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = Open();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
