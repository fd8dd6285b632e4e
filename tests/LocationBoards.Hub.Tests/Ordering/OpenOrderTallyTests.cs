using LocationBoards.Core.Customers;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Ordering;

/// <summary>
/// The store's tally of open orders per location (what routing measures capacity against) on a real SQLite file: filled
/// by its migration from the orders already there, then kept by the store on every insert, move, undo, change of
/// location and delete, always equal to counting the open orders.
/// </summary>
public sealed class OpenOrderTallyTests : IDisposable
{
    private static readonly DateTime Placed = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private readonly MigrationTestStore _store = new("open-order-tally");

    [Fact]
    public async Task The_migration_counts_the_open_orders_already_in_the_store()
    {
        await _store.MigrateToJustBeforeAsync("OpenOrderTallies");

        var (east, west, customerId) = await AddLocationsAndCustomerAsync();
        await AddOrdersAsync(
            Order(east, customerId, OrderStatus.New), Order(east, customerId, OrderStatus.Ready), Order(east, customerId, OrderStatus.Done),
            Order(west, customerId, OrderStatus.InPreparation), Order(west, customerId, OrderStatus.Cancelled));

        await using var db = _store.CreateDbContext();
        await db.Database.MigrateAsync();

        Assert.Equal(new Dictionary<int, int> { [east] = 2, [west] = 1 }, await TalliesAsync(db));
        await AssertTallyEqualsCountAsync(db);
    }

    [Fact]
    public async Task The_store_keeps_the_tally_through_moves_undos_changes_of_location_and_deletes()
    {
        await using (var fresh = _store.CreateDbContext())
        {
            await fresh.Database.MigrateAsync();
        }

        var (east, west, customerId) = await AddLocationsAndCustomerAsync();
        var first = Order(east, customerId, OrderStatus.New);
        var second = Order(east, customerId, OrderStatus.New);
        var finished = Order(west, customerId, OrderStatus.Done);
        await AddOrdersAsync(first, second, finished);
        await using var db = _store.CreateDbContext();
        Assert.Equal(new Dictionary<int, int> { [east] = 2 }, await TalliesAsync(db));

        await SetAsync(db, first.Id, o => o.Status = OrderStatus.InPreparation);
        Assert.Equal(2, (await TalliesAsync(db))[east]);

        await SetAsync(db, first.Id, o => o.Status = OrderStatus.HandedOver);
        Assert.Equal(1, (await TalliesAsync(db))[east]);

        await SetAsync(db, first.Id, o => o.Status = OrderStatus.Ready);
        Assert.Equal(2, (await TalliesAsync(db))[east]);

        await SetAsync(db, second.Id, o => o.LocationId = west);
        Assert.Equal(new Dictionary<int, int> { [east] = 1, [west] = 1 }, await TalliesAsync(db));

        await SetAsync(db, finished.Id, o => (o.LocationId, o.Status) = (east, OrderStatus.New));
        Assert.Equal(new Dictionary<int, int> { [east] = 2, [west] = 1 }, await TalliesAsync(db));

        await db.Database.ExecuteSqlAsync($"""UPDATE "Orders" SET "Status" = 'Cancelled' WHERE "Id" = {second.Id}""");
        await db.Orders.Where(o => o.Id == first.Id).ExecuteDeleteAsync();
        Assert.Equal(new Dictionary<int, int> { [east] = 1, [west] = 0 }, await TalliesAsync(db));
        await AssertTallyEqualsCountAsync(db);
    }

    public void Dispose() => _store.Dispose();

    private static Order Order(int locationId, int customerId, OrderStatus status) => new()
    {
        LocationId = locationId, CustomerId = customerId, Channel = OrderChannel.Api, DeliveryMethod = DeliveryMethod.Pickup,
        PaymentMethod = PaymentMethod.PayAtPickup, Status = status, PlacedUtc = Placed, DueUtc = Placed.AddMinutes(15), TotalMinor = 0,
        PlacedBy = "test", Routing = new RoutingRecord { OriginKind = "chosen location", Explanation = "Chosen by the test." },
    };

    private static async Task<Dictionary<int, int>> TalliesAsync(AppDbContext db) =>
        await db.OpenOrderTallies.AsNoTracking().ToDictionaryAsync(t => t.LocationId, t => t.OpenOrders);

    private static async Task AssertTallyEqualsCountAsync(AppDbContext db)
    {
        var counted = await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.New || o.Status == OrderStatus.InPreparation || o.Status == OrderStatus.Ready)
            .GroupBy(o => o.LocationId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var tallied = (await TalliesAsync(db)).Where(t => t.Value != 0).ToDictionary();
        Assert.Equal(counted, tallied);
    }

    private static async Task SetAsync(AppDbContext db, long orderId, Action<Order> change)
    {
        var order = await db.Orders.SingleAsync(o => o.Id == orderId);
        change(order);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private async Task<(int East, int West, int CustomerId)> AddLocationsAndCustomerAsync()
    {
        await using var db = _store.CreateDbContext();
        FulfilmentLocation Location(string code, double longitude) => new()
        {
            Code = code, Name = code, Street = "1 Main St", City = "Portland", Postcode = "97214", Latitude = 45.51, Longitude = longitude,
            ServiceAreaGeoJson = TestLocations.SquareAroundDowntownPortland, TimeZoneId = "America/Los_Angeles", MaxOpenOrders = 20,
        };
        var east = Location("east", -122.60);
        var west = Location("west", -122.70);
        var customer = new Customer { FirstName = "Jane", LastName = "Doe", BillingAddress = new PostalAddress { Street = "1 SE Oak St", City = "Portland", Postcode = "97214" } };
        db.AddRange(east, west, customer);
        await db.SaveChangesAsync();
        return (east.Id, west.Id, customer.Id);
    }

    private async Task AddOrdersAsync(params Order[] orders)
    {
        await using var db = _store.CreateDbContext();
        db.Orders.AddRange(orders);
        await db.SaveChangesAsync();
    }
}
