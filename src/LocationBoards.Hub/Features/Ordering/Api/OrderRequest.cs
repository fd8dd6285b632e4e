using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Ordering.Api;

/// <summary>
/// An order as clients submit it (kiosk, web, phone line and <c>POST /api/orders</c> alike). Either an
/// existing <see cref="CustomerId"/> or a <see cref="NewCustomer"/>. Prices are the catalogue's: none is taken from here.
/// </summary>
public sealed record OrderRequest
{
    public int? CustomerId { get; init; }

    public NewCustomerRequest? NewCustomer { get; init; }

    public IReadOnlyList<OrderLineRequest>? Lines { get; init; }

    public DeliveryMethod? DeliveryMethod { get; init; }

    /// <summary>Pickup: the location the client picks up from (a kiosk's own location, or one chosen from a list).</summary>
    public int? PickupLocationId { get; init; }

    /// <summary>Delivery or visit: one of the customer's saved addresses…</summary>
    public int? DeliveryAddressId { get; init; }

    /// <summary>…or an address typed now, placed by the local gazetteer or by its coordinates.</summary>
    public AddressRequest? DeliveryAddress { get; init; }

    public PaymentMethod? Payment { get; init; }
}
