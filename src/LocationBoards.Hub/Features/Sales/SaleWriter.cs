using System.Threading.Channels;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// The one writer of sale processing. Concurrent submissions queue here and are processed together in batches (group
/// commit): one transaction, a savepoint per sale so one failed sale never undoes the others, one durable commit. A
/// caller is answered only after its batch is durable; then the batch's events are published and the email sender woken.
/// </summary>
public sealed partial class SaleWriter(
    IDbContextFactory<AppDbContext> contexts,
    LocationDirectory locations,
    IServiceProvider services,
    IDispatchEventBus dispatchBus,
    IBoardEventBus boardBus,
    ISaleEmailWake emailWake,
    TimeProvider clock,
    ILogger<SaleWriter> logger) : BackgroundService
{
    public const int BatchSize = 64;

    private readonly Channel<PendingSale> _queue = Channel.CreateUnbounded<PendingSale>(new UnboundedChannelOptions { SingleReader = true });

    internal Task<SaleOutcome> SubmitAsync(long saleId, int expectedVersion, string userId, CancellationToken cancellationToken)
    {
        var pending = new PendingSale(saleId, expectedVersion, userId);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The hub is shutting down and processes no more sales.");
        }

        // A caller that gives up still gets its sale processed if the batch commits; submitting again answers the result.
        return pending.Answer.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ordering = services.GetRequiredService<IOptions<OrderingOptions>>();
        var dispatch = services.GetRequiredService<IOptions<DispatchOptions>>();
        var processor = new SaleProcessor(services.GetRequiredService<IOptions<SalesOptions>>(), ordering, dispatch, new OrderPlacement(ordering, dispatch));
        var reader = _queue.Reader;
        var batch = new List<PendingSale>(BatchSize);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < BatchSize && reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await WriteBatchAsync(processor, batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _queue.Writer.TryComplete();
            while (reader.TryRead(out var left))
            {
                left.Answer.TrySetException(new InvalidOperationException("The hub stopped before this sale was processed; it is still submitted-ready. Submit it again."));
            }
        }
    }

    private async Task WriteBatchAsync(SaleProcessor processor, List<PendingSale> batch, CancellationToken cancellationToken)
    {
        var results = new List<(PendingSale Pending, SaleOutcome? Outcome, SaleEffects Effects, Exception? Error)>(batch.Count);
        try
        {
            var router = await locations.RouterAsync(cancellationToken);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);

            // The writer keeps its own savepoint per sale; EF's extra one around every SaveChanges would only cost statements.
            db.Database.AutoSavepointsEnabled = false;
            var catalog = await db.CatalogItems.AsNoTracking().ToDictionaryAsync(i => i.Id, cancellationToken);
            var zones = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.TimeZoneId, cancellationToken);
            var context = new SaleBatchContext(clock.GetUtcNow().UtcDateTime, catalog, router, zones);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = $"sale{i}";
                var effects = new SaleEffects();
                await transaction.CreateSavepointAsync(savepoint, cancellationToken);
                try
                {
                    var outcome = await processor.SubmitAsync(db, transaction, batch[i], context, effects, cancellationToken);
                    await transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
                    results.Add((batch[i], outcome, effects, null));
                }
                catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
                {
                    await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
                    LogSaleFailed(logger, batch[i].SaleId, ex);
                    results.Add((batch[i], null, effects, ex));
                }
                finally
                {
                    db.ChangeTracker.Clear();
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            LogBatchFailed(logger, batch.Count, ex);
            foreach (var pending in batch)
            {
                pending.Answer.TrySetException(new InvalidOperationException("The sale could not be processed; nothing was stored. Submit it again.", ex));
            }

            return;
        }

        var emails = 0;
        foreach (var (pending, outcome, effects, error) in results)
        {
            if (error is not null)
            {
                pending.Answer.TrySetException(new InvalidOperationException("The sale could not be processed; nothing was stored. Submit it again.", error));
                continue;
            }

            pending.Answer.TrySetResult(outcome!);
            effects.DispatchEvents.ForEach(dispatchBus.Publish);
            effects.BoardEvents.ForEach(boardBus.Publish);
            emails += effects.EmailsWritten;
            if (outcome is SaleOutcome.Saved { Sale: { } sale } && sale.Status is SaleStatus.Processed or SaleStatus.Refused && effects.DispatchEvents.Count > 0)
            {
                LogFinished(logger, sale.SaleId, sale.Status, sale.RefusalNote);
            }
        }

        if (emails > 0)
        {
            emailWake.Wake();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sale {SaleId} {Status} {Note}")]
    private static partial void LogFinished(ILogger logger, long saleId, SaleStatus status, string? note);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sale {SaleId} could not be processed and was rolled back")]
    private static partial void LogSaleFailed(ILogger logger, long saleId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} sales could not be committed; none was processed")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);
}
