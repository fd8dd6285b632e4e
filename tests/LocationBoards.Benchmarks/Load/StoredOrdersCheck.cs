using System.Globalization;
using LocationBoards.Benchmarks.PlaceOrders;

namespace LocationBoards.Benchmarks.Load;

/// <summary>
/// What the store holds after a run against what the hub acknowledged: every acknowledged order stored once under
/// its own idempotency key, and nothing stored that was not acknowledged.
/// </summary>
public sealed record StoredOrdersCheck(int Acknowledged, int Stored, int Missing, int Unacknowledged, int KeyMismatches, int DuplicateAcknowledgements)
{
    public bool Exact => Missing == 0 && Unacknowledged == 0 && KeyMismatches == 0 && DuplicateAcknowledgements == 0 && Stored == Acknowledged;

    public static StoredOrdersCheck Compare(IReadOnlyCollection<PlacedOrder> acknowledged, IReadOnlyList<(long OrderId, string? Key)> stored)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        ArgumentNullException.ThrowIfNull(stored);
        var storedKeys = new Dictionary<long, string?>(stored.Count);
        foreach (var (orderId, key) in stored)
        {
            storedKeys[orderId] = key;
        }

        var ackedIds = new HashSet<long>();
        int duplicates = 0, missing = 0, mismatches = 0;
        foreach (var order in acknowledged)
        {
            if (!ackedIds.Add(order.OrderId))
            {
                duplicates++;
            }

            if (!storedKeys.TryGetValue(order.OrderId, out var key))
            {
                missing++;
            }
            else if (key != order.Key)
            {
                mismatches++;
            }
        }

        var unacknowledged = storedKeys.Keys.Count(id => !ackedIds.Contains(id));
        return new StoredOrdersCheck(acknowledged.Count, stored.Count, missing, unacknowledged, mismatches, duplicates);
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"// Store check: {Acknowledged} orders acknowledged (201), {Stored} orders stored by the run; missing {Missing}, stored but not acknowledged {Unacknowledged}, stored under another key {KeyMismatches}, acknowledged twice {DuplicateAcknowledgements}: {(Exact ? "EXACT" : "NOT EXACT")}");
}
