using Bunit;
using LocationBoards.Core.Catalog;
using LocationBoards.Core.Ordering;
using LocationBoards.Hub.Features.Kiosk;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Kiosk;

public class KioskComponentTests : RadzenComponentTest, IAsyncLifetime
{
    private TestStore? _store;

    private static readonly ShopItem OatMilk = new(1, "DRK-OAT", "Oat milk 1 L", "Dairy & Drinks", CatalogItemKind.Goods, "🥛", 320, string.Empty, 5);
    private static readonly ShopItem RepairVisit = new(2, "SRV-REPAIR", "Repair visit", "Services", CatalogItemKind.Service, "🛠️", 8900, string.Empty, null);

    public KioskComponentTests()
    {
        Services.AddSingleton(Options.Create(new OrderingOptions()));
        Services.AddSingleton<PriceFormatter>();
        Services.AddSingleton(_ => new LocalGazetteer(_store!));
    }

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [Fact]
    public void The_keypad_types_a_phone_number_and_only_then_allows_ok()
    {
        var typed = string.Empty;
        var confirmed = false;
        var cut = Render<PhoneKeypad>(p => p
            .Add(k => k.Label, "Phone number")
            .Add(k => k.Value, typed)
            .Add(k => k.ValueChanged, value => typed = value)
            .Add(k => k.OnConfirm, () => confirmed = true));

        foreach (var digit in "503555014")
        {
            cut.Find($"button[aria-label='{digit}']").Click();
            cut.Render(p => p.Add(k => k.Value, typed));
        }

        Assert.True(cut.Find(".keypad-ok").HasAttribute("disabled"));
        cut.Find("button[aria-label='2']").Click();
        cut.Render(p => p.Add(k => k.Value, typed));
        Assert.Equal("(503) 555-0142", cut.Find(".keypad-display").TextContent);
        cut.Find(".keypad-ok").Click();

        Assert.True(confirmed);
        Assert.Equal("5035550142", typed);
    }

    [Fact]
    public void The_delete_key_removes_the_last_digit()
    {
        var typed = "503";
        var cut = Render<PhoneKeypad>(p => p.Add(k => k.Label, "Phone number").Add(k => k.Value, typed).Add(k => k.ValueChanged, value => typed = value));

        cut.Find(".keypad-back").Click();

        Assert.Equal("50", typed);
    }

    [Fact]
    public void The_cart_changes_quantities_and_shows_the_total()
    {
        var cart = new Cart(maxQuantityPerLine: 50);
        cart.Add(OatMilk, 2);
        var cut = Render<CartPanel>(p => p.Add(c => c.Cart, cart));

        Assert.Contains("2 items · $6.40", cut.Find("h2").TextContent, StringComparison.Ordinal);
        cut.Find("button[aria-label='One more Oat milk 1 L']").Click();
        cut.Render();

        Assert.Equal(3, cart.QuantityOf(OatMilk.Id));
        Assert.Contains("3 items · $9.60", cut.Find("h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Goods_and_services_together_are_explained_and_offer_no_way_to_get_them()
    {
        var flow = new OrderingFlow(50);
        flow.Identify(new CustomerMatch(7, "Ann", false));
        flow.Cart.Add(OatMilk);
        flow.Cart.Add(RepairVisit);

        var cut = Render<DeliveryChoice>(p => p.Add(d => d.Flow, flow).Add(d => d.PickupLocationId, 3).Add(d => d.PickupLocationName, "Pearl District"));

        Assert.Empty(flow.MethodsThatFit());
        Assert.Contains("technician visit on their own", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.True(cut.FindAll("button").Single(b => b.TextContent.StartsWith("Place order", StringComparison.Ordinal)).HasAttribute("disabled"));
    }

    [Fact]
    public void A_cart_of_goods_offers_pickup_here_and_delivery_to_saved_addresses_masked()
    {
        var flow = new OrderingFlow(50);
        flow.Identify(new CustomerMatch(7, "Ann", false));
        flow.Cart.Add(OatMilk);
        var saved = new SavedAddress(11, "home", new LocationBoards.Core.Customers.PostalAddress { Street = "3214 SE Hawthorne Blvd", City = "Portland", Postcode = "97214" }, new LocationBoards.Core.Geography.GeoPoint(45.51, -122.63));

        var cut = Render<DeliveryChoice>(p => p
            .Add(d => d.Flow, flow).Add(d => d.PickupLocationId, 3).Add(d => d.PickupLocationName, "Pearl District").Add(d => d.PickupIsHere, true)
            .Add(d => d.SavedAddresses, [saved]).Add(d => d.OnScreenKeyboard, true));

        var options = cut.FindAll(".kiosk-option strong").Select(o => o.TextContent).ToList();
        Assert.Contains("Pick up here", options);
        Assert.Contains("Deliver to 3214 SE H… Blvd", options);
        Assert.DoesNotContain(options, o => o.Contains("Hawthorne", StringComparison.Ordinal));
        Assert.DoesNotContain(options, o => o.Contains("Technician", StringComparison.Ordinal));
    }

    [Fact]
    public void Choosing_pickup_picks_pay_at_pickup_and_makes_the_order_ready()
    {
        var flow = new OrderingFlow(50);
        flow.Identify(new CustomerMatch(7, "Ann", false));
        flow.Cart.Add(OatMilk);
        var keyBefore = flow.IdempotencyKey;

        flow.ChoosePickup(3);

        Assert.Equal(PaymentMethod.PayAtPickup, flow.Payment);
        Assert.True(flow.ReadyToPlace);
        Assert.NotEqual(keyBefore, flow.IdempotencyKey);
        var request = flow.ToRequest();
        Assert.Equal((DeliveryMethod.Pickup, 3, 7), (request.DeliveryMethod!.Value, request.PickupLocationId!.Value, request.CustomerId!.Value));
    }

    [Fact]
    public void Pressing_place_again_after_a_lost_answer_keeps_the_same_key()
    {
        var flow = new OrderingFlow(50);
        flow.Identify(new CustomerMatch(7, "Ann", false));
        flow.Cart.Add(OatMilk);
        flow.ChoosePickup(3);

        var first = flow.IdempotencyKey;
        _ = flow.ToRequest();

        Assert.Equal(first, flow.IdempotencyKey);
    }
}
