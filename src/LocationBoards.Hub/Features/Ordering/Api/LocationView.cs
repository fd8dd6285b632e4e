using LocationBoards.Core.Routing;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>A location as the API lists it.</summary>
public sealed record LocationView(int Id, string Name, double Latitude, double Longitude, string TimeZone, bool OpenNow, DateTime? NextOpeningLocal)
{
    public static LocationView From(RoutableLocation location, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(location);
        var open = location.Hours.IsOpenAt(now, location.TimeZone);
        return new LocationView(
            location.Id,
            location.Name,
            location.Position.Latitude,
            location.Position.Longitude,
            location.TimeZone.Id,
            open,
            open ? null : location.Hours.NextOpeningAfter(now, location.TimeZone));
    }
}
