using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>How a phone order reaches the caller: the method, and where.</summary>
public sealed record PhonePlan(DeliveryMethod Method, PaymentMethod Payment, int? PickupLocationId, string? PickupLocationName, int? DeliveryAddressId, PostalAddress? Address);
