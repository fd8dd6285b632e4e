using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Benchmarks.BoardCircuits;

/// <summary>What the order generator needs from the seeded store, read (read-only) from the hub's SQLite file.</summary>
public sealed record StoreFacts(int LocationId, string LocationName, int CustomerId, IReadOnlyList<string> Skus)
{
    public static async Task<StoreFacts> ReadAsync(string storePath, string locationCode, int ordersNeeded)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = storePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();

        int locationId;
        string locationName;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "Id", "Name" FROM "Locations" WHERE "Code" = $code""";
            command.Parameters.AddWithValue("$code", locationCode);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                throw new InvalidOperationException($"There is no location '{locationCode}' in the seeded store.");
            }

            locationId = reader.GetInt32(0);
            locationName = reader.GetString(1);
        }

        int customerId;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT MIN("Id") FROM "Customers" """;
            customerId = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        // Goods with the most stock on hand there, so that every order of the run can reserve one.
        var skus = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT i."Sku" FROM "StockLevels" AS s JOIN "CatalogItems" AS i ON i."Id" = s."CatalogItemId"
                WHERE s."LocationId" = $location AND i."Kind" = 'Goods' AND i."IsActive" AND s."OnHand" - s."Reserved" > $needed
                ORDER BY s."OnHand" - s."Reserved" DESC, i."Sku" LIMIT 5
                """;
            command.Parameters.AddWithValue("$location", locationId);
            command.Parameters.AddWithValue("$needed", ordersNeeded);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                skus.Add(reader.GetString(0));
            }
        }

        return skus.Count > 0
            ? new StoreFacts(locationId, locationName, customerId, skus)
            : throw new InvalidOperationException($"No goods at '{locationCode}' have {ordersNeeded} in stock.");
    }
}
