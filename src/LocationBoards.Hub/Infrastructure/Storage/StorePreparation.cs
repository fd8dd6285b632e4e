using LocationBoards.Data;
using LocationBoards.Data.Seeding;
using LocationBoards.Hub.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>
/// The start-up step that brings the store to the current schema before the hub serves anyone, and on first
/// start (no locations yet) loads the seed folder. A bad seed file stops start-up with one message naming it.
/// </summary>
public sealed partial class StorePreparation(
    IDbContextFactory<AppDbContext> contexts,
    IServiceScopeFactory scopes,
    IOptions<SeedOptions> seed,
    IOptions<StorageOptions> storage,
    IHostEnvironment environment,
    DataDirectory dataDirectory,
    ILogger<StorePreparation> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await MigrateAsync(cancellationToken);
        await SeedAsync(cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
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

    /// <summary>Loads the seed folder when the store is empty; does nothing otherwise.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!seed.Value.Enabled)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<SeedLoader>();
        if (!await loader.IsStoreEmptyAsync(cancellationToken))
        {
            return;
        }

        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, seed.Value.Path));
        LogSeeding(logger, folder);
        try
        {
            var summary = await loader.LoadAsync(folder, seed.Value.ShiftHistoryToToday, cancellationToken);
            LogSeeded(logger, summary.Users, summary.SpeedDialEntries, summary.StockLevels, summary.StreetSegments, summary.Postcodes);
        }
        catch (SeedDataException ex)
        {
            throw new StartupFailureException(ex.Message, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the store: {Migrations}")]
    private static partial void LogMigrating(ILogger logger, int count, IReadOnlyList<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store is empty: loading seed data from {Folder}")]
    private static partial void LogSeeding(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seed data also gave {Users} users, {SpeedDial} speed-dial entries, {StockLevels} stock levels, {Streets} gazetteer streets, {Postcodes} postcodes")]
    private static partial void LogSeeded(ILogger logger, int users, int speedDial, int stockLevels, int streets, int postcodes);
}
