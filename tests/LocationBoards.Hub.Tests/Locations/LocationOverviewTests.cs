using LocationBoards.Core.Catalog;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Features.Locations;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Locations;

public class LocationOverviewTests
{
    [Fact]
    public async Task Staff_of_one_location_cannot_read_another_locations_details()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var a = await AdminTestData.AddLocationAsync(services.Store, "a");
        var b = await AdminTestData.AddLocationAsync(services.Store, "b");
        var overview = services.Get<LocationOverview>();

        var own = await overview.DetailsAsync(AdminTestServices.StaffOf(a.Id), a.Id, CancellationToken.None);

        Assert.Equal(a.Name, own?.Name);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => overview.DetailsAsync(AdminTestServices.StaffOf(a.Id), b.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Cards_show_only_the_locations_the_person_may_see_and_admins_see_all()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var a = await AdminTestData.AddLocationAsync(services.Store, "a");
        var b = await AdminTestData.AddLocationAsync(services.Store, "b");
        var c = await AdminTestData.AddLocationAsync(services.Store, "c");
        var overview = services.Get<LocationOverview>();

        var staff = await overview.CardsAsync(AdminTestServices.StaffOf(b.Id), CancellationToken.None);
        var supervisor = await overview.CardsAsync(AdminTestServices.Supervisor(a.Id, c.Id), CancellationToken.None);
        var admin = await overview.CardsAsync(AdminTestServices.Admin(), CancellationToken.None);

        Assert.Equal([b.Id], staff.Select(x => x.Id));
        Assert.Equal([a.Id, c.Id], supervisor.Select(x => x.Id).Order());
        Assert.Equal(3, admin.Count);
    }

    [Fact]
    public async Task Someone_without_a_location_role_sees_nothing()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var a = await AdminTestData.AddLocationAsync(services.Store, "a");
        var nobody = AdminTestServices.Person("client", ["Client"], ("lb:staff-of", a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => services.Get<LocationOverview>().CardsAsync(nobody, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => services.Get<LocationOverview>().DetailsAsync(nobody, a.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_card_counts_open_orders_and_goods_out_of_stock_in_local_time()
    {
        // 18:00 UTC on Wednesday 4 March 2026 is 10:00 in Portland.
        await using var services = await AdminTestServices.CreateAsync(new DateTimeOffset(2026, 3, 4, 18, 0, 0, TimeSpan.Zero));
        var a = await AdminTestData.AddLocationAsync(services.Store, "a", maxOpenOrders: 2, hours: AdminTestData.EveryDay(7, 19));
        var coffee = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        var tea = await AdminTestData.AddItemAsync(services.Store, "DRK-TEA");
        await AdminTestData.AddItemAsync(services.Store, "DRK-JUICE");
        await AdminTestData.AddItemAsync(services.Store, "SRV-REPAIR", CatalogItemKind.Service);
        await AdminTestData.SetStockAsync(services.Store, a.Id, coffee.Id, 10, 2);
        await AdminTestData.SetStockAsync(services.Store, a.Id, tea.Id, 3, 3);
        await AdminTestData.AddOrdersAsync(services.Store, a.Id, OrderStatus.New, OrderStatus.InPreparation, OrderStatus.HandedOver);

        var card = Assert.Single(await services.Get<LocationOverview>().CardsAsync(AdminTestServices.StaffOf(a.Id), CancellationToken.None));

        Assert.Equal("Open · 10:00 local", card.Opening.Label);
        Assert.Equal("07:00–19:00", card.TodayHours);
        Assert.Equal((2, 2, true), (card.OpenOrders, card.MaxOpenOrders, card.IsFull));
        Assert.Equal(2, card.OutOfStock);
    }

    [Fact]
    public async Task Details_list_the_week_upcoming_closures_services_and_stock_out_of_stock_first()
    {
        await using var services = await AdminTestServices.CreateAsync(new DateTimeOffset(2026, 3, 4, 18, 0, 0, TimeSpan.Zero));
        var a = await AdminTestData.AddLocationAsync(services.Store, "a", hours:
        [
            OpeningInterval.Between(DayOfWeek.Friday, new TimeOnly(18, 0), new TimeOnly(2, 0)),
            OpeningInterval.AllDay(DayOfWeek.Wednesday),
        ]);
        var coffee = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        var tea = await AdminTestData.AddItemAsync(services.Store, "DRK-TEA");
        var repair = await AdminTestData.AddItemAsync(services.Store, "SRV-REPAIR", CatalogItemKind.Service);
        await AdminTestData.SetStockAsync(services.Store, a.Id, coffee.Id, 10, 2);
        await using (var db = services.Store.CreateDbContext())
        {
            db.DatedClosures.Add(new DatedClosure { LocationId = a.Id, Date = new DateOnly(2026, 3, 1), Reason = "Past" });
            db.DatedClosures.Add(new DatedClosure { LocationId = a.Id, Date = new DateOnly(2026, 3, 20), Reason = "Stocktake" });
            db.LocationServices.Add(new LocationService { LocationId = a.Id, CatalogItemId = repair.Id });
            await db.SaveChangesAsync();
        }

        var details = (await services.Get<LocationOverview>().DetailsAsync(AdminTestServices.Supervisor(a.Id), a.Id, CancellationToken.None))!;

        Assert.Equal("18:00–02:00 (next day)", details.Week.Single(d => d.Day == DayOfWeek.Friday).Hours);
        var today = Assert.Single(details.Week, d => d.IsToday);
        Assert.Equal((DayOfWeek.Wednesday, "24 hours"), (today.Day, today.Hours));
        Assert.Equal("Closed", details.Week.Single(d => d.Day == DayOfWeek.Monday).Hours);
        Assert.Equal([new UpcomingClosure(new DateOnly(2026, 3, 20), "Stocktake")], details.UpcomingClosures);
        Assert.Equal(["☕ Item SRV-REPAIR"], details.Services);
        Assert.Equal([tea.Id, coffee.Id], details.Stock.Select(s => s.CatalogItemId));
        Assert.True(details.Stock[0].IsOutOfStock);
        Assert.Equal(8, details.Stock[1].Available);
    }
}
