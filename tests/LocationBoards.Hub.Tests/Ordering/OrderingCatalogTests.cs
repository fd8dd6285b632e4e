using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Ordering;

public class OrderingCatalogTests
{
    [Fact]
    public async Task A_customers_usual_items_put_recent_habits_before_old_ones()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var croissant = await TestCatalog.AddItemAsync(hub.Store, "Croissant", 350);
        var bagel = await TestCatalog.AddItemAsync(hub.Store, "Bagel", 250);
        var ann = await TestCatalog.AddCustomerAsync(hub.Store);
        for (var i = 0; i < 5; i++)
        {
            await PastOrders.AddAsync(hub.Store, ann.Id, location.Id, bagel, quantity: 1, daysAgo: 360 + i);
        }

        for (var i = 0; i < 3; i++)
        {
            await PastOrders.AddAsync(hub.Store, ann.Id, location.Id, croissant, quantity: 1, daysAgo: 20 + i);
        }

        var catalog = hub.Services.GetRequiredService<OrderingCatalog>();
        var usual = await catalog.UsualItemsAsync(ann.Id, location.Id, CancellationToken.None);
        var last = await catalog.LastOrderAsync(ann.Id, location.Id, CancellationToken.None);

        Assert.Equal(["Croissant", "Bagel"], usual.Select(i => i.Name));
        Assert.Equal("Croissant", Assert.Single(last).Item.Name);
    }

    [Fact]
    public async Task A_client_without_history_is_offered_what_the_location_sells_most()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var coffee = await TestCatalog.AddItemAsync(hub.Store, "Filter coffee", 810);
        var regular = await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        var newcomer = await TestCatalog.AddCustomerAsync(hub.Store, "Zoe", "+15035550143");
        await PastOrders.AddAsync(hub.Store, regular.Id, location.Id, coffee, quantity: 2, daysAgo: 3);

        var usual = await hub.Services.GetRequiredService<OrderingCatalog>().UsualItemsAsync(newcomer.Id, location.Id, CancellationToken.None);

        Assert.Equal("Filter coffee", Assert.Single(usual).Name);
    }

    [Fact]
    public async Task Customers_sharing_a_number_are_all_found_by_it()
    {
        using var hub = new HubFactory();
        await TestCatalog.AddCustomerAsync(hub.Store, "Bob", "+15035550160");
        await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550160");
        await TestCatalog.AddCustomerAsync(hub.Store, "Cy", "+15035550161");

        var found = await hub.Services.GetRequiredService<OrderingCatalog>().CustomersByPhoneAsync("+15035550160", CancellationToken.None);

        Assert.Equal(["Ann", "Bob"], found.Select(c => c.FirstName));
    }
}
