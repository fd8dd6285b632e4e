using LocationBoards.Core.Geography;

namespace LocationBoards.Core.Locations;

/// <summary>A store, depot or service centre that fulfils orders and has its own board.</summary>
public sealed class FulfilmentLocation
{
    public int Id { get; set; }

    /// <summary>A short stable name used in seed files and URLs, e.g. "pearl".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Street { get; set; }

    public required string City { get; set; }

    public required string Postcode { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>The delivery service area as GeoJSON (Polygon or MultiPolygon, longitude/latitude).</summary>
    public required string ServiceAreaGeoJson { get; set; }

    /// <summary>IANA time zone id, e.g. "America/Los_Angeles"; opening hours are wall-clock times there.</summary>
    public required string TimeZoneId { get; set; }

    /// <summary>The most open (not yet handed over) orders the location takes at once.</summary>
    public int MaxOpenOrders { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>On the board, an order this close to its due time shows as "due soon" (amber, with words).</summary>
    public int DueSoonMinutes { get; set; } = 5;

    /// <summary>Application-managed concurrency token, bumped on every change.</summary>
    public int Version { get; set; }

    public List<OpeningInterval> OpeningIntervals { get; set; } = [];

    public List<DatedClosure> Closures { get; set; } = [];

    public List<LocationService> Services { get; set; } = [];

    public GeoPoint Position => new(Latitude, Longitude);

    public OpeningHours Hours => new(OpeningIntervals, Closures);

    public bool HasRoomFor(int openOrders) => openOrders < MaxOpenOrders;
}
