using System.Globalization;
using LocationBoards.Core.Access;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Seeding;

public class SeedLoadTests(LoadedSeed seed) : IClassFixture<LoadedSeed>
{
    [Fact]
    public async Task Real_seed_folder_loads_with_the_promised_counts()
    {
        await using var db = seed.Harness.Store.CreateDbContext();

        Assert.True(await db.Locations.CountAsync() >= 12);
        Assert.True(await db.CatalogItems.CountAsync() >= 60);
        Assert.True(await db.CatalogItems.Select(i => i.Category).Distinct().CountAsync() >= 6);
        Assert.True(await db.Customers.CountAsync() >= 200);
        Assert.True(await db.SpeedDialEntries.CountAsync() >= 10);
        Assert.Equal(await db.Locations.CountAsync(), await db.BoardSequences.CountAsync(s => s.LastSequence == 0));
        Assert.Equal(0, await db.BoardEvents.CountAsync());
        Assert.Equal(seed.Summary.HistoryOrders, await db.Orders.CountAsync());
        Assert.True(await db.StreetSegments.CountAsync() >= 300);
    }

    [Fact]
    public async Task History_spans_about_twelve_months_and_its_newest_order_falls_yesterday()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var placed = await db.Orders.Select(o => o.PlacedUtc).ToListAsync();
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(seed.Harness.Clock.GetUtcNow().UtcDateTime, zone));

        var newest = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(placed.Max(), zone));

        Assert.Equal(today.AddDays(-1), newest);
        Assert.InRange((placed.Max() - placed.Min()).TotalDays, 330, 370);
    }

    [Fact]
    public async Task History_orders_are_done_priced_from_the_catalogue_and_routed_from_history()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var prices = await db.CatalogItems.ToDictionaryAsync(i => i.Id, i => i.PriceMinor);
        var orders = await db.Orders.Include(o => o.Lines).AsNoTracking().Take(500).ToListAsync();

        Assert.All(orders, o =>
        {
            Assert.Equal(OrderStatus.Done, o.Status);
            Assert.Equal("history", o.Routing.OriginKind);
            Assert.Equal("Imported from order history.", o.Routing.Explanation);
            Assert.All(o.Lines, l => Assert.Equal(prices[l.CatalogItemId], l.UnitPriceMinor));
            Assert.Equal(o.Lines.Sum(l => l.LineTotalMinor), o.TotalMinor);
        });
        Assert.Contains(orders, o => o.DeliveryMethod == DeliveryMethod.Delivery && o.DeliveryAddress is not null);
    }

    [Fact]
    public async Task Opening_hours_vary_across_locations()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var locations = await db.Locations.Include(l => l.OpeningIntervals).Include(l => l.Closures).AsNoTracking().ToListAsync();

        Assert.Contains(locations, l => !l.OpeningIntervals.Exists(i => i.Day == DayOfWeek.Sunday));
        Assert.Contains(locations, l => l.OpeningIntervals.Exists(i => i.RunsPastMidnight));
        Assert.Contains(locations, l => l.OpeningIntervals.Count(i => i.DurationMinutes == OpeningInterval.MinutesPerDay) == 7);
        Assert.Contains(locations, l => l.Closures.Count > 0);
        Assert.True(locations.Select(l => l.MaxOpenOrders).Distinct().Count() > 3);
    }

    [Fact]
    public async Task Households_share_a_number_and_some_customers_prefer_a_person()
    {
        await using var db = seed.Harness.Store.CreateDbContext();

        var shared = await db.CustomerPhones.GroupBy(p => p.Number).Where(g => g.Count() >= 2).CountAsync();
        var prefersPerson = await db.Customers.CountAsync(c => c.PrefersPerson);

        Assert.True(shared >= 10, $"{shared} shared numbers");
        Assert.InRange(prefersPerson, 5, await db.Customers.CountAsync() / 4);
        Assert.All(await db.CustomerPhones.Select(p => p.Number).ToListAsync(), n => Assert.Matches(@"^\+1(503|971|360)5550[1]\d\d$", n));
    }

    [Fact]
    public async Task Some_goods_are_out_of_stock_at_some_locations_and_in_stock_at_others()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var stock = await db.StockLevels.AsNoTracking().ToListAsync();

        var mixed = stock.GroupBy(s => s.CatalogItemId).Count(g => g.Any(s => s.OnHand == 0) && g.Any(s => s.OnHand > 0));

        Assert.True(mixed >= 5, $"{mixed} items are out somewhere and in elsewhere");
        var services = await db.CatalogItems.Where(i => i.Kind == CatalogItemKind.Service).Select(i => i.Id).ToListAsync();
        Assert.DoesNotContain(stock, s => services.Contains(s.CatalogItemId));
    }

    [Fact]
    public async Task Usual_items_differ_between_customers()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var lines = await db.Orders.SelectMany(o => o.Lines, (o, l) => new { o.CustomerId, l.CatalogItemId, l.Quantity }).ToListAsync();

        var topItems = lines
            .GroupBy(l => l.CustomerId)
            .Where(g => g.Count() >= 3)
            .Select(g => g.GroupBy(l => l.CatalogItemId).OrderByDescending(i => i.Count()).ThenBy(i => i.Key).First().Key)
            .ToList();

        Assert.True(topItems.Count >= 150, $"{topItems.Count} customers with three or more lines");
        Assert.True(topItems.Distinct().Count() >= 15, $"only {topItems.Distinct().Count()} different top items");
    }

    [Fact]
    public async Task Each_role_has_a_demo_user_with_its_locations_as_claims()
    {
        await using var db = seed.Harness.Store.CreateDbContext();
        var userRoles = await (from ur in db.UserRoles
                               join u in db.Users on ur.UserId equals u.Id
                               join r in db.Roles on ur.RoleId equals r.Id
                               select new { u.UserName, Role = r.Name }).ToListAsync();
        var pearl = await db.Locations.SingleAsync(l => l.Code == "pearl");
        var staff = await db.Users.SingleAsync(u => u.UserName == "staff");

        Assert.All(Roles.All, role => Assert.Contains(userRoles, ur => ur.Role == role));
        Assert.Contains(userRoles, ur => ur.UserName == "admin" && ur.Role == Roles.Admin);
        Assert.True(await db.UserClaims.AnyAsync(c => c.UserId == staff.Id && c.ClaimType == LocationClaims.StaffOf
            && c.ClaimValue == pearl.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.True(await db.UserClaims.CountAsync(c => c.ClaimType == LocationClaims.Supervises) >= 3);
        Assert.Equal(await db.Locations.CountAsync(), await db.UserClaims.CountAsync(c => c.ClaimType == LocationClaims.StaffOf));
    }

    [Fact]
    public async Task Loading_into_a_store_that_already_has_data_is_refused_and_changes_nothing()
    {
        await using var before = seed.Harness.Store.CreateDbContext();
        var customers = await before.Customers.CountAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => seed.Harness.LoadAsync(SeedHarness.RealSeedFolder));

        await using var after = seed.Harness.Store.CreateDbContext();
        Assert.Equal(customers, await after.Customers.CountAsync());
        Assert.Equal(seed.Summary.Users, await after.Users.CountAsync());
    }
}
