using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Sales;

/// <summary>
/// The Sales migration on a store that already has orders: a real SQLite file migrated up to the migration before,
/// given data in that schema, then migrated to the end.
/// </summary>
public sealed class SalesMigrationTests : IDisposable
{
    private static readonly DateTime Placed = new(2026, 10, 3, 16, 45, 12, DateTimeKind.Utc);

    private readonly MigrationTestStore _store = new("sales-migration");

    [Fact]
    public async Task Orders_charged_to_the_account_become_ledger_entries_for_their_totals_dated_when_placed()
    {
        await MigrateToTheMigrationBeforeSalesAsync();
        var (customerId, charged, cancelled, paidAtPickup) = await AddOrdersInTheOldSchemaAsync();

        await using var db = _store.CreateDbContext();
        await db.Database.MigrateAsync();

        var entries = await db.AccountEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(3, entries.Count);
        var charge = entries.Single(e => e.OrderId == charged.Id);
        Assert.Equal(AccountEntryKind.OrderChargedToAccount, charge.Kind);
        Assert.Equal(charged.TotalMinor, charge.AmountMinor);
        Assert.Equal(Placed, charge.OccurredUtc);
        Assert.Equal(DateTimeKind.Utc, charge.OccurredUtc.Kind);
        Assert.Equal(customerId, charge.CustomerId);
        Assert.Equal($"Order {charged.Id} charged to the account", charge.Description);
        Assert.Equal("migration:Sales", charge.RecordedBy);
        Assert.DoesNotContain(entries, e => e.OrderId == paidAtPickup.Id);

        var cancelledEntries = entries.Where(e => e.OrderId == cancelled.Id).ToList();
        Assert.Equal([AccountEntryKind.OrderChargedToAccount, AccountEntryKind.Adjustment], cancelledEntries.Select(e => e.Kind));
        Assert.Equal([cancelled.TotalMinor, -cancelled.TotalMinor], cancelledEntries.Select(e => e.AmountMinor));
        Assert.Equal(cancelled.LastMovedUtc, cancelledEntries[1].OccurredUtc);

        // The balance is summed by the store, in integer minor units.
        var balance = await db.AccountEntries.Where(e => e.CustomerId == customerId).SumAsync(e => e.AmountMinor);
        Assert.Equal(charged.TotalMinor, balance);
        Assert.Equal(new Core.Money(balance), AccountLedger.Balance(entries));
    }

    [Fact]
    public async Task The_tables_rebuilt_by_the_migration_keep_their_rows_and_references()
    {
        await MigrateToTheMigrationBeforeSalesAsync();
        await AddOrdersInTheOldSchemaAsync();

        await using var db = _store.CreateDbContext();
        await db.Database.MigrateAsync();

        var owned = await db.OwnedProducts.AsNoTracking().SingleAsync();
        Assert.Equal(1, owned.Quantity);
        Assert.Null(owned.SaleLineId);
        var item = await db.CatalogItems.AsNoTracking().SingleAsync();
        Assert.Null(item.TermMonths);
        Assert.False(item.Renews);
        Assert.Empty(await db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToListAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    public void Dispose() => _store.Dispose();

    private Task MigrateToTheMigrationBeforeSalesAsync() => _store.MigrateToJustBeforeAsync("Sales");

    /// <summary>
    /// Rows as the hub wrote them before the migration. Catalogue items and owned products change shape, so they are
    /// written in SQL; locations, customers and orders keep theirs.
    /// </summary>
    private async Task<(int CustomerId, Order Charged, Order Cancelled, Order PaidAtPickup)> AddOrdersInTheOldSchemaAsync()
    {
        await using var db = _store.CreateDbContext();
        var location = new Core.Locations.FulfilmentLocation
        {
            Code = "hawthorne", Name = "Hawthorne", Street = "3214 SE Hawthorne Blvd", City = "Portland", Postcode = "97214",
            Latitude = 45.512, Longitude = -122.63, ServiceAreaGeoJson = TestLocations.SquareAroundDowntownPortland,
            TimeZoneId = "America/Los_Angeles", MaxOpenOrders = 20,
        };
        var customer = new Customer
        {
            FirstName = "Jane", LastName = "Doe", BillingAddress = new PostalAddress { Street = "1 SE Oak St", City = "Portland", Postcode = "97214" },
        };
        db.AddRange(location, customer);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CatalogItems" ("Sku", "Name", "Category", "Kind", "Icon", "PriceMinor", "Description", "IsActive", "Version")
            VALUES ('COF-HOUSE-250', 'House blend coffee beans 250 g', 'Coffee & Tea', 'Goods', '☕', 810, '', 1, 0)
            """);
        var itemId = await db.Database.SqlQueryRaw<int>("SELECT \"Id\" AS \"Value\" FROM \"CatalogItems\"").SingleAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "OwnedProducts" ("CustomerId", "CatalogItemId", "AcquiredOn", "SerialNumber") VALUES ({customer.Id}, {itemId}, '2025-06-01', 'SN-1')
            """);

        Order Placing(PaymentMethod payment, OrderStatus status, int quantity) => new()
        {
            LocationId = location.Id, CustomerId = customer.Id, Channel = OrderChannel.Phone, DeliveryMethod = DeliveryMethod.Pickup,
            PaymentMethod = payment, Status = status, PlacedUtc = Placed, DueUtc = Placed.AddMinutes(15), TotalMinor = 810 * quantity,
            PlacedBy = "test", LastMovedUtc = status == OrderStatus.Cancelled ? Placed.AddMinutes(7) : null,
            Lines = [new OrderLine { CatalogItemId = itemId, ItemName = "House blend coffee beans 250 g", Quantity = quantity, UnitPriceMinor = 810 }],
            Routing = new RoutingRecord { OriginKind = "chosen location", Explanation = "Chosen by the caller." },
        };

        var charged = Placing(PaymentMethod.ChargeToAccount, OrderStatus.Done, 3);
        var cancelled = Placing(PaymentMethod.ChargeToAccount, OrderStatus.Cancelled, 2);
        var paidAtPickup = Placing(PaymentMethod.PayAtPickup, OrderStatus.Done, 1);
        db.Orders.AddRange(charged, cancelled, paidAtPickup);
        await db.SaveChangesAsync();
        return (customer.Id, charged, cancelled, paidAtPickup);
    }
}
