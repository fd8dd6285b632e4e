using LocationBoards.Data;
using LocationBoards.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>
/// A real SQLite file for tests of a migration: taken up to just before it, given rows in that schema, then migrated to
/// the end. Each test makes its own.
/// </summary>
public sealed class MigrationTestStore : IDisposable
{
    private readonly TestDirectory _directory;

    public MigrationTestStore(string name)
    {
        _directory = new TestDirectory(name);
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseLocationBoardsSqlite(SqliteStore.ConnectionStringForFile(_directory.File("store.db")));
        Options = builder.Options;
    }

    public DbContextOptions<AppDbContext> Options { get; }

    public AppDbContext CreateDbContext() => new(Options);

    /// <summary>Applies every migration before the one whose name ends with <paramref name="migrationName"/>.</summary>
    public async Task MigrateToJustBeforeAsync(string migrationName)
    {
        await using var db = CreateDbContext();
        var migrations = db.Database.GetMigrations().ToList();
        var index = migrations.FindIndex(m => m.EndsWith("_" + migrationName, StringComparison.Ordinal));
        Assert.True(index > 0, $"No migration {migrationName} with one before it.");
        await db.GetService<IMigrator>().MigrateAsync(migrations[index - 1]);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
