using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Seeding;

public class SeedAccountsTests(LoadedSeed seed) : IClassFixture<LoadedSeed>
{
    [Fact]
    public async Task Every_history_order_charged_to_the_account_is_on_its_customers_account_once()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var charged = await db.Orders.AsNoTracking().Where(o => o.PaymentMethod == PaymentMethod.ChargeToAccount)
            .ToDictionaryAsync(o => o.Id);
        var entries = await db.AccountEntries.AsNoTracking().ToListAsync();

        Assert.NotEmpty(charged);
        Assert.Equal(charged.Count, entries.Count);
        Assert.All(entries, e =>
        {
            var order = charged[e.OrderId!.Value];
            Assert.Equal(AccountEntryKind.OrderChargedToAccount, e.Kind);
            Assert.Equal((order.CustomerId, order.TotalMinor, order.PlacedUtc), (e.CustomerId, e.AmountMinor, e.OccurredUtc));
        });
    }

    [Fact]
    public async Task The_filter_subscription_renews_every_three_months()
    {
        await using var db = seed.Harness.Store.CreateDbContext();

        var subscription = await db.CatalogItems.AsNoTracking().SingleAsync(i => i.Sku == "SRV-FILTER-SUB");

        Assert.Equal((3, true), (subscription.TermMonths, subscription.Renews));
        Assert.Equal(1, await db.CatalogItems.CountAsync(i => i.TermMonths != null));
    }
}
