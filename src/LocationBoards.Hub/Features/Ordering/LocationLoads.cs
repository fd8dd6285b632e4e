using LocationBoards.Core.Catalog;
using LocationBoards.Core.Routing;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Locations;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>Reads what routing needs from the store for one cart: available stock of its goods everywhere, and open orders per location (the store's tally).</summary>
public static class LocationLoads
{
    public static async Task<ILocationLoad> ReadAsync(AppDbContext db, IReadOnlyList<PreparedLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(lines);
        var goods = lines.Where(l => l.Kind == CatalogItemKind.Goods).Select(l => l.CatalogItemId).ToList();
        var stock = goods.Count == 0
            ? []
            : await db.StockLevels.AsNoTracking()
                .Where(s => goods.Contains(s.CatalogItemId))
                .Select(s => new { s.LocationId, s.CatalogItemId, Available = s.OnHand - s.Reserved })
                .ToDictionaryAsync(s => (s.LocationId, s.CatalogItemId), s => s.Available, cancellationToken);
        var open = await OpenOrderCounts.ByLocationAsync(db, cancellationToken);
        return new Snapshot(stock, open);
    }

    private sealed class Snapshot(Dictionary<(int, int), int> stock, Dictionary<int, int> open) : ILocationLoad
    {
        public int AvailableStock(int locationId, int catalogItemId) => stock.GetValueOrDefault((locationId, catalogItemId));

        public int OpenOrders(int locationId) => open.GetValueOrDefault(locationId);
    }
}
