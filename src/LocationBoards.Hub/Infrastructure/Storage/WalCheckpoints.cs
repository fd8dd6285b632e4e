using LocationBoards.Data;
using LocationBoards.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>
/// The checkpoints the order and sale writers leave out of their commits (<see cref="SqliteStore.OpenWriterConnectionAsync"/>),
/// run once a second beside them; the log they append to is copied into the database file here.
/// </summary>
public sealed partial class WalCheckpoints(
    IDbContextFactory<AppDbContext> contexts,
    IOptions<StorageOptions> storage,
    TimeProvider clock,
    ILogger<WalCheckpoints> logger) : BackgroundService
{
    // Once a second: a page the writers change in every batch (a sequence, an index's last page) is copied once per
    // checkpoint, so checkpointing four times a second copied the same pages four times over (docs/benchmarks.md).
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        await using var checkpointer = new SqliteCheckpointer(connectionString, storage.Value.BusyTimeoutMilliseconds);
        using var timer = new PeriodicTimer(Interval, clock);
        var failures = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await checkpointer.CheckpointAsync(stoppingToken);
                    failures = 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A checkpoint that fails must never stop the hub: the writers go on appending to the log.
                    // The log only grows while this fails; say so once, then every 40th time (10 s).
                    if (failures++ % 40 == 0)
                    {
                        LogCheckpointFailed(logger, failures, ex);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last writer's connection to close checkpoints what is left.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A write-ahead log checkpoint failed ({Failures} in a row); the log grows until one succeeds")]
    private static partial void LogCheckpointFailed(ILogger logger, int failures, Exception exception);
}
