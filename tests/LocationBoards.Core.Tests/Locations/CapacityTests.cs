using LocationBoards.Core.Locations;

namespace LocationBoards.Core.Tests.Locations;

public class CapacityTests
{
    private static FulfilmentLocation Location(int maxOpenOrders) => new()
    {
        Code = "pearl",
        Name = "Pearl District",
        Street = "1100 NW Glisan St",
        City = "Portland",
        Postcode = "97209",
        ServiceAreaGeoJson = "{}",
        TimeZoneId = "America/Los_Angeles",
        MaxOpenOrders = maxOpenOrders,
    };

    [Theory]
    [InlineData(20, 0, true)]
    [InlineData(20, 19, true)]
    [InlineData(20, 20, false)]
    [InlineData(20, 25, false)]
    [InlineData(1, 0, true)]
    [InlineData(1, 1, false)]
    public void A_location_takes_orders_only_below_its_capacity(int capacity, int openOrders, bool hasRoom)
    {
        Assert.Equal(hasRoom, Location(capacity).HasRoomFor(openOrders));
    }
}
