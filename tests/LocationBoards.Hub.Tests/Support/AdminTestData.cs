using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>Small, explicit data each admin or location test adds for itself.</summary>
public static class AdminTestData
{
    public const string PortlandArea =
        """{"type":"Polygon","coordinates":[[[-122.80,45.40],[-122.50,45.40],[-122.50,45.60],[-122.80,45.60],[-122.80,45.40]]]}""";

    public static async Task<FulfilmentLocation> AddLocationAsync(
        IDbContextFactory<AppDbContext> store,
        string code,
        string timeZoneId = "America/Los_Angeles",
        int maxOpenOrders = 20,
        params OpeningInterval[] hours)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        var location = new FulfilmentLocation
        {
            Code = code,
            Name = $"Location {code}",
            Street = "1 Main St",
            City = "Portland",
            Postcode = "97205",
            Latitude = 45.52,
            Longitude = -122.68,
            ServiceAreaGeoJson = PortlandArea,
            TimeZoneId = timeZoneId,
            MaxOpenOrders = maxOpenOrders,
            Version = 1,
            OpeningIntervals = [.. hours],
        };
        db.Locations.Add(location);
        await db.SaveChangesAsync();
        return location;
    }

    public static async Task<CatalogItem> AddItemAsync(
        IDbContextFactory<AppDbContext> store, string sku, CatalogItemKind kind = CatalogItemKind.Goods, long priceMinor = 450)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        var item = new CatalogItem
        {
            Sku = sku,
            Name = $"Item {sku}",
            Category = kind == CatalogItemKind.Goods ? "Drinks" : "Repairs",
            Kind = kind,
            Icon = "☕",
            PriceMinor = priceMinor,
            Version = 1,
        };
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    public static async Task SetStockAsync(IDbContextFactory<AppDbContext> store, int locationId, int itemId, int onHand, int reserved)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        db.StockLevels.Add(new StockLevel { LocationId = locationId, CatalogItemId = itemId, OnHand = onHand, Reserved = reserved, Version = 1 });
        await db.SaveChangesAsync();
    }

    /// <summary>Orders at the location in the given states (for capacity and open-order counts).</summary>
    public static async Task AddOrdersAsync(IDbContextFactory<AppDbContext> store, int locationId, params OrderStatus[] statuses)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(statuses);
        await using var db = await store.CreateDbContextAsync();
        var customer = new Customer
        {
            FirstName = "Test",
            LastName = "Client",
            BillingAddress = new PostalAddress { Street = "2 Side St", City = "Portland", Postcode = "97205" },
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        foreach (var status in statuses)
        {
            db.Orders.Add(new Order
            {
                LocationId = locationId,
                CustomerId = customer.Id,
                Status = status,
                PlacedBy = "test",
                PlacedUtc = new DateTime(2026, 3, 4, 17, 0, 0, DateTimeKind.Utc),
                DueUtc = new DateTime(2026, 3, 4, 18, 0, 0, DateTimeKind.Utc),
                Routing = new RoutingRecord { OriginKind = "kiosk", Explanation = "test" },
            });
        }

        await db.SaveChangesAsync();
    }

    public static async Task<FulfilmentLocation> ReadLocationAsync(IDbContextFactory<AppDbContext> store, int id)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        return await db.Locations.AsNoTracking()
            .Include(l => l.OpeningIntervals)
            .Include(l => l.Closures)
            .Include(l => l.Services)
            .AsSplitQuery()
            .SingleAsync(l => l.Id == id);
    }

    public static OpeningInterval Open(DayOfWeek day, int opensHour, int closesHour) =>
        OpeningInterval.Between(day, new TimeOnly(opensHour, 0), new TimeOnly(closesHour, 0));

    /// <summary>The same hours every day of the week.</summary>
    public static OpeningInterval[] EveryDay(int opensHour, int closesHour) =>
        [.. Enum.GetValues<DayOfWeek>().Select(d => Open(d, opensHour, closesHour))];
}
