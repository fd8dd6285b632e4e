using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>Makes the API's view of an order, from the store or straight from the writer.</summary>
public static class OrderViews
{
    public static OrderView Of(Order order, string customerFirstName, string locationName)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderView(
            order.Id, order.Status, order.Version, order.PlacedUtc, order.DueUtc, order.Channel, order.DeliveryMethod, order.PaymentMethod,
            order.TotalMinor, order.CustomerId, customerFirstName, order.LocationId, locationName, order.DeliveryAddress,
            [.. order.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.CatalogItemId, l.ItemName, l.Quantity, l.UnitPriceMinor, l.LineTotalMinor))],
            new RoutingView(
                order.Routing.OriginKind, order.Routing.OriginLatitude, order.Routing.OriginLongitude, order.Routing.DistanceMetres, order.Routing.Explanation,
                [.. order.Routing.PassedOver.Select(p => new PassedOverView(p.LocationId, p.LocationName, p.DistanceMetres, p.Reason))]),
            order.CancelReason);
    }
}
