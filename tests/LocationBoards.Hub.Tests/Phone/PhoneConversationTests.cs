using System.Net;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Phone;
using LocationBoards.Hub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Phone;

public class PhoneConversationTests
{
    [Fact]
    public async Task An_unsigned_or_wrongly_signed_request_is_refused_and_changes_nothing()
    {
        using var hub = PhoneLineClient.NewHub();
        var customer = await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        var call = new PhoneLineClient(hub, "CA-unsigned", "+15035550142");

        Assert.Equal(HttpStatusCode.Forbidden, (await call.PostAsync(null, signed: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await call.PostAsync(null, signed: true, signature: "bm90LXJpZ2h0")).StatusCode);

        await using var db = await hub.Store.CreateDbContextAsync();
        Assert.Equal(0, await db.PhoneCalls.CountAsync());
        Assert.Equal(customer.Id, (await db.Customers.SingleAsync()).Id);
    }

    [Fact]
    public async Task An_unknown_caller_is_put_through_to_a_person_and_the_transfer_is_recorded()
    {
        using var hub = PhoneLineClient.NewHub();
        var call = new PhoneLineClient(hub, "CA-unknown", "+15035550177");

        var reply = await call.PressAsync();

        Assert.Contains("<Dial>+15035550100</Dial>", reply, StringComparison.Ordinal);
        await using var db = await hub.Store.CreateDbContextAsync();
        var transfer = await db.PhoneTransfers.SingleAsync();
        Assert.Equal(PhoneTransferReason.UnknownCaller, transfer.Reason);
        Assert.Equal("+15035550177", transfer.Caller);
    }

    [Fact]
    public async Task A_client_who_prefers_a_person_is_put_through_at_once()
    {
        using var hub = PhoneLineClient.NewHub();
        var customer = await TestCatalog.AddCustomerAsync(hub.Store, "Ruth", "+15035550150");
        await using (var db = await hub.Store.CreateDbContextAsync())
        {
            await db.Customers.Where(c => c.Id == customer.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.PrefersPerson, true));
        }

        var reply = await new PhoneLineClient(hub, "CA-person", "+15035550150").PressAsync();

        Assert.Contains("<Dial>", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("<Gather", reply, StringComparison.Ordinal);
        await using var check = await hub.Store.CreateDbContextAsync();
        Assert.Equal(PhoneTransferReason.PrefersPerson, (await check.PhoneTransfers.SingleAsync()).Reason);
    }

    [Fact]
    public async Task A_household_member_picks_themselves_by_first_name()
    {
        using var hub = PhoneLineClient.NewHub();
        await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550160");
        await TestCatalog.AddCustomerAsync(hub.Store, "Bob", "+15035550160");
        var call = new PhoneLineClient(hub, "CA-household", "+15035550160");

        var question = await call.PressAsync();
        var answer = await call.PressAsync("2");

        Assert.Contains("Press 1 for Ann. Press 2 for Bob.", question, StringComparison.Ordinal);
        Assert.Contains("Welcome back, Bob.", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returning_client_reorders_their_usual_in_one_call()
    {
        using var hub = PhoneLineClient.NewHub();
        var location = await TestLocations.AddAsync(hub.Store, "Hawthorne");
        var coffee = await TestCatalog.AddItemAsync(hub.Store, "Filter coffee 250 g", 810);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, coffee.Id, 20);
        var ann = await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        await PastOrders.AddAsync(hub.Store, ann.Id, location.Id, coffee, quantity: 2, daysAgo: 7);
        var call = new PhoneLineClient(hub, "CA-usual", "(503) 555-0142");

        var greeting = await call.PressAsync();
        var confirm = await call.PressAsync("1");
        var placed = await call.PressAsync("1");

        Assert.Contains("Welcome back, Ann.", greeting, StringComparison.Ordinal);
        Assert.Contains("Press 1 to order your usual: 2 Filter coffee 250 g, $16.20", greeting, StringComparison.Ordinal);
        Assert.Contains("Press 1 to place it", confirm, StringComparison.Ordinal);
        Assert.Contains("Your order number is", placed, StringComparison.Ordinal);
        Assert.Contains("<Hangup />", placed, StringComparison.Ordinal);
        await using var db = await hub.Store.CreateDbContextAsync();
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Channel == OrderChannel.Phone);
        Assert.Equal(ann.Id, order.CustomerId);
        Assert.Equal(2, order.Lines.Single().Quantity);

        var again = await call.PressAsync("1");
        Assert.Contains($"Your order number is {order.Id}", again, StringComparison.Ordinal);
        Assert.Equal(1, await db.Orders.CountAsync(o => o.Channel == OrderChannel.Phone));
    }

    [Fact]
    public async Task Unexpected_digits_repeat_the_menu_instead_of_an_error()
    {
        using var hub = PhoneLineClient.NewHub();
        await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        var call = new PhoneLineClient(hub, "CA-digits", "+15035550142");
        await call.PressAsync();

        var reply = await call.PressAsync("7");

        Assert.Contains("Press 2 to hear your usual items", reply, StringComparison.Ordinal);
        Assert.Contains("<Gather", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calling_a_speed_dial_number_places_its_order_after_one_confirmation()
    {
        using var hub = PhoneLineClient.NewHub();
        var location = await TestLocations.AddAsync(hub.Store, "Pearl");
        var milk = await TestCatalog.AddItemAsync(hub.Store, "Oat milk 1 L", 320);
        await TestCatalog.SetStockAsync(hub.Store, location.Id, milk.Id, 20);
        await TestCatalog.AddCustomerAsync(hub.Store, "Ann", "+15035550142");
        await using (var db = await hub.Store.CreateDbContextAsync())
        {
            db.SpeedDialEntries.Add(new SpeedDialEntry
            {
                Code = "42",
                Name = "Milk run",
                DialledNumber = "+15035550111",
                DeliveryMethod = DeliveryMethod.Delivery,
                Lines = [new SpeedDialLine { CatalogItemId = milk.Id, Quantity = 3 }],
            });
            await db.SaveChangesAsync();
        }

        var call = new PhoneLineClient(hub, "CA-speed", "+15035550142", to: "+15035550111");
        var offer = await call.PressAsync();
        var placed = await call.PressAsync("1");

        Assert.Contains("Milk run: 3 Oat milk 1 L, $9.60, delivered to 3214 SE Hawthorne Blvd", offer, StringComparison.Ordinal);
        Assert.Contains("Your order number is", placed, StringComparison.Ordinal);
        await using var check = await hub.Store.CreateDbContextAsync();
        Assert.Equal(DeliveryMethod.Delivery, (await check.Orders.SingleAsync()).DeliveryMethod);
    }
}
