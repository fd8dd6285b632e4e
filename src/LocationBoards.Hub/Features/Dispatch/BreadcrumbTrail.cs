using System.Collections.Concurrent;
using System.Threading.Channels;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch;

/// <summary>
/// Stores a technician's trail on a slower cadence than positions arrive (default one point a minute), in batches,
/// and prunes points older than the retention. Lossy on purpose: if the store falls behind, the oldest offers go.
/// </summary>
public sealed partial class BreadcrumbTrail(
    IDbContextFactory<AppDbContext> contexts, IOptions<DispatchOptions> options, TimeProvider clock, ILogger<BreadcrumbTrail> logger)
    : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);
    private readonly Channel<TechnicianPosition> _offers = Channel.CreateBounded<TechnicianPosition>(
        new BoundedChannelOptions(20_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly ConcurrentDictionary<int, DateTime> _lastStored = new();

    public void Offer(TechnicianPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        DateTime? last = _lastStored.TryGetValue(position.TechnicianId, out var stored) ? stored : null;
        if (BreadcrumbCadence.ShouldStore(last, position.RecordedUtc, options.Value.BreadcrumbInterval))
        {
            _lastStored[position.TechnicianId] = position.RecordedUtc;
            _offers.Writer.TryWrite(position);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextPrune = clock.GetUtcNow().UtcDateTime;
        var batch = new List<TechnicianPosition>();
        while (await _offers.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < 1000 && _offers.Reader.TryRead(out var position))
            {
                batch.Add(position);
            }

            try
            {
                await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                db.PositionBreadcrumbs.AddRange(batch.Select(PositionBreadcrumb.From));
                await db.SaveChangesAsync(stoppingToken);
                var now = clock.GetUtcNow().UtcDateTime;
                if (now >= nextPrune)
                {
                    var cutoff = BreadcrumbCadence.RetentionCutoff(now, options.Value.BreadcrumbRetention);
                    await db.PositionBreadcrumbs.Where(b => b.RecordedUtc < cutoff).ExecuteDeleteAsync(stoppingToken);
                    nextPrune = now + PruneEvery;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A trail point is not worth stopping for; the next batch tries again.
                LogStoreFailed(logger, batch.Count, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} breadcrumb points could not be stored")]
    private static partial void LogStoreFailed(ILogger logger, int count, Exception exception);
}
