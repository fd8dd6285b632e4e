using LocationBoards.Core.Ordering;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// Reads a location's board: open and handed-over orders, and today's done and cancelled ones, with
/// a sequence number they are at least as new as. The number is read first: a card may already be newer
/// than it, and the events after it are applied again by card version, which changes nothing twice.
/// </summary>
public sealed class BoardSnapshots(IDbContextFactory<AppDbContext> contexts, TimeProvider clock)
{
    private static readonly TimeSpan FinishedShownFor = TimeSpan.FromHours(12);

    public async Task<BoardSnapshot?> LoadAsync(int locationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == locationId, cancellationToken);
        if (location is null)
        {
            return null;
        }

        var sequence = await db.BoardSequences.AsNoTracking().Where(s => s.LocationId == locationId).Select(s => s.LastSequence).FirstOrDefaultAsync(cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime - FinishedShownFor;
        var orders = await db.Orders.AsNoTracking()
            .Include(o => o.Lines)
            .Where(o => o.LocationId == locationId
                && (o.Status == OrderStatus.New || o.Status == OrderStatus.InPreparation || o.Status == OrderStatus.Ready || o.Status == OrderStatus.HandedOver
                    || ((o.Status == OrderStatus.Done || o.Status == OrderStatus.Cancelled) && o.PlacedUtc >= since)))
            .OrderBy(o => o.PlacedUtc)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var customerIds = orders.Select(o => o.CustomerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Include(c => c.Phones)
            .Where(c => customerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return new BoardSnapshot(
            location.Id,
            location.Name,
            TimeZoneInfo.FindSystemTimeZoneById(location.TimeZoneId),
            location.DueSoonMinutes,
            sequence,
            [.. orders.Select(o => BoardCards.For(o, customers[o.CustomerId]))]);
    }
}
