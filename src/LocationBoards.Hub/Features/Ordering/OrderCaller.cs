using LocationBoards.Core.Ordering;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// Who submits an order, as the server established it: where it came in, who placed it (for "who may
/// see this order"), the scope its idempotency keys live in, and which customers it may order for.
/// </summary>
public sealed record OrderCaller(
    OrderChannel Channel,
    string PlacedBy,
    string IdempotencyScope,
    int? OnlyForCustomerId,
    bool MayCreateCustomers);
