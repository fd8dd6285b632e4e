using LocationBoards.Data;
using LocationBoards.Hub.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>The start-up step that brings the store to the current schema before the hub serves anyone.</summary>
public sealed partial class StorePreparation(
    IDbContextFactory<AppDbContext> contexts,
    DataDirectory dataDirectory,
    IOptions<StorageOptions> storage,
    ILogger<StorePreparation> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var path = dataDirectory.Resolve(storage.Value.SqlitePath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogMigrating(logger, pending.Count, pending);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new StartupFailureException(
                $"The store at '{path}' cannot be opened or brought up to date: {ex.Message} Check Storage:DataDirectory and Storage:SqlitePath.", ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the store: {Migrations}")]
    private static partial void LogMigrating(ILogger logger, int count, IReadOnlyList<string> migrations);
}
