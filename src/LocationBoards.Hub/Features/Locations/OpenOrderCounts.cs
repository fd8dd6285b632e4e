using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Locations;

/// <summary>
/// How many open orders (new, in preparation, ready) each location holds: what its capacity is measured against. The
/// store keeps the tally on every change of an order (triggers of the OpenOrderTallies migration).
/// </summary>
public static class OpenOrderCounts
{
    public static async Task<Dictionary<int, int>> ByLocationAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.OpenOrderTallies.AsNoTracking().ToDictionaryAsync(t => t.LocationId, t => t.OpenOrders, cancellationToken);
    }
}
