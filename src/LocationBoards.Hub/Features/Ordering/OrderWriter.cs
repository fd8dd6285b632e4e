using System.Threading.Channels;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Routing;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering.Writing;
using LocationBoards.Hub.Infrastructure.Storage;
using LocationBoards.Hub.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Ordering;

/// <summary>
/// The one writer of orders. Concurrent submissions queue here and are committed together in small
/// batches (group commit): one durable commit for many orders. A batch is placed set-based first
/// (<see cref="BatchPlacement"/>); if that fails, nothing of it is kept and it is placed again one order
/// at a time, each in its own savepoint, so one refused order never undoes the others. A caller is
/// answered only after its batch is durable; then the batch's board events are published.
/// </summary>
public sealed partial class OrderWriter(
    IDbContextFactory<AppDbContext> contexts,
    LocationDirectory locations,
    IBoardEventBus bus,
    IDispatchEventBus dispatchBus,
    IOptions<OrderingOptions> options,
    IOptions<DispatchOptions> dispatchOptions,
    IOptions<StorageOptions> storage,
    TimeProvider clock,
    ILogger<OrderWriter> logger) : BackgroundService
{
    private readonly Channel<PendingPlacement> _queue = Channel.CreateUnbounded<PendingPlacement>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly OrderPlacement _placement = new(options, dispatchOptions);
    private readonly BatchPlacement _batch = new(new OrderPlacement(options, dispatchOptions), options);
    private WriterStatements? _statements;

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
        finally
        {
            await ForgetStatementsAsync();
        }
    }

    private async Task WriteBatchAsync(List<PendingPlacement> batch, CancellationToken cancellationToken)
    {
        List<WriteResult>? results = null;
        try
        {
            results = await WriteSetBasedAsync(batch, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Nothing of the set-based attempt was committed; the batch is placed again one order at a time, each in its
            // own savepoint, so one failing order cannot take the others with it.
            LogSetBasedFailed(logger, batch.Count, ex);
            await ForgetStatementsAsync();
        }

        results ??= await WriteOneByOneAsync(batch, cancellationToken);
        if (results is null)
        {
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

    /// <summary>The fast path: the batch set-based on the writer's own connection, then its harder orders one by one in the same transaction.</summary>
    private async Task<List<WriteResult>> WriteSetBasedAsync(List<PendingPlacement> batch, CancellationToken cancellationToken)
    {
        var router = await locations.RouterAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var sql = _statements ??= await OpenStatementsAsync(cancellationToken);
        await using var transaction = sql.Connection.BeginTransaction();
        sql.Enlist(transaction);
        var leftOver = new List<PendingPlacement>();
        var results = _batch.Place(sql, batch, router, now, leftOver);
        if (leftOver.Count > 0)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Database.SetDbConnection(sql.Connection, contextOwnsConnection: false);
            var shared = await db.Database.UseTransactionAsync(transaction, cancellationToken);
            results.AddRange(await PlaceOneByOneAsync(db, shared!, leftOver, router, now, cancellationToken));
        }

        transaction.Commit();
        return results;
    }

    /// <summary>Every order in its own savepoint of one transaction; null when the batch could not be committed (every caller is told).</summary>
    private async Task<List<WriteResult>?> WriteOneByOneAsync(List<PendingPlacement> batch, CancellationToken cancellationToken)
    {
        try
        {
            var router = await locations.RouterAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var results = await PlaceOneByOneAsync(db, transaction, batch, router, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return results;
        }
        catch (Exception ex)
        {
            // Nothing of this batch was committed: every caller hears so and may retry with its key.
            LogBatchFailed(logger, batch.Count, ex);
            foreach (var pending in batch)
            {
                pending.Answer.TrySetException(new InvalidOperationException("The order could not be stored; nothing was placed. Please try again.", ex));
            }

            return null;
        }
    }

    private async Task<List<WriteResult>> PlaceOneByOneAsync(
        AppDbContext db, IDbContextTransaction transaction, List<PendingPlacement> batch, LocationRouter router, DateTime now, CancellationToken cancellationToken)
    {
        var results = new List<WriteResult>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var savepoint = $"order{i}";
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
            try
            {
                var (outcome, boardEvent, jobEvent) = await _placement.PlaceAsync(db, batch[i], router, now, cancellationToken);
                await transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
                results.Add(new(batch[i], outcome, boardEvent, jobEvent));
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Microsoft.Data.Sqlite.SqliteException)
            {
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
                LogOrderFailed(logger, batch[i].Caller.Channel.ToString(), ex);
                results.Add(new(batch[i], null, Error: ex));
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        return results;
    }

    private async Task<WriterStatements> OpenStatementsAsync(CancellationToken cancellationToken)
    {
        string connectionString;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        return await WriterStatements.OpenAsync(connectionString, storage.Value.BusyTimeoutMilliseconds, cancellationToken);
    }

    private async Task ForgetStatementsAsync()
    {
        if (_statements is { } statements)
        {
            _statements = null;
            await statements.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Order {OrderId} placed at location {LocationId} as board event {Sequence}")]
    private static partial void LogPlaced(ILogger logger, long orderId, int locationId, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An order from the {Channel} channel could not be stored and was rolled back")]
    private static partial void LogOrderFailed(ILogger logger, string channel, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} orders could not be placed set-based; placing it one order at a time")]
    private static partial void LogSetBasedFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} orders could not be committed; none was placed")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);
}
