namespace LocationBoards.Benchmarks.PlaceOrders;

/// <summary>
/// An order the hub acknowledged (201): its idempotency key, the id it answered, when its submission started and
/// when the answer had been read (Stopwatch ticks).
/// </summary>
public readonly record struct PlacedOrder(string Key, long OrderId, long StartedAt, long AnsweredAt);
