using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Locations;

/// <summary>How many open orders (new, in preparation, ready) each location holds: what its capacity is measured against.</summary>
public static class OpenOrderCounts
{
    public static async Task<Dictionary<int, int>> ByLocationAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Orders.AsNoTracking()
            .Where(o => o.Status == OrderStatus.New || o.Status == OrderStatus.InPreparation || o.Status == OrderStatus.Ready)
            .GroupBy(o => o.LocationId)
            .Select(g => new { LocationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.LocationId, g => g.Count, cancellationToken);
    }
}
