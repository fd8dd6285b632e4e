using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>An order as <c>GET /api/orders/{id}</c> shows it: its state, lines, and routing decision.</summary>
public sealed record OrderView(
    long Id,
    OrderStatus Status,
    int Version,
    DateTime PlacedUtc,
    DateTime DueUtc,
    OrderChannel Channel,
    DeliveryMethod DeliveryMethod,
    PaymentMethod Payment,
    long TotalMinor,
    int CustomerId,
    string CustomerFirstName,
    int LocationId,
    string LocationName,
    PostalAddress? DeliveryAddress,
    IReadOnlyList<OrderLineView> Lines,
    RoutingView Routing,
    string? CancelReason);

public sealed record OrderLineView(int CatalogItemId, string Name, int Quantity, long UnitPriceMinor, long LineTotalMinor);

public sealed record RoutingView(
    string OriginKind,
    double OriginLatitude,
    double OriginLongitude,
    double DistanceMetres,
    string Explanation,
    IReadOnlyList<PassedOverView> PassedOver);

public sealed record PassedOverView(int LocationId, string Name, double DistanceMetres, string Reason);
