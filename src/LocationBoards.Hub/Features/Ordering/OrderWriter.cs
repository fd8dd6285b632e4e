using System.Threading.Channels;
using LocationBoards.Core.Dispatch;
using LocationBoards.Data;
using LocationBoards.Hub.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// The one writer of orders. Concurrent submissions queue here and are committed together in small
/// batches (group commit): one durable commit for many orders, each in its own savepoint so one
/// refused order never undoes the others. A caller is answered only after its batch is durable;
/// then the batch's board events are published.
/// </summary>
public sealed partial class OrderWriter(
    IDbContextFactory<AppDbContext> contexts,
    LocationDirectory locations,
    IBoardEventBus bus,
    IDispatchEventBus dispatchBus,
    IOptions<OrderingOptions> options,
    IOptions<DispatchOptions> dispatchOptions,
    TimeProvider clock,
    ILogger<OrderWriter> logger) : BackgroundService
{
    private readonly Channel<PendingPlacement> _queue = Channel.CreateUnbounded<PendingPlacement>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly OrderPlacement _placement = new(options, dispatchOptions);

    internal Task<OrderOutcome> PlaceAsync(PreparedOrder order, OrderCaller caller, string idempotencyKey, string requestHash, CancellationToken cancellationToken)
    {
        var pending = new PendingPlacement(order, caller, idempotencyKey, requestHash);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The hub is shutting down and takes no more orders.");
        }

        // A caller that gives up still gets its order if the batch commits; a retry with the same key finds it.
        return pending.Answer.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<PendingPlacement>(options.Value.WriterBatchSize);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < options.Value.WriterBatchSize && reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                await WriteBatchAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _queue.Writer.TryComplete();
            while (reader.TryRead(out var left))
            {
                left.Answer.TrySetException(new InvalidOperationException("The hub stopped before this order was written; nothing was stored."));
            }
        }
    }

    private async Task WriteBatchAsync(List<PendingPlacement> batch, CancellationToken cancellationToken)
    {
        var results = new List<(PendingPlacement Pending, OrderOutcome? Outcome, BoardEventMessage? Event, DispatchEventMessage? JobEvent, Exception? Error)>(batch.Count);
        try
        {
            var router = await locations.RouterAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = $"order{i}";
                await transaction.CreateSavepointAsync(savepoint, cancellationToken);
                try
                {
                    var (outcome, boardEvent, jobEvent) = await _placement.PlaceAsync(db, batch[i], router, now, cancellationToken);
                    await transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
                    results.Add((batch[i], outcome, boardEvent, jobEvent, null));
                }
                catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
                {
                    await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
                    LogOrderFailed(logger, batch[i].Caller.Channel.ToString(), ex);
                    results.Add((batch[i], null, null, null, ex));
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
            // Nothing of this batch was committed: every caller hears so and may retry with its key.
            LogBatchFailed(logger, batch.Count, ex);
            foreach (var pending in batch)
            {
                pending.Answer.TrySetException(new InvalidOperationException("The order could not be stored; nothing was placed. Please try again.", ex));
            }

            return;
        }

        foreach (var (pending, outcome, boardEvent, jobEvent, error) in results)
        {
            if (error is not null)
            {
                pending.Answer.TrySetException(new InvalidOperationException("The order could not be stored; nothing was placed. Please try again.", error));
                continue;
            }

            pending.Answer.TrySetResult(outcome!);
            if (boardEvent is not null)
            {
                LogPlaced(logger, boardEvent.OrderId, boardEvent.LocationId, boardEvent.Sequence);
                bus.Publish(boardEvent);
            }

            if (jobEvent is not null)
            {
                dispatchBus.Publish(jobEvent);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Order {OrderId} placed at location {LocationId} as board event {Sequence}")]
    private static partial void LogPlaced(ILogger logger, long orderId, int locationId, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An order from the {Channel} channel could not be stored and was rolled back")]
    private static partial void LogOrderFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} orders could not be committed; none was placed")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);
}
