using LocationBoards.Core.Geography;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Core.Routing;

/// <summary>
/// An order to place, as routing sees it. For pickup the origin is a location (the kiosk's or the one
/// the client chose), which is preferred when it can fulfil; for delivery and technician visits the
/// origin is the address, which must lie in the location's service area.
/// </summary>
public sealed record RoutingRequest(
    GeoPoint Origin,
    RoutingOrigin OriginKind,
    DeliveryMethod Method,
    IReadOnlyList<RoutingLine> Lines,
    DateTimeOffset At,
    int? PreferredLocationId = null)
{
    public bool GoesToAnAddress => Method is DeliveryMethod.Delivery or DeliveryMethod.TechnicianVisit;
}
