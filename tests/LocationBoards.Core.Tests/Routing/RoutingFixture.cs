using LocationBoards.Core.Catalog;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Routing;

namespace LocationBoards.Core.Tests.Routing;

/// <summary>A few locations along a line through Portland, each open all week unless a test says otherwise.</summary>
internal sealed class RoutingFixture : ILocationLoad
{
    public const int Kettle = 1;
    public const int OatMilk = 2;
    public const int RepairVisit = 3;

    public static readonly TimeZoneInfo Portland = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    public static readonly DateTimeOffset WednesdayNoon = new(2026, 11, 25, 12, 0, 0, TimeSpan.FromHours(-8));

    private const string MetroArea =
        """{"type":"Polygon","coordinates":[[[-123.0,45.3],[-122.3,45.3],[-122.3,45.7],[-123.0,45.7],[-123.0,45.3]]]}""";

    private readonly Dictionary<(int Location, int Item), int> _stock = [];
    private readonly Dictionary<int, int> _openOrders = [];

    public static GeoPoint Origin { get; } = new(45.5200, -122.6800);

    public List<RoutableLocation> Locations { get; } = [];

    public RoutableLocation Add(int id, string name, double kmEast, string? serviceArea = null, OpeningHours? hours = null, int capacity = 10, params int[] services)
    {
        var position = new GeoPoint(Origin.Latitude, Origin.Longitude + (kmEast / (111.32 * Math.Cos(Origin.Latitude * Math.PI / 180))));
        var location = new RoutableLocation(
            id,
            name,
            position,
            Portland,
            hours ?? new OpeningHours([.. Enum.GetValues<DayOfWeek>().Select(OpeningInterval.AllDay)], []),
            capacity,
            ServiceArea.Parse(serviceArea ?? MetroArea),
            services.ToHashSet());
        Locations.Add(location);
        return location;
    }

    public RoutingFixture Stock(int locationId, int itemId, int available)
    {
        _stock[(locationId, itemId)] = available;
        return this;
    }

    public RoutingFixture Orders(int locationId, int open)
    {
        _openOrders[locationId] = open;
        return this;
    }

    public LocationRouter Router() => new(Locations, DistanceUnit.Kilometres);

    public int AvailableStock(int locationId, int catalogItemId) => _stock.GetValueOrDefault((locationId, catalogItemId));

    public int OpenOrders(int locationId) => _openOrders.GetValueOrDefault(locationId);

    public static RoutingLine Goods(int itemId, int quantity = 1) => new(itemId, itemId == Kettle ? "Kettle" : "Oat milk", CatalogItemKind.Goods, quantity);

    public static RoutingLine Service(int itemId) => new(itemId, "Repair visit", CatalogItemKind.Service, 1);
}
