using LocationBoards.Core.Catalog;
using LocationBoards.Hub.Features.Admin.Catalog;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Admin;

public class CatalogAdministrationTests
{
    [Fact]
    public async Task A_new_item_is_saved_with_its_price_in_cents()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var catalog = services.Get<CatalogAdministration>();

        var outcome = await catalog.SaveAsync(AdminTestServices.Admin(), Draft("DRK-OATMILK-1L", 4.5m), CancellationToken.None);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Values));
        await using var db = services.Store.CreateDbContext();
        var item = await db.CatalogItems.SingleAsync();
        Assert.Equal(("DRK-OATMILK-1L", 450L, 1), (item.Sku, item.PriceMinor, item.Version));
        var row = Assert.Single(await catalog.ListAsync(AdminTestServices.Admin(), new CatalogFilter(), CancellationToken.None));
        Assert.Equal("$4.50", row.Price);
    }

    [Fact]
    public async Task A_sku_already_used_by_another_item_is_refused_and_changes_nothing()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var catalog = services.Get<CatalogAdministration>();
        await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        var other = await AdminTestData.AddItemAsync(services.Store, "DRK-TEA");

        var duplicate = await catalog.SaveAsync(AdminTestServices.Admin(), Draft("DRK-COFFEE", 3m), CancellationToken.None);
        var edit = (await catalog.LoadAsync(AdminTestServices.Admin(), other.Id, CancellationToken.None))!;
        edit.Sku = "DRK-COFFEE";
        edit.Name = "Renamed";
        var renamed = await catalog.SaveAsync(AdminTestServices.Admin(), edit, CancellationToken.None);

        Assert.Equal("The SKU DRK-COFFEE is already used by another item.", duplicate.ErrorFor(nameof(CatalogItemDraft.Sku)));
        Assert.Equal("The SKU DRK-COFFEE is already used by another item.", renamed.ErrorFor(nameof(CatalogItemDraft.Sku)));
        await using var db = services.Store.CreateDbContext();
        Assert.Equal(2, await db.CatalogItems.CountAsync());
        var stored = await db.CatalogItems.SingleAsync(i => i.Id == other.Id);
        Assert.Equal(("DRK-TEA", "Item DRK-TEA", 1), (stored.Sku, stored.Name, stored.Version));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("drk-lower")]
    [InlineData("HAS SPACE")]
    [InlineData("")]
    [InlineData("A123456789012345678901234567890123456789X")]
    public async Task A_sku_that_does_not_match_the_pattern_is_refused(string sku)
    {
        await using var services = await AdminTestServices.CreateAsync();

        var outcome = await services.Get<CatalogAdministration>().SaveAsync(AdminTestServices.Admin(), Draft(sku, 1m), CancellationToken.None);

        Assert.Equal([nameof(CatalogItemDraft.Sku)], outcome.Errors.Keys);
        await using var db = services.Store.CreateDbContext();
        Assert.False(await db.CatalogItems.AnyAsync());
    }

    [Theory]
    [InlineData(-0.01, "The price cannot be negative.")]
    [InlineData(4.555, "Prices are in whole cents: at most two digits after the point.")]
    [InlineData(1000000.01, "The price is at most 1,000,000 dollars.")]
    public async Task A_price_that_is_not_whole_non_negative_cents_is_refused(double price, string message)
    {
        await using var services = await AdminTestServices.CreateAsync();

        var outcome = await services.Get<CatalogAdministration>().SaveAsync(AdminTestServices.Admin(), Draft("DRK-COFFEE", (decimal)price), CancellationToken.None);

        Assert.Equal(message, outcome.ErrorFor(nameof(CatalogItemDraft.Price)));
        await using var db = services.Store.CreateDbContext();
        Assert.False(await db.CatalogItems.AnyAsync());
    }

    [Fact]
    public async Task A_missing_price_is_refused()
    {
        await using var services = await AdminTestServices.CreateAsync();

        var outcome = await services.Get<CatalogAdministration>().SaveAsync(AdminTestServices.Admin(), Draft("DRK-COFFEE", null), CancellationToken.None);

        Assert.NotNull(outcome.ErrorFor(nameof(CatalogItemDraft.Price)));
    }

    [Fact]
    public async Task A_save_from_a_stale_version_of_an_item_is_refused()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var catalog = services.Get<CatalogAdministration>();
        var item = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        var first = (await catalog.LoadAsync(AdminTestServices.Admin(), item.Id, CancellationToken.None))!;
        var second = (await catalog.LoadAsync(AdminTestServices.Admin(), item.Id, CancellationToken.None))!;
        first.Price = 5m;
        Assert.True((await catalog.SaveAsync(AdminTestServices.Admin(), first, CancellationToken.None)).Succeeded);
        second.Price = 9m;

        var outcome = await catalog.SaveAsync(AdminTestServices.Admin(), second, CancellationToken.None);

        Assert.True(outcome.IsConflict);
        await using var db = services.Store.CreateDbContext();
        Assert.Equal(500, (await db.CatalogItems.SingleAsync()).PriceMinor);
    }

    [Fact]
    public async Task Goods_held_in_stock_cannot_become_a_service()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var item = await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        await AdminTestData.SetStockAsync(services.Store, location.Id, item.Id, 5, 0);
        var catalog = services.Get<CatalogAdministration>();
        var draft = (await catalog.LoadAsync(AdminTestServices.Admin(), item.Id, CancellationToken.None))!;
        draft.Kind = CatalogItemKind.Service;

        var outcome = await catalog.SaveAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.NotNull(outcome.ErrorFor(nameof(CatalogItemDraft.Kind)));
    }

    [Fact]
    public async Task The_grid_filters_by_text_category_and_kind()
    {
        await using var services = await AdminTestServices.CreateAsync();
        await AdminTestData.AddItemAsync(services.Store, "DRK-COFFEE");
        await AdminTestData.AddItemAsync(services.Store, "DRK-TEA");
        await AdminTestData.AddItemAsync(services.Store, "SRV-REPAIR", CatalogItemKind.Service);
        var catalog = services.Get<CatalogAdministration>();

        var byText = await catalog.ListAsync(AdminTestServices.Admin(), new CatalogFilter("coffee"), CancellationToken.None);
        var byCategory = await catalog.ListAsync(AdminTestServices.Admin(), new CatalogFilter(Category: "Drinks"), CancellationToken.None);
        var byKind = await catalog.ListAsync(AdminTestServices.Admin(), new CatalogFilter(Kind: CatalogItemKind.Service), CancellationToken.None);

        Assert.Equal(["DRK-COFFEE"], byText.Select(r => r.Sku));
        Assert.Equal(["DRK-COFFEE", "DRK-TEA"], byCategory.Select(r => r.Sku).Order());
        Assert.Equal(["SRV-REPAIR"], byKind.Select(r => r.Sku));
    }

    private static CatalogItemDraft Draft(string sku, decimal? price) => new()
    {
        Sku = sku,
        Name = "Oat milk 1 l",
        Category = "Drinks",
        Kind = CatalogItemKind.Goods,
        Icon = "🥛",
        Price = price,
    };
}
