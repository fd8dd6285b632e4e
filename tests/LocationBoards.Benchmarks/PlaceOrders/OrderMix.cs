using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>
/// The orders the load generator sends, read from the hub's own data before the run: the demo customers, goods
/// stocked at the Downtown location (open 24 hours), pickups there and deliveries to saved addresses the routing
/// preview can place now (at night only Downtown is open, so only its service area). One to three lines each.
/// With <c>pickupsOnly</c> every order is a pickup at Downtown, so every board event is Downtown's.
/// </summary>
public sealed class OrderMix
{
    private const string PickupAt = "downtown";

    private readonly string[] _bodies;

    private OrderMix(string[] bodies, int pickups, int pickupLocationId) => (_bodies, Pickups, PickupLocationId) = (bodies, pickups, pickupLocationId);

    /// <summary>Downtown's location id.</summary>
    public int PickupLocationId { get; }

    public int Count => _bodies.Length;

    public int Pickups { get; }

    public string this[long i] => _bodies[(int)(i % _bodies.Length)];

    public static async Task<OrderMix> ReadAsync(string databasePath, OrderApi api, bool pickupsOnly = false, int size = 2_000)
    {
        ArgumentNullException.ThrowIfNull(api);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        var downtown = (await ReadAsync(connection, $"""SELECT "Id" FROM "Locations" WHERE "Code" = '{PickupAt}'""", r => r.GetInt32(0))).Single();
        var skus = await ReadAsync(
            connection,
            $"""
            SELECT "c"."Sku" FROM "CatalogItems" AS "c" JOIN "StockLevels" AS "s" ON "s"."CatalogItemId" = "c"."Id"
            WHERE "s"."LocationId" = {downtown} AND "c"."IsActive" = 1 AND "c"."Kind" = 'Goods' ORDER BY "c"."Sku"
            """,
            r => r.GetString(0));
        var customers = await ReadAsync(connection, """SELECT "Id" FROM "Customers" ORDER BY "Id" """, r => r.GetInt32(0));
        var addresses = await ReadAsync(
            connection, """SELECT "CustomerId", "Id" FROM "DeliveryAddresses" ORDER BY "CustomerId", "Id" """, r => (Customer: r.GetInt32(0), Address: r.GetInt32(1)));
        if (skus.Count == 0 || customers.Count == 0)
        {
            throw new InvalidOperationException("The hub's data has no customers or no goods stocked at Downtown: is it the seeded demo data?");
        }

        var random = new Random(2026);
        object[] Lines() => [.. skus.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(sku => new { sku, quantity = random.Next(1, 3) })];

        var deliverable = new List<(int Customer, int Address)>();
        foreach (var address in addresses.Take(pickupsOnly ? 0 : 300))
        {
            if (await api.PreviewFindsAsync(Delivery(address.Customer, address.Address, [new { sku = skus[0], quantity = 1 }])))
            {
                deliverable.Add(address);
            }
        }

        var bodies = new string[size];
        var pickups = 0;
        for (var i = 0; i < size; i++)
        {
            if (deliverable.Count == 0 || random.Next(2) == 0)
            {
                bodies[i] = Pickup(customers[random.Next(customers.Count)], downtown, Lines());
                pickups++;
            }
            else
            {
                var (customer, address) = deliverable[random.Next(deliverable.Count)];
                bodies[i] = Delivery(customer, address, Lines());
            }
        }

        Console.WriteLine($"// Order mix: {size} bodies, {pickups} pickups at {PickupAt} (location {downtown}), {size - pickups} deliveries to {deliverable.Count} saved addresses routable now; {skus.Count} goods SKUs, {customers.Count} customers");
        return new OrderMix(bodies, pickups, downtown);
    }

    private static string Pickup(int customerId, int locationId, object[] lines) => JsonSerializer.Serialize(new
    {
        customerId,
        lines,
        deliveryMethod = "pickup",
        pickupLocationId = locationId,
        payment = "payAtPickup",
    });

    private static string Delivery(int customerId, int addressId, object[] lines) => JsonSerializer.Serialize(new
    {
        customerId,
        lines,
        deliveryMethod = "delivery",
        deliveryAddressId = addressId,
        payment = "payOnDelivery",
    });

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
