using LocationBoards.Core.Geography;
using LocationBoards.Core.Locations;

namespace LocationBoards.Core.Routing;

/// <summary>What routing needs to know of a location that does not change from order to order.</summary>
public sealed record RoutableLocation(
    int Id,
    string Name,
    GeoPoint Position,
    TimeZoneInfo TimeZone,
    OpeningHours Hours,
    int MaxOpenOrders,
    ServiceArea ServiceArea,
    IReadOnlySet<int> ServiceItemIds)
{
    public static RoutableLocation From(FulfilmentLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new RoutableLocation(
            location.Id,
            location.Name,
            location.Position,
            TimeZoneInfo.FindSystemTimeZoneById(location.TimeZoneId),
            location.Hours,
            location.MaxOpenOrders,
            ServiceArea.Parse(location.ServiceAreaGeoJson),
            location.Services.Select(s => s.CatalogItemId).ToHashSet());
    }
}
