using LocationBoards.Core.Catalog;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;

namespace LocationBoards.Benchmarks.Routing;

/// <summary>
/// Random locations and order origins worldwide: most uniform over the sphere, one in ten above 70° north or
/// south, one in ten within 5° of the antimeridian on either side. Every location is open all week in UTC,
/// offers no services and takes pickup orders, so routing evaluates every constraint and the nearest wins.
/// </summary>
public sealed class RoutingWorld
{
    public const int Kettle = 1;

    private static readonly ServiceArea NoDeliveries = ServiceArea.Parse(
        """{"type":"Polygon","coordinates":[[[0,0],[0.001,0],[0.001,0.001],[0,0.001],[0,0]]]}""");

    private static readonly OpeningHours AlwaysOpen = new([.. Enum.GetValues<DayOfWeek>().Select(OpeningInterval.AllDay)], []);

    private static readonly RoutingLine[] OneKettle = [new(Kettle, "Kettle", CatalogItemKind.Goods, 1)];

    public RoutingWorld(int locations, int seed)
    {
        var random = new Random(seed);
        Points = [.. Enumerable.Range(0, locations).Select(_ => RandomPoint(random))];
        Locations = [.. Points.Select((p, i) => new RoutableLocation(
            i + 1, $"Location {i + 1}", p, TimeZoneInfo.Utc, AlwaysOpen, int.MaxValue, NoDeliveries, new HashSet<int>()))];
    }

    public GeoPoint[] Points { get; }

    public RoutableLocation[] Locations { get; }

    /// <summary>A pickup of one kettle from an origin with no preferred location: the nearest open location with stock takes it.</summary>
    public static RoutingRequest Pickup(GeoPoint origin, DateTimeOffset at) =>
        new(origin, RoutingOrigin.ChosenLocation, DeliveryMethod.Pickup, OneKettle, at);

    public static GeoPoint RandomPoint(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var kind = random.Next(10);
        var longitude = (random.NextDouble() * 360) - 180;
        return kind switch
        {
            // Polar: |latitude| between 70° and 90°.
            0 => new GeoPoint((70 + (random.NextDouble() * 20)) * (random.Next(2) == 0 ? 1 : -1), longitude),

            // The antimeridian seam: longitude within 5° of ±180°.
            1 => new GeoPoint(UniformLatitude(random), random.Next(2) == 0 ? 175 + (random.NextDouble() * 5) : -180 + (random.NextDouble() * 5)),
            _ => new GeoPoint(UniformLatitude(random), longitude),
        };
    }

    /// <summary>Latitude of a point uniform over the sphere's area.</summary>
    private static double UniformLatitude(Random random) => Math.Asin((random.NextDouble() * 2) - 1) * 180 / Math.PI;
}
