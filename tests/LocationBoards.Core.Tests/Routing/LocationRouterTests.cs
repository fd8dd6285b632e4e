using LocationBoards.Core.Geography;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;
using static LocationBoards.Core.Tests.Routing.RoutingFixture;

namespace LocationBoards.Core.Tests.Routing;

public class LocationRouterTests
{
    private static RoutingRequest Delivery(params RoutingLine[] lines) =>
        new(Origin, RoutingOrigin.DeliveryAddress, DeliveryMethod.Delivery, lines, WednesdayNoon);

    [Fact]
    public void Order_is_routed_to_the_nearest_location_with_stock()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Far", kmEast: 5);
        fixture.Add(2, "Near", kmEast: 1);
        fixture.Add(3, "Middle", kmEast: 3);
        fixture.Stock(1, Kettle, 5).Stock(2, Kettle, 5).Stock(3, Kettle, 5);

        var decision = fixture.Router().Route(Delivery(Goods(Kettle)), fixture);

        Assert.Equal(2, decision.LocationId);
        Assert.Empty(decision.PassedOver);
        Assert.InRange(decision.DistanceMetres, 990, 1010);
    }

    [Fact]
    public void A_nearer_location_without_enough_stock_is_passed_over_with_its_reason()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Harbour", kmEast: 1);
        fixture.Add(2, "Riverside", kmEast: 2);
        fixture.Stock(1, OatMilk, 1).Stock(2, OatMilk, 5);

        var decision = fixture.Router().Route(Delivery(Goods(OatMilk, 2)), fixture);

        Assert.Equal(2, decision.LocationId);
        var passed = Assert.Single(decision.PassedOver);
        Assert.Equal(PassOverReason.OutOfStock, passed.Reason);
        Assert.Equal("Riverside has everything, delivers to this address and is 2.0 km away; Harbour is nearer but does not have enough Oat milk.", decision.Explanation);
    }

    [Fact]
    public void A_closed_location_is_passed_over()
    {
        var fixture = new RoutingFixture();
        var weekdaysOnly = new OpeningHours([OpeningInterval.Between(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(17, 0))], []);
        fixture.Add(1, "Harbour", kmEast: 1, hours: weekdaysOnly);
        fixture.Add(2, "Riverside", kmEast: 2);
        fixture.Stock(1, Kettle, 5).Stock(2, Kettle, 5);

        var decision = fixture.Router().Route(Delivery(Goods(Kettle)), fixture);

        Assert.Equal(2, decision.LocationId);
        Assert.Equal(PassOverReason.Closed, decision.PassedOver.Single().Reason);
        Assert.Contains("Harbour is nearer but is closed now (opens Mon 09:00)", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_delivery_goes_only_to_a_location_whose_service_area_holds_the_address()
    {
        var fixture = new RoutingFixture();
        const string elsewhere = """{"type":"Polygon","coordinates":[[[-122.0,45.0],[-121.9,45.0],[-121.9,45.1],[-122.0,45.1],[-122.0,45.0]]]}""";
        fixture.Add(1, "Harbour", kmEast: 1, serviceArea: elsewhere);
        fixture.Add(2, "Riverside", kmEast: 2);
        fixture.Stock(1, Kettle, 5).Stock(2, Kettle, 5);

        var delivery = fixture.Router().Route(Delivery(Goods(Kettle)), fixture);
        var pickup = fixture.Router().Route(
            new RoutingRequest(Origin, RoutingOrigin.ChosenLocation, DeliveryMethod.Pickup, [Goods(Kettle)], WednesdayNoon), fixture);

        Assert.Equal(2, delivery.LocationId);
        Assert.Equal(PassOverReason.OutsideServiceArea, delivery.PassedOver.Single().Reason);
        Assert.Equal(1, pickup.LocationId);
    }

    [Fact]
    public void A_technician_visit_goes_only_to_a_location_offering_the_service()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Harbour", kmEast: 1);
        fixture.Add(2, "Riverside", kmEast: 2, services: RepairVisit);

        var decision = fixture.Router().Route(
            new RoutingRequest(Origin, RoutingOrigin.CustomerAddress, DeliveryMethod.TechnicianVisit, [Service(RepairVisit)], WednesdayNoon), fixture);

        Assert.Equal(2, decision.LocationId);
        Assert.Equal(PassOverReason.DoesNotOfferService, decision.PassedOver.Single().Reason);
    }

    [Fact]
    public void A_location_at_capacity_is_passed_over()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Harbour", kmEast: 1, capacity: 3);
        fixture.Add(2, "Riverside", kmEast: 2);
        fixture.Stock(1, Kettle, 5).Stock(2, Kettle, 5).Orders(1, 3);

        var decision = fixture.Router().Route(Delivery(Goods(Kettle)), fixture);

        Assert.Equal(2, decision.LocationId);
        Assert.Equal(PassOverReason.AtCapacity, decision.PassedOver.Single().Reason);
    }

    [Fact]
    public void The_kiosks_own_location_comes_first_when_it_can_fulfil()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Twin A", kmEast: 0);
        fixture.Add(2, "Twin B", kmEast: 0);
        fixture.Stock(1, Kettle, 5).Stock(2, Kettle, 5);
        var router = fixture.Router();
        var kioskAtB = router.Find(2)!.Position;

        var decision = router.Route(
            new RoutingRequest(kioskAtB, RoutingOrigin.Kiosk, DeliveryMethod.Pickup, [Goods(Kettle)], WednesdayNoon, PreferredLocationId: 2), fixture);

        Assert.Equal(2, decision.LocationId);
        Assert.Equal("Twin B has everything ready for pickup here.", decision.Explanation);
    }

    [Fact]
    public void Without_stock_at_the_kiosks_own_location_the_nearest_able_one_is_chosen()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Kiosk store", kmEast: 0);
        fixture.Add(2, "Far", kmEast: 4);
        fixture.Add(3, "Near", kmEast: 1);
        fixture.Stock(2, Kettle, 5).Stock(3, Kettle, 5);
        var router = fixture.Router();

        var decision = router.Route(
            new RoutingRequest(router.Find(1)!.Position, RoutingOrigin.Kiosk, DeliveryMethod.Pickup, [Goods(Kettle)], WednesdayNoon, PreferredLocationId: 1), fixture);

        Assert.Equal(3, decision.LocationId);
        Assert.Equal(1, decision.PassedOver.Single().LocationId);
    }

    [Fact]
    public void Equal_distances_go_to_the_lower_location_id()
    {
        var fixture = new RoutingFixture();
        fixture.Add(7, "Seven", kmEast: 1);
        fixture.Add(3, "Three", kmEast: 1);
        fixture.Stock(7, Kettle, 5).Stock(3, Kettle, 5);

        Assert.Equal(3, fixture.Router().Route(Delivery(Goods(Kettle)), fixture).LocationId);
    }

    [Fact]
    public void When_no_location_has_the_stock_the_client_is_told_what_is_missing()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Harbour", kmEast: 1);
        fixture.Add(2, "Riverside", kmEast: 2);
        fixture.Stock(1, Kettle, 5).Stock(1, OatMilk, 1).Stock(2, OatMilk, 2);

        var decision = fixture.Router().Route(Delivery(Goods(Kettle), Goods(OatMilk, 3)), fixture);

        Assert.False(decision.Found);
        Assert.Equal(2, decision.PassedOver.Count);
        Assert.Equal("No open location has 3 × Oat milk in stock. Try fewer, or remove it.", decision.Explanation);
    }

    [Fact]
    public void An_address_outside_every_service_area_is_refused_plainly()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Harbour", kmEast: 1);
        fixture.Stock(1, Kettle, 5);
        var seattle = new GeoPoint(47.6, -122.3);

        var decision = fixture.Router().Route(
            new RoutingRequest(seattle, RoutingOrigin.DeliveryAddress, DeliveryMethod.Delivery, [Goods(Kettle)], WednesdayNoon), fixture);

        Assert.False(decision.Found);
        Assert.Equal("No location delivers to this address: it is outside every service area.", decision.Explanation);
    }

    [Fact]
    public void When_everything_is_closed_the_client_is_told_so()
    {
        var fixture = new RoutingFixture();
        var closed = new OpeningHours([], []);
        fixture.Add(1, "Harbour", kmEast: 1, hours: closed);
        fixture.Stock(1, Kettle, 5);

        var decision = fixture.Router().Route(Delivery(Goods(Kettle)), fixture);

        Assert.False(decision.Found);
        Assert.StartsWith("Every location that could take this order is closed now", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Locations_are_listed_by_distance_for_a_client_choosing_where_to_pick_up()
    {
        var fixture = new RoutingFixture();
        fixture.Add(1, "Far", kmEast: 5);
        fixture.Add(2, "Near", kmEast: 1);

        Assert.Equal(["Near", "Far"], fixture.Router().ByDistanceFrom(Origin).Select(x => x.Location.Name));
    }
}
