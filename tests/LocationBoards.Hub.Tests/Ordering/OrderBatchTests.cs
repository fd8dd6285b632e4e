using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Ordering.Writing;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Ordering;

/// <summary>Orders that arrive together are written together by the order writer: each exactly as if it came alone.</summary>
public class OrderBatchTests
{
    [Fact]
    public async Task Orders_sent_at_once_are_each_stored_once_with_gapless_board_events_whatever_they_need()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        await using (var setup = await hub.Store.CreateDbContextAsync())
        {
            await setup.Locations.Where(l => l.Id == location.Id).ExecuteUpdateAsync(l => l.SetProperty(x => x.MaxOpenOrders, 100));
        }

        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 1000);
        var ann = await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        var bob = await TestCatalog.AddCustomerAsync(hub.Store, "Bob", "+15035550143");
        using var client = await OrderApiClient.AsStaffAsync(hub);
        var bodies = new List<object>();
        for (var i = 0; i < 30; i++)
        {
            bodies.Add(OrderApiClient.Delivery(i % 2 == 0 ? ann.Id : bob.Id, item.Sku, 1 + (i % 3)));
        }

        // Harder ones in the same burst: a new client, and a delivery address the customer has not saved yet.
        for (var i = 0; i < 3; i++)
        {
            bodies.Add(new
            {
                newCustomer = new { firstName = $"Zoe{i}", lastName = "New", phone = $"+1503555017{i}", billing = new { street = "1 SW Main St", city = "Portland", postcode = "97204" } },
                lines = new[] { new { sku = item.Sku, quantity = 1 } },
                deliveryMethod = "pickup",
                pickupLocationId = location.Id,
                payment = "payAtPickup",
            });
        }

        bodies.Add(new
        {
            customerId = bob.Id,
            lines = new[] { new { sku = item.Sku, quantity = 2 } },
            deliveryMethod = "delivery",
            deliveryAddress = new { street = "1200 SE Morrison St", city = "Portland", postcode = "97214", latitude = 45.5171, longitude = -122.6536 },
            payment = "payOnDelivery",
        });

        var responses = await Task.WhenAll(bodies.Select((b, i) => OrderApiClient.PlaceAsync(client, b, $"burst-{i}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var answered = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64()));
        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(answered.Order(), await db.Orders.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync());
        var sequences = await db.BoardEvents.Where(e => e.LocationId == location.Id).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, bodies.Count).Select(i => (long)i), sequences);
        Assert.Equal(bodies.Count, await db.BoardSequences.Where(s => s.LocationId == location.Id).Select(s => s.LastSequence).SingleAsync());
        var quantities = await db.OrderLines.SumAsync(l => l.Quantity);
        Assert.Equal(quantities, (await TestCatalog.StockAsync(hub.Store, location.Id, item.Id))!.Reserved);
        Assert.Equal(bodies.Count, await db.IdempotencyRecords.CountAsync(r => r.OrderId != null));
        Assert.Equal(5, await db.Customers.CountAsync());
        Assert.Equal(2, await db.DeliveryAddresses.CountAsync(a => a.CustomerId == bob.Id));
    }

    [Fact]
    public async Task The_answer_to_a_new_order_is_the_order_as_reading_it_back_shows_it()
    {
        using var hub = new HubFactory();
        var near = await TestLocations.AddAsync(hub.Store, "Near", 45.5120, -122.6450);
        var far = await TestLocations.AddAsync(hub.Store, "Far", 45.5120, -122.6000);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        var other = await TestCatalog.AddItemAsync(hub.Store, "Rye bread");
        await TestCatalog.SetStockAsync(hub.Store, near.Id, item.Id, 0);
        await TestCatalog.SetStockAsync(hub.Store, far.Id, item.Id, 5);
        await TestCatalog.SetStockAsync(hub.Store, far.Id, other.Id, 5);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        using var client = await OrderApiClient.AsStaffAsync(hub);
        var body = new
        {
            customerId = customer.Id,
            lines = new[] { new { sku = item.Sku, quantity = 2 }, new { sku = other.Sku, quantity = 1 } },
            deliveryMethod = "delivery",
            deliveryAddress = new { street = "3214 SE Hawthorne Blvd", city = "Portland", postcode = "97214", latitude = 45.5120, longitude = -122.6400 },
            payment = "chargeToAccount",
        };

        var placed = await OrderApiClient.PlaceAsync(client, body, "read-back");
        var read = await client.GetAsync(placed.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal(read.Headers.ETag, placed.Headers.ETag);
        Assert.Equal(await read.Content.ReadAsStringAsync(), await placed.Content.ReadAsStringAsync());
        Assert.Contains("Near", await placed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_set_based_path_places_plain_orders_itself_and_leaves_the_harder_ones_for_one_at_a_time()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 10);
        var ann = await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        var ordering = hub.Services.GetRequiredService<IOptions<OrderingOptions>>();
        var placement = new OrderPlacement(ordering, hub.Services.GetRequiredService<IOptions<DispatchOptions>>());
        var router = await hub.Services.GetRequiredService<LocationDirectory>().RouterAsync(CancellationToken.None);
        var point = new GeoPoint(45.5120, -122.6400);
        PreparedOrder Prepared(int quantity, PaymentMethod payment, Customer? created = null) => new(
            created is null ? ann.Id : null, created, [new PreparedLine(item.Id, item.Name, CatalogItemKind.Goods, quantity, item.PriceMinor)],
            DeliveryMethod.Delivery, payment, point, RoutingOrigin.DeliveryAddress, null,
            new PostalAddress { Street = "3214 SE Hawthorne Blvd", City = "Portland", Postcode = "97214" }, point);
        var caller = new OrderCaller(OrderChannel.Api, "user:test", "user:test", null, MayCreateCustomers: true);
        var newClient = new Customer
        {
            FirstName = "Zoe", LastName = "New", CreatedUtc = DateTime.UtcNow, Phones = [new CustomerPhone { Number = "+15035550170" }],
            BillingAddress = new PostalAddress { Street = "1 SW Main St", City = "Portland", Postcode = "97204" },
        };
        List<PendingPlacement> batch =
        [
            new(Prepared(2, PaymentMethod.ChargeToAccount), caller, "a", "hash-a"),
            new(Prepared(2, PaymentMethod.ChargeToAccount), caller, "a", "hash-a"),
            new(Prepared(3, PaymentMethod.PayOnDelivery), caller, "a", "hash-other"),
            new(Prepared(9, PaymentMethod.PayOnDelivery), caller, "too-many", "hash-b"),
            new(Prepared(1, PaymentMethod.PayOnDelivery, newClient), caller, "new-client", "hash-c"),
            new(Prepared(8, PaymentMethod.PayOnDelivery), caller, "rest", "hash-d"),
        ];
        string connectionString;
        await using (var db = await hub.Store.CreateDbContextAsync())
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        var leftOver = new List<PendingPlacement>();
        List<WriteResult> results;
        await using (var sql = await WriterStatements.OpenAsync(connectionString, 5000, CancellationToken.None))
        {
            using var transaction = sql.Connection.BeginTransaction();
            sql.Enlist(transaction);
            results = new BatchPlacement(placement, ordering).Place(sql, batch, router, DateTime.UtcNow, leftOver);
            transaction.Commit();
        }

        Assert.Equal([batch[4]], leftOver);
        Assert.Equal(batch.Where(p => p != batch[4]), results.Select(r => r.Pending));
        var first = Assert.IsType<OrderOutcome.Placed>(results[0].Outcome);
        var replay = Assert.IsType<OrderOutcome.Placed>(results[1].Outcome);
        Assert.Equal((first.Order.OrderId, true), (replay.Order.OrderId, replay.Replayed));
        Assert.IsType<OrderOutcome.KeyReused>(results[2].Outcome);
        Assert.Contains("stock", Assert.IsType<OrderOutcome.NotRoutable>(results[3].Outcome).Explanation, StringComparison.Ordinal);
        var last = Assert.IsType<OrderOutcome.Placed>(results[4].Outcome);
        Assert.Equal([1L, 2L], results.Where(r => r.Event is not null).Select(r => r.Event!.Sequence));

        await using var store = await hub.Store.CreateDbContextAsync();
        Assert.Equal([first.Order.OrderId, last.Order.OrderId], await store.Orders.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync());
        Assert.Equal(first.View, (await hub.Services.GetRequiredService<OrderQueries>().FindAsync(first.Order.OrderId, CancellationToken.None))!.Value.View with
        {
            Lines = first.View!.Lines, DeliveryAddress = first.View.DeliveryAddress, Routing = first.View.Routing,
        });
        Assert.Equal(10, (await TestCatalog.StockAsync(hub.Store, location.Id, item.Id))!.Reserved);
        Assert.Equal(2, await store.BoardSequences.Where(s => s.LocationId == location.Id).Select(s => s.LastSequence).SingleAsync());
        var charge = Assert.Single(await store.AccountEntries.ToListAsync());
        Assert.Equal((first.Order.OrderId, 640L), (charge.OrderId!.Value, charge.AmountMinor));
        Assert.Equal(2, await store.IdempotencyRecords.CountAsync());
    }
}
