using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering.Api;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>Reads orders for their creators, their location's staff and admins (the callers check who may see which).</summary>
public sealed class OrderQueries(IDbContextFactory<AppDbContext> contexts)
{
    public async Task<(OrderView View, string PlacedBy)?> FindAsync(long orderId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Orders.AsNoTracking()
            .Where(o => o.Id == orderId)
            .Include(o => o.Lines)
            .Join(db.Locations, o => o.LocationId, l => l.Id, (o, l) => new { Order = o, LocationName = l.Name })
            .Join(db.Customers, x => x.Order.CustomerId, c => c.Id, (x, c) => new { x.Order, x.LocationName, c.FirstName })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var view = OrderViews.Of(row.Order, row.FirstName, row.LocationName);
        return (view, row.Order.PlacedBy);
    }
}
