using System.Security.Claims;
using System.Threading.Channels;
using LocationBoards.Core.Dispatch;
using LocationBoards.Core.Sales;
using LocationBoards.Data;
using LocationBoards.Hub.Features.Ordering;
using LocationBoards.Hub.Features.Sales.Writing;
using LocationBoards.Hub.Infrastructure.Storage;
using LocationBoards.Hub.Realtime;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>
/// The one writer of the sales store in this process. Every change to a sale (drafts, agreements, withdrawals, copies,
/// submissions and their processing) queues here and runs in batches (group commit): one transaction, a savepoint per
/// change so one failed change never undoes the others, one durable commit. A caller is answered only after its batch
/// is durable; then the batch's events are published and the email sender woken. One lock holder means no request
/// waits on SQLite's busy handler, whose growing sleeps left the write lock idle while callers queued for it.
/// </summary>
public sealed partial class SaleWriter(
    IDbContextFactory<AppDbContext> contexts,
    LocationDirectory locations,
    IServiceProvider services,
    IDispatchEventBus dispatchBus,
    IBoardEventBus boardBus,
    ISaleEmailWake emailWake,
    IOptions<StorageOptions> storage,
    TimeProvider clock,
    ILogger<SaleWriter> logger) : BackgroundService
{
    public const int BatchSize = 64;

    private readonly Channel<SaleWork> _queue = Channel.CreateUnbounded<SaleWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<SaleProcessor> _processor = new(() => ProcessorFrom(services));
    private SaleStatements? _statements;
    private AppDbContext? _db;

    internal Task<SaleOutcome> SubmitAsync(long saleId, int expectedVersion, ClaimsPrincipal user, string userId, CancellationToken cancellationToken) =>
        RunAsync(new PendingSale(saleId, expectedVersion, user, userId, _processor.Value), cancellationToken);

    /// <summary>Queues a change; answers once the batch it ran in is durable.</summary>
    internal Task<SaleOutcome> RunAsync(SaleWork work, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(work))
        {
            throw new InvalidOperationException("The hub is shutting down and records no more sale changes.");
        }

        // A caller that gives up still gets its change made if the batch commits; asking again answers the result.
        return work.Answer.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<SaleWork>(BatchSize);
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                batch.Clear();
                while (batch.Count < BatchSize && reader.TryRead(out var pending))
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
                left.Answer.TrySetException(new InvalidOperationException("The hub stopped before this change was made; nothing of it was stored. Send it again."));
            }
        }
        finally
        {
            await ForgetSessionAsync();
        }
    }

    private static SaleProcessor ProcessorFrom(IServiceProvider services)
    {
        var ordering = services.GetRequiredService<IOptions<OrderingOptions>>();
        var dispatch = services.GetRequiredService<IOptions<DispatchOptions>>();
        return new SaleProcessor(services.GetRequiredService<IOptions<SalesOptions>>(), ordering, dispatch, new OrderPlacement(ordering, dispatch));
    }

    private async Task WriteBatchAsync(List<SaleWork> batch, CancellationToken cancellationToken)
    {
        var results = new List<(SaleWork Work, SaleOutcome? Outcome, SaleEffects Effects, Exception? Error)>(batch.Count);
        try
        {
            var (db, sql) = await SessionAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            sql.Enlist((SqliteTransaction)transaction.GetDbTransaction());
            var context = batch.Exists(w => w.NeedsBatchContext) ? await BatchContextAsync(new SaleSurroundings(sql), cancellationToken) : null;
            for (var i = 0; i < batch.Count; i++)
            {
                var effects = new SaleEffects();
                sql.Savepoint.ExecuteNonQuery();
                try
                {
                    var outcome = await batch[i].RunAsync(new SaleWorkScope(db, sql, effects, context), cancellationToken);
                    sql.ReleaseSavepoint.ExecuteNonQuery();
                    results.Add((batch[i], outcome, effects, null));
                }
                catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or SqliteException)
                {
                    sql.RollbackToSavepoint.ExecuteNonQuery();
                    sql.ReleaseSavepoint.ExecuteNonQuery();
                    LogChangeFailed(logger, batch[i], ex);
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

            // The next batch starts on a fresh connection, whatever state this one was left in.
            await ForgetSessionAsync();
            foreach (var work in batch)
            {
                work.Answer.TrySetException(new InvalidOperationException("The sale change could not be stored; nothing of it was. Send it again.", ex));
            }

            return;
        }

        var emails = 0;
        foreach (var (work, outcome, effects, error) in results)
        {
            if (error is not null)
            {
                work.Answer.TrySetException(new InvalidOperationException("The sale change could not be stored; nothing of it was. Send it again.", error));
                continue;
            }

            work.Answer.TrySetResult(outcome!);
            effects.DispatchEvents.ForEach(dispatchBus.Publish);
            effects.BoardEvents.ForEach(boardBus.Publish);
            emails += effects.EmailsWritten;
            if (work is PendingSale && outcome is SaleOutcome.Saved { Sale: { } sale } && effects.DispatchEvents.Count > 0)
            {
                LogFinished(logger, sale);
            }
        }

        if (emails > 0)
        {
            emailWake.Wake();
        }
    }

    /// <summary>
    /// The writer's own long-lived connection, its prepared statements (so what every sale runs is prepared once, not
    /// once per batch) and one context on that connection for what still goes through EF Core (the delivery order).
    /// Made again after a batch fails. The sales store is SQLite's, as the order writer's is.
    /// </summary>
    private async Task<(AppDbContext Db, SaleStatements Sql)> SessionAsync(CancellationToken cancellationToken)
    {
        if (_db is { } open && _statements is { } prepared)
        {
            return (open, prepared);
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.GetDbConnection() is not SqliteConnection)
        {
            await db.DisposeAsync();
            throw new InvalidOperationException("The sale writer writes through SQLite's own statements; this store is not SQLite.");
        }

        var sql = await SaleStatements.OpenAsync(db.Database.GetConnectionString()!, storage.Value.BusyTimeoutMilliseconds, cancellationToken);
        db.Database.SetDbConnection(sql.Connection, contextOwnsConnection: false);

        // The writer keeps its own savepoint per change; EF's extra one around every SaveChanges would only cost statements.
        db.Database.AutoSavepointsEnabled = false;
        (_db, _statements) = (db, sql);
        return (db, sql);
    }

    private async Task ForgetSessionAsync()
    {
        if (_db is { } db)
        {
            _db = null;
            await db.DisposeAsync();
        }

        if (_statements is { } statements)
        {
            _statements = null;
            await statements.DisposeAsync();
        }
    }

    private async Task<SaleBatchContext> BatchContextAsync(SaleSurroundings surroundings, CancellationToken cancellationToken)
    {
        var router = await locations.RouterAsync(cancellationToken);
        return new SaleBatchContext(clock.GetUtcNow().UtcDateTime, router, surroundings.TimeZoneIds());
    }

    private static void LogChangeFailed(ILogger logger, SaleWork work, Exception exception)
    {
        if (work is PendingSale pending)
        {
            LogSaleFailed(logger, pending.SaleId, exception);
        }
        else
        {
            LogDeskChangeFailed(logger, exception);
        }
    }

    private static void LogFinished(ILogger logger, SaleView sale)
    {
        // A refusal is worth an operator's eye; a processed sale is in the store, its events and its emails already.
        if (sale.Status == SaleStatus.Refused)
        {
            LogRefused(logger, sale.SaleId, sale.RefusalNote);
        }
        else if (sale.Status == SaleStatus.Processed)
        {
            LogProcessed(logger, sale.SaleId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sale {SaleId} refused: {Note}")]
    private static partial void LogRefused(ILogger logger, long saleId, string? note);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sale {SaleId} processed")]
    private static partial void LogProcessed(ILogger logger, long saleId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sale {SaleId} could not be processed and was rolled back")]
    private static partial void LogSaleFailed(ILogger logger, long saleId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sale change could not be stored and was rolled back")]
    private static partial void LogDeskChangeFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} sale changes could not be committed; none was stored")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);
}
