using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>Catalogue items, stock and customers made for one test.</summary>
public static class TestCatalog
{
    public static async Task<CatalogItem> AddItemAsync(
        IDbContextFactory<AppDbContext> store, string name = "Oat milk 1 L", long priceMinor = 320, CatalogItemKind kind = CatalogItemKind.Goods)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        var item = new CatalogItem
        {
            Sku = $"T-{Guid.NewGuid():N}"[..16].ToUpperInvariant(),
            Name = name,
            Category = kind == CatalogItemKind.Goods ? "Pantry" : "Services",
            Kind = kind,
            Icon = "🥛",
            PriceMinor = priceMinor,
        };
        db.CatalogItems.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    public static async Task SetStockAsync(IDbContextFactory<AppDbContext> store, int locationId, int itemId, int onHand)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        var level = await db.StockLevels.FindAsync(locationId, itemId);
        if (level is null)
        {
            db.StockLevels.Add(new StockLevel { LocationId = locationId, CatalogItemId = itemId, OnHand = onHand });
        }
        else
        {
            level.OnHand = onHand;
        }

        await db.SaveChangesAsync();
    }

    public static async Task<StockLevel?> StockAsync(IDbContextFactory<AppDbContext> store, int locationId, int itemId)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        return await db.StockLevels.AsNoTracking().SingleOrDefaultAsync(s => s.LocationId == locationId && s.CatalogItemId == itemId);
    }

    public static async Task<Customer> AddCustomerAsync(
        IDbContextFactory<AppDbContext> store, string firstName = "Ann", string phone = "+15035550142", double latitude = 45.5120, double longitude = -122.6400)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var db = await store.CreateDbContextAsync();
        var customer = new Customer
        {
            FirstName = firstName,
            LastName = "Tester",
            BillingAddress = new PostalAddress { Street = "3214 SE Hawthorne Blvd", City = "Portland", Postcode = "97214" },
            CreatedUtc = DateTime.UtcNow,
            Phones = [new CustomerPhone { Number = phone }],
            DeliveryAddresses =
            [
                new DeliveryAddress
                {
                    Address = new PostalAddress { Street = "3214 SE Hawthorne Blvd", City = "Portland", Postcode = "97214" },
                    Latitude = latitude,
                    Longitude = longitude,
                },
            ],
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer;
    }
}
