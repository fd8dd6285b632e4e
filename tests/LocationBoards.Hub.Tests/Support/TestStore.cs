using LocationBoards.Data;
using LocationBoards.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>
/// A real SQLite file with the real migrations applied, for tests of services without the web host.
/// Each test makes its own and adds its own data.
/// </summary>
public sealed class TestStore : IDbContextFactory<AppDbContext>, IAsyncDisposable
{
    private readonly TestDirectory _directory = new("store");
    private readonly DbContextOptions<AppDbContext> _options;

    private TestStore()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseLocationBoardsSqlite(SqliteStore.ConnectionStringForFile(_directory.File("test.db")));
        _options = builder.Options;
    }

    public string DirectoryPath => _directory.Path;

    public static async Task<TestStore> CreateAsync()
    {
        var store = new TestStore();
        await using var db = store.CreateDbContext();
        await db.Database.MigrateAsync();
        return store;
    }

    public AppDbContext CreateDbContext() => new(_options);

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
        await Task.CompletedTask;
    }
}
