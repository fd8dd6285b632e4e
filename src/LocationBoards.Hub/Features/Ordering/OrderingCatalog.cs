using LocationBoards.Core.Catalog;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// What the ordering screens read: customers by phone, the catalogue with stock at a location, a
/// customer's usual items and last order, and speed-dial entries. Reads only.
/// </summary>
public sealed class OrderingCatalog(IDbContextFactory<AppDbContext> contexts, IOptions<OrderingOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<CustomerMatch>> CustomersByPhoneAsync(string normalisedPhone, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.Customers.AsNoTracking()
            .Where(c => c.Phones.Any(p => p.Number == normalisedPhone))
            .OrderBy(c => c.FirstName)
            .ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.FirstName, c.PrefersPerson })
            .ToListAsync(cancellationToken);
        return [.. found.Select(c => new CustomerMatch(c.Id, c.FirstName, c.PrefersPerson))];
    }

    public async Task<CustomerMatch?> CustomerAsync(int customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new CustomerMatch(c.Id, c.FirstName, c.PrefersPerson))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ShopItem>> ItemsAsync(int? locationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.CatalogItems.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.Category).ThenBy(i => i.Name).ToListAsync(cancellationToken);
        var stock = locationId is { } id
            ? await db.StockLevels.AsNoTracking().Where(s => s.LocationId == id)
                .ToDictionaryAsync(s => s.CatalogItemId, s => s.OnHand - s.Reserved, cancellationToken)
            : null;
        return [.. items.Select(i => ToShopItem(i, stock))];
    }

    /// <summary>The customer's usual items by decayed purchase count; with no history, the location's most ordered items.</summary>
    public async Task<IReadOnlyList<ShopItem>> UsualItemsAsync(int? customerId, int? locationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - TimeSpan.FromDays(730);
        List<int> ranked = [];
        if (customerId is { } customer)
        {
            var history = await (
                    from o in db.Orders.AsNoTracking()
                    where o.CustomerId == customer && o.Status != OrderStatus.Cancelled && o.PlacedUtc >= since
                    join l in db.OrderLines.AsNoTracking() on o.Id equals l.OrderId
                    select new { l.CatalogItemId, o.PlacedUtc })
                .ToListAsync(cancellationToken);
            ranked = [.. UsualOrders.Rank(history.Select(h => new Purchase(h.CatalogItemId, h.PlacedUtc)), now, options.Value.UsualHalfLife, options.Value.UsualItemCount)
                .Select(u => u.CatalogItemId)];
        }

        if (ranked.Count == 0)
        {
            var recent = now - TimeSpan.FromDays(90);
            ranked = await (
                    from o in db.Orders.AsNoTracking()
                    where (locationId == null || o.LocationId == locationId) && o.PlacedUtc >= recent
                    join l in db.OrderLines.AsNoTracking() on o.Id equals l.OrderId
                    select l.CatalogItemId)
                .GroupBy(id => id)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key)
                .Select(g => g.Key)
                .Take(options.Value.UsualItemCount)
                .ToListAsync(cancellationToken);
        }

        var items = await db.CatalogItems.AsNoTracking().Where(i => ranked.Contains(i.Id) && i.IsActive).ToDictionaryAsync(i => i.Id, cancellationToken);
        var stock = locationId is { } id
            ? await db.StockLevels.AsNoTracking().Where(s => s.LocationId == id && ranked.Contains(s.CatalogItemId))
                .ToDictionaryAsync(s => s.CatalogItemId, s => s.OnHand - s.Reserved, cancellationToken)
            : null;
        return [.. ranked.Where(items.ContainsKey).Select(id => ToShopItem(items[id], stock))];
    }

    /// <summary>The lines of the customer's most recent order, for "reorder your last order".</summary>
    public async Task<IReadOnlyList<(ShopItem Item, int Quantity)>> LastOrderAsync(int customerId, int? locationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lastOrderId = await db.Orders.AsNoTracking()
            .Where(o => o.CustomerId == customerId && o.Status != OrderStatus.Cancelled)
            .OrderByDescending(o => o.PlacedUtc)
            .Select(o => (long?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (lastOrderId is null)
        {
            return [];
        }

        var last = await db.OrderLines.AsNoTracking()
            .Where(l => l.OrderId == lastOrderId)
            .OrderBy(l => l.Id)
            .Select(l => new { l.CatalogItemId, l.Quantity })
            .ToListAsync(cancellationToken);

        var ids = last.Select(l => l.CatalogItemId).ToList();
        var items = await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.Id) && i.IsActive).ToDictionaryAsync(i => i.Id, cancellationToken);
        var stock = locationId is { } id
            ? await db.StockLevels.AsNoTracking().Where(s => s.LocationId == id && ids.Contains(s.CatalogItemId))
                .ToDictionaryAsync(s => s.CatalogItemId, s => s.OnHand - s.Reserved, cancellationToken)
            : null;
        return [.. last.Where(l => items.ContainsKey(l.CatalogItemId)).Select(l => (ToShopItem(items[l.CatalogItemId], stock), l.Quantity))];
    }

    public async Task<IReadOnlyList<SavedAddress>> DeliveryAddressesAsync(int customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DeliveryAddresses.AsNoTracking()
            .Where(a => a.CustomerId == customerId)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new SavedAddress(a.Id, a.Label, a.Address, a.Position))];
    }

    public async Task<SpeedDialOrder?> SpeedDialAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.SpeedDialEntries.AsNoTracking().Include(e => e.Lines)
            .FirstOrDefaultAsync(e => e.Code == code && e.IsActive, cancellationToken);
        return entry is null ? null : await ToSpeedDialOrderAsync(db, entry, cancellationToken);
    }

    public async Task<SpeedDialOrder?> SpeedDialForCalledNumberAsync(string calledNumber, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entry = await db.SpeedDialEntries.AsNoTracking().Include(e => e.Lines)
            .FirstOrDefaultAsync(e => e.DialledNumber == calledNumber && e.IsActive, cancellationToken);
        return entry is null ? null : await ToSpeedDialOrderAsync(db, entry, cancellationToken);
    }

    private static async Task<SpeedDialOrder> ToSpeedDialOrderAsync(AppDbContext db, SpeedDialEntry entry, CancellationToken cancellationToken)
    {
        var ids = entry.Lines.Select(l => l.CatalogItemId).ToList();
        var items = await db.CatalogItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return new SpeedDialOrder(
            entry.Code,
            entry.Name,
            entry.DeliveryMethod,
            [.. entry.Lines.Where(l => items.ContainsKey(l.CatalogItemId)).Select(l => (ToShopItem(items[l.CatalogItemId], null), l.Quantity))]);
    }

    private static ShopItem ToShopItem(CatalogItem item, Dictionary<int, int>? stock) => new(
        item.Id, item.Sku, item.Name, item.Category, item.Kind, item.Icon, item.PriceMinor, item.Description,
        item.Kind == CatalogItemKind.Goods && stock is not null ? stock.GetValueOrDefault(item.Id) : null);
}
