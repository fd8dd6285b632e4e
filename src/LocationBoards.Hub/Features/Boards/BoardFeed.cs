using LocationBoards.Data;
using LocationBoards.Hub.Realtime;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Boards;

/// <summary>
/// A location's board events from the store, by sequence number: what a board or client that was away,
/// or saw a gap, asks for to catch up exactly. The store is the source of truth, never the bus.
/// </summary>
public sealed class BoardFeed(IDbContextFactory<AppDbContext> contexts)
{
    public const int MaxPerCall = 500;

    public async Task<IReadOnlyList<BoardEventMessage>> EventsAfterAsync(int locationId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.BoardEvents.AsNoTracking()
            .Where(e => e.LocationId == locationId && e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence)
            .Take(MaxPerCall)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(e => new BoardEventMessage(e.LocationId, e.Sequence, e.Kind, e.OrderId, e.OccurredUtc, BoardJson.Read(e.PayloadJson)))];
    }

    public async Task<long> LastSequenceAsync(int locationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.BoardSequences.AsNoTracking().Where(s => s.LocationId == locationId).Select(s => s.LastSequence).FirstOrDefaultAsync(cancellationToken);
    }
}
