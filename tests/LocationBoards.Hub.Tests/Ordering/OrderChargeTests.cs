using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Access;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Ordering;

/// <summary>Orders paid by charging the customer's account write their ledger entries (issue 11).</summary>
public class OrderChargeTests
{
    private static object Order(int customerId, string sku, int quantity, string payment) => new
    {
        customerId,
        lines = new[] { new { sku, quantity } },
        deliveryMethod = "delivery",
        deliveryAddress = new { street = "3214 SE Hawthorne Blvd", city = "Portland", postcode = "97214", latitude = 45.5120, longitude = -122.6400 },
        payment,
    };

    private static async Task<(HubFactory Hub, int LocationId, CatalogItem Item, Customer Customer)> StoreAsync()
    {
        var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var item = await TestCatalog.AddItemAsync(hub.Store);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, item.Id, 100);
        var customer = await TestCatalog.AddCustomerAsync(hub.Store);
        return (hub, location.Id, item, customer);
    }

    private static async Task<List<AccountEntry>> EntriesAsync(HubFactory hub, int customerId)
    {
        await using var db = await hub.Store.CreateDbContextAsync();
        return await db.AccountEntries.AsNoTracking().Where(e => e.CustomerId == customerId).OrderBy(e => e.Id).ToListAsync();
    }

    private static async Task<HttpClient> StaffOfAsync(HubFactory hub, int locationId)
    {
        var staff = await TestPeople.CreateAsync(hub.Services, Roles.LocationStaff, (LocationClaims.StaffOf, locationId.ToString(CultureInfo.InvariantCulture)));
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenClient.GetTokenAsync(client, staff.UserName!, TestPeople.Password));
        return client;
    }

    [Fact]
    public async Task An_order_charged_to_the_account_is_charged_once_however_often_its_key_is_sent()
    {
        var (hub, _, item, customer) = await StoreAsync();
        using var _ = hub;
        using var client = await OrderApiClient.AsStaffAsync(hub);
        var body = Order(customer.Id, item.Sku, 2, "chargeToAccount");

        var first = await OrderApiClient.PlaceAsync(client, body, "charge-1");
        var retries = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => OrderApiClient.PlaceAsync(client, body, "charge-1")));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.All(retries, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var placed = await first.Content.ReadFromJsonAsync<JsonElement>();
        var orderId = placed.GetProperty("id").GetInt64();
        var entry = Assert.Single(await EntriesAsync(hub, customer.Id));
        Assert.Equal(
            (AccountEntryKind.OrderChargedToAccount, placed.GetProperty("totalMinor").GetInt64(), (long?)orderId),
            (entry.Kind, entry.AmountMinor, entry.OrderId));
        Assert.Equal(640, entry.AmountMinor);
    }

    [Fact]
    public async Task Cancelling_a_charged_order_on_its_board_reverses_the_charge_and_undoing_the_cancel_charges_it_again()
    {
        var (hub, locationId, item, customer) = await StoreAsync();
        using var _ = hub;
        using var client = await OrderApiClient.AsStaffAsync(hub);
        var placed = await OrderApiClient.PlaceAsync(client, Order(customer.Id, item.Sku, 1, "chargeToAccount"), "charge-2");
        var orderId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var staff = await StaffOfAsync(hub, locationId);

        var cancelled = await staff.PostAsJsonAsync($"/api/orders/{orderId}/moves", new { expectedVersion = 1, move = "cancel", reason = "Client rang to cancel" });

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var entries = await EntriesAsync(hub, customer.Id);
        Assert.Equal([(AccountEntryKind.OrderChargedToAccount, 320L), (AccountEntryKind.Adjustment, -320L)], entries.Select(e => (e.Kind, e.AmountMinor)));
        Assert.All(entries, e => Assert.Equal(orderId, e.OrderId));
        Assert.Equal(0, AccountLedger.Balance(entries).MinorUnits);

        var undone = await staff.PostAsJsonAsync($"/api/orders/{orderId}/moves", new { expectedVersion = 2, move = "undo" });

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        entries = await EntriesAsync(hub, customer.Id);
        Assert.Equal(3, entries.Count);
        Assert.Equal((AccountEntryKind.Adjustment, 320L), (entries[2].Kind, entries[2].AmountMinor));
        Assert.Equal(320, AccountLedger.Balance(entries).MinorUnits);
    }

    [Theory]
    [InlineData("payOnDelivery")]
    [InlineData("payAtPickup")]
    public async Task An_order_paid_another_way_is_not_charged_and_its_cancel_writes_nothing(string payment)
    {
        var (hub, locationId, item, customer) = await StoreAsync();
        using var _ = hub;
        using var client = await OrderApiClient.AsStaffAsync(hub);
        object body = payment == "payAtPickup"
            ? new { customerId = customer.Id, lines = new[] { new { sku = item.Sku, quantity = 1 } }, deliveryMethod = "pickup", pickupLocationId = locationId, payment }
            : Order(customer.Id, item.Sku, 1, payment);
        var placed = await OrderApiClient.PlaceAsync(client, body, "not-charged");
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var orderId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var staff = await StaffOfAsync(hub, locationId);

        var cancelled = await staff.PostAsJsonAsync($"/api/orders/{orderId}/moves", new { expectedVersion = 1, move = "cancel", reason = "Out of time" });

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Empty(await EntriesAsync(hub, customer.Id));
    }

    [Fact]
    public async Task An_order_placed_for_a_field_sale_inside_the_callers_transaction_is_not_charged_again()
    {
        var (hub, locationId, item, customer) = await StoreAsync();
        using var _ = hub;
        var placement = new OrderPlacement(
            hub.Services.GetRequiredService<IOptions<OrderingOptions>>(), hub.Services.GetRequiredService<IOptions<DispatchOptions>>());
        var router = await hub.Services.GetRequiredService<LocationDirectory>().RouterAsync(CancellationToken.None);
        var point = new GeoPoint(45.5120, -122.6400);
        PreparedOrder Prepared() => new(
            customer.Id, null, [new PreparedLine(item.Id, item.Name, CatalogItemKind.Goods, 1, item.PriceMinor)], DeliveryMethod.Delivery,
            PaymentMethod.ChargeToAccount, point, RoutingOrigin.DeliveryAddress, null,
            new PostalAddress { Street = "3214 SE Hawthorne Blvd", City = "Portland", Postcode = "97214" }, point);
        var caller = new OrderCaller(OrderChannel.Api, "sales:test", "sales:test", null, MayCreateCustomers: false);

        await using var db = await hub.Store.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var forSale = await placement.PlaceAsync(db, new PendingPlacement(Prepared(), caller, "sale-7-delivery", "hash", forSaleId: 7), router, DateTime.UtcNow, CancellationToken.None);
        db.ChangeTracker.Clear();
        var plain = await placement.PlaceAsync(db, new PendingPlacement(Prepared(), caller, "plain", "hash"), router, DateTime.UtcNow, CancellationToken.None);
        await transaction.CommitAsync();

        var saleOrder = Assert.IsType<OrderOutcome.Placed>(forSale.Outcome).Order.OrderId;
        var plainOrder = Assert.IsType<OrderOutcome.Placed>(plain.Outcome).Order.OrderId;
        Assert.Equal(locationId, Assert.IsType<OrderOutcome.Placed>(forSale.Outcome).Order.LocationId);
        var entry = Assert.Single(await EntriesAsync(hub, customer.Id));
        Assert.Equal(plainOrder, entry.OrderId);
        Assert.NotEqual(saleOrder, entry.OrderId);
    }
}
