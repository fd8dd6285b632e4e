using LocationBoards.Core.Catalog;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Locations;

/// <summary>
/// How many active goods a location cannot supply right now. A goods item with no stock row at a
/// location counts as out of stock there.
/// </summary>
public static class StockCounts
{
    public static async Task<Dictionary<int, int>> OutOfStockByLocationAsync(
        AppDbContext db, IEnumerable<int> locationIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = locationIds.ToList();
        var activeGoods = await db.CatalogItems.AsNoTracking()
            .CountAsync(i => i.IsActive && i.Kind == CatalogItemKind.Goods, cancellationToken);
        var supplied = await (
                from s in db.StockLevels.AsNoTracking()
                join i in db.CatalogItems.AsNoTracking() on s.CatalogItemId equals i.Id
                where i.IsActive && i.Kind == CatalogItemKind.Goods && s.OnHand - s.Reserved > 0 && ids.Contains(s.LocationId)
                group s by s.LocationId into g
                select new { LocationId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.LocationId, g => g.Count, cancellationToken);
        return ids.Distinct().ToDictionary(id => id, id => activeGoods - supplied.GetValueOrDefault(id));
    }
}
