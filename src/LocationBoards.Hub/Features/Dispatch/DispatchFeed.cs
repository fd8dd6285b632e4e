using LocationBoards.Data;
using LocationBoards.Hub.Realtime;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>Dispatch events from the store by sequence number, for a console or client that was away or saw a gap.</summary>
public sealed class DispatchFeed(IDbContextFactory<AppDbContext> contexts)
{
    public const int MaxPerCall = 500;

    public async Task<IReadOnlyList<DispatchEventMessage>> EventsAfterAsync(long afterSequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DispatchEvents.AsNoTracking()
            .Where(e => e.Sequence > afterSequence)
            .OrderBy(e => e.Sequence)
            .Take(MaxPerCall)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToMessage)];
    }

    private static DispatchEventMessage ToMessage(LocationBoards.Core.Dispatch.DispatchEvent row)
    {
        var (job, sale) = DispatchJson.ReadPayload(row.PayloadJson);
        return new DispatchEventMessage(row.Sequence, row.Kind, row.JobId, row.TechnicianId, row.OccurredUtc, job, sale);
    }

    public async Task<long> LastSequenceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DispatchSequences.AsNoTracking().Select(s => s.LastSequence).FirstOrDefaultAsync(cancellationToken);
    }
}
