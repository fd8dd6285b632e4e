using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Ordering;

public class PlaceOrderApiTests
{
    [Fact]
    public async Task An_order_is_routed_to_the_nearest_location_with_stock_and_can_be_read_back()
    {
        using var hub = new HubFactory();
        var near = await TestLocations.AddAsync(hub.Store, "Near", 45.5120, -122.6450);
        var far = await TestLocations.AddAsync(hub.Store, "Far", 45.5120, -122.6000);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, near.Id, item.Id, 0);
        await TestCatalog.SetStockAsync(hub.Store, far.Id, item.Id, 5);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var client = await OrderApiClient.AsStaffAsync(hub);

        var placed = await OrderApiClient.PlaceAsync(client, OrderApiClient.Delivery(customer.Id, item.Sku, 2), "order-1");

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var body = await placed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(far.Id, body.GetProperty("locationId").GetInt32());
        Assert.Equal(640, body.GetProperty("totalMinor").GetInt64());
        Assert.Equal("new", body.GetProperty("status").GetString());
        var passedOver = body.GetProperty("routing").GetProperty("passedOver");
        Assert.Equal(near.Id, passedOver[0].GetProperty("locationId").GetInt32());
        Assert.Contains("Near is nearer but does not have enough", body.GetProperty("routing").GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, (await TestCatalog.StockAsync(hub.Store, far.Id, item.Id))!.Reserved);

        var read = await client.GetAsync(placed.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var etag = read.Headers.ETag!.Tag;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, placed.Headers.Location);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task The_same_key_sent_fifty_times_at_once_places_one_order()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 100);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var client = await OrderApiClient.AsStaffAsync(hub);
        var body = OrderApiClient.Delivery(customer.Id, item.Sku, 1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => OrderApiClient.PlaceAsync(client, body, "same-key")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()));
        Assert.Single(ids.Distinct());
        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(1, await db.Orders.CountAsync(o => o.CustomerId == customer.Id));
        Assert.Equal(1, await db.BoardEvents.CountAsync(e => e.LocationId == location.Id));
        Assert.Equal(1, (await TestCatalog.StockAsync(hub.Store, location.Id, item.Id))!.Reserved);
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_with_422()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 100);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var client = await OrderApiClient.AsStaffAsync(hub);

        var first = await OrderApiClient.PlaceAsync(client, OrderApiClient.Delivery(customer.Id, item.Sku, 1), "key-7");
        var second = await OrderApiClient.PlaceAsync(client, OrderApiClient.Delivery(customer.Id, item.Sku, 3), "key-7");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(1, await db.Orders.CountAsync());
    }

    [Fact]
    public async Task Two_clients_racing_for_the_last_item_get_one_order_each_at_different_locations()
    {
        using var hub = new HubFactory();
        var a = await TestLocations.AddAsync(hub.Store, "A", 45.5120, -122.6450);
        var b = await TestLocations.AddAsync(hub.Store, "B", 45.5120, -122.6300);
        var item = await TestCatalog.AddItemAsync(hub.Store, "Last kettle");
        await TestCatalog.SetStockAsync(hub.Store, a.Id, item.Id, 1);
        await TestCatalog.SetStockAsync(hub.Store, b.Id, item.Id, 1);
        var ann = await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        var bob = await TestCatalog.AddCustomerAsync(hub.Store, "Bob", "+15035550143");
        using var client = await OrderApiClient.AsStaffAsync(hub);

        var both = await Task.WhenAll(
            OrderApiClient.PlaceAsync(client, OrderApiClient.Delivery(ann.Id, item.Sku, 1), "ann-1"),
            OrderApiClient.PlaceAsync(client, OrderApiClient.Delivery(bob.Id, item.Sku, 1), "bob-1"));
        var third = await OrderApiClient.PlaceAsync(client, OrderApiClient.Delivery(ann.Id, item.Sku, 1), "ann-2");

        Assert.All(both, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var locations = await Task.WhenAll(both.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("locationId").GetInt32()));
        Assert.Equal([a.Id, b.Id], locations.Order());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, third.StatusCode);
        Assert.Contains("in stock", (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await TestCatalog.StockAsync(hub.Store, a.Id, item.Id))!.Reserved);
        Assert.Equal(1, (await TestCatalog.StockAsync(hub.Store, b.Id, item.Id))!.Reserved);
    }

    [Fact]
    public async Task Routing_preview_answers_where_and_why_and_stores_nothing()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store, "Riverside");
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 3);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var client = await OrderApiClient.AsStaffAsync(hub);

        var response = await client.PostAsJsonAsync("/api/routing/preview", OrderApiClient.Delivery(customer.Id, item.Sku, 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("found").GetBoolean());
        Assert.Equal("Riverside", body.GetProperty("locationName").GetString());
        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(0, await db.Orders.CountAsync());
        Assert.Equal(0, (await TestCatalog.StockAsync(hub.Store, location.Id, item.Id))!.Reserved);
    }

    [Fact]
    public async Task Someone_elses_order_reads_as_not_found()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 5);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var staff = await OrderApiClient.AsStaffAsync(hub);
        var placed = await OrderApiClient.PlaceAsync(staff, OrderApiClient.Delivery(customer.Id, item.Sku, 1), "k");
        var otherStaff = await TestPeople.CreateAsync(hub.Services, LocationBoards.Core.Access.Roles.LocationStaff, (LocationBoards.Core.Access.LocationClaims.StaffOf, "999"));
        using var other = hub.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", await TokenClient.GetTokenAsync(other, otherStaff.UserName!, TestPeople.Password));

        var read = await other.GetAsync(placed.Headers.Location);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }
}
