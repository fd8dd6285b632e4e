using LocationBoards.Core.Customers;
using LocationBoards.Core.Geography;
using LocationBoards.Core.Ordering;
using LocationBoards.Core.Routing;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// An order checked against the store and ready for the writer: known items with the catalogue's
/// prices, a known (or new) customer, and where routing measures from.
/// </summary>
public sealed record PreparedOrder(
    int? CustomerId,
    Customer? NewCustomer,
    IReadOnlyList<PreparedLine> Lines,
    DeliveryMethod Method,
    PaymentMethod Payment,
    GeoPoint Origin,
    RoutingOrigin OriginKind,
    int? PreferredLocationId,
    PostalAddress? DeliveryAddress,
    GeoPoint? DeliveryPoint)
{
    public long TotalMinor => Lines.Sum(l => l.UnitPriceMinor * l.Quantity);

    public IReadOnlyList<RoutingLine> RoutingLines => [.. Lines.Select(l => new RoutingLine(l.CatalogItemId, l.Name, l.Kind, l.Quantity))];
}
