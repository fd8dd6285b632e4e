using LocationBoards.Core.Catalog;
using LocationBoards.Hub.Features.Admin.Catalog;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Admin;

public class StockAdministrationTests
{
    [Fact]
    public async Task Every_goods_item_is_listed_with_available_stock_and_services_are_not()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var coffee = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        var tea = await AdminTestData.AddItemAsync(services.Store, "DRK-TEA");
        await AdminTestData.AddItemAsync(services.Store, "SRV-REPAIR", CatalogItemKind.Service);
        await AdminTestData.SetStockAsync(services.Store, location.Id, coffee.Id, 10, 4);

        var rows = await services.Get<StockAdministration>().ForLocationAsync(AdminTestServices.Admin(), location.Id, CancellationToken.None);

        Assert.Equal(2, rows.Count);
        var c = Assert.Single(rows, r => r.CatalogItemId == coffee.Id);
        Assert.Equal((10, 4, 6, false), (c.OnHand, c.Reserved, c.Available, c.IsOutOfStock));
        var t = Assert.Single(rows, r => r.CatalogItemId == tea.Id);
        Assert.Equal((0, 0, true), (t.OnHand, t.Version, t.IsOutOfStock));
    }

    [Fact]
    public async Task On_hand_below_what_is_reserved_is_refused_and_changes_nothing()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var coffee = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        await AdminTestData.SetStockAsync(services.Store, location.Id, coffee.Id, 10, 4);

        var outcome = await services.Get<StockAdministration>().SetOnHandAsync(AdminTestServices.Admin(), location.Id, coffee.Id, 3, 1, CancellationToken.None);

        Assert.Equal("On hand cannot be below the 4 reserved for open orders.", outcome.ErrorFor(StockAdministration.OnHandField));
        await using var db = services.Store.CreateDbContext();
        var level = await db.StockLevels.SingleAsync();
        Assert.Equal((10, 1), (level.OnHand, level.Version));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    [InlineData(null)]
    public async Task On_hand_outside_zero_to_a_million_is_refused(int? onHand)
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var coffee = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");

        var outcome = await services.Get<StockAdministration>().SetOnHandAsync(AdminTestServices.Admin(), location.Id, coffee.Id, onHand, 0, CancellationToken.None);

        Assert.NotNull(outcome.ErrorFor(StockAdministration.OnHandField));
        await using var db = services.Store.CreateDbContext();
        Assert.False(await db.StockLevels.AnyAsync());
    }

    [Fact]
    public async Task Setting_on_hand_bumps_the_version_and_a_stale_second_save_is_refused()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var coffee = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        var stock = services.Get<StockAdministration>();

        var created = await stock.SetOnHandAsync(AdminTestServices.Admin(), location.Id, coffee.Id, 12, 0, CancellationToken.None);
        var updated = await stock.SetOnHandAsync(AdminTestServices.Admin(), location.Id, coffee.Id, 20, created.Version, CancellationToken.None);
        var stale = await stock.SetOnHandAsync(AdminTestServices.Admin(), location.Id, coffee.Id, 99, created.Version, CancellationToken.None);

        Assert.Equal((true, 1), (created.Succeeded, created.Version));
        Assert.Equal((true, 2), (updated.Succeeded, updated.Version));
        Assert.True(stale.IsConflict);
        await using var db = services.Store.CreateDbContext();
        var level = await db.StockLevels.SingleAsync();
        Assert.Equal((20, 2), (level.OnHand, level.Version));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_change_stock()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var coffee = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => services.Get<StockAdministration>()
            .SetOnHandAsync(AdminTestServices.StaffOf(location.Id), location.Id, coffee.Id, 5, 0, CancellationToken.None));
    }
}
