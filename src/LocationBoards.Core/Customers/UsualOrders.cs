namespace LocationBoards.Core.Customers;

/// <summary>
/// A customer's usual items: every past purchase of an item adds to its score, weighted by its age
/// with exponential decay (a purchase one half-life old counts half), so three purchases last month
/// outrank five a year ago. Ties go to the more recent purchase, then the lower item id.
/// </summary>
public static class UsualOrders
{
    public static readonly TimeSpan DefaultHalfLife = TimeSpan.FromDays(90);

    public const int DefaultCount = 6;

    public static IReadOnlyList<UsualItem> Rank(IEnumerable<Purchase> history, DateTime nowUtc, TimeSpan halfLife, int count)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(halfLife, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        var scores = new Dictionary<int, (double Score, DateTime Last, int Purchases)>();
        foreach (var purchase in history)
        {
            var age = nowUtc - purchase.PlacedUtc;
            var weight = age <= TimeSpan.Zero ? 1.0 : Math.Pow(0.5, age / halfLife);
            scores.TryGetValue(purchase.CatalogItemId, out var current);
            scores[purchase.CatalogItemId] = (
                current.Score + weight,
                purchase.PlacedUtc > current.Last ? purchase.PlacedUtc : current.Last,
                current.Purchases + 1);
        }

        return [.. scores
            .OrderByDescending(s => s.Value.Score)
            .ThenByDescending(s => s.Value.Last)
            .ThenBy(s => s.Key)
            .Take(count)
            .Select(s => new UsualItem(s.Key, s.Value.Score, s.Value.Purchases, s.Value.Last))];
    }
}
