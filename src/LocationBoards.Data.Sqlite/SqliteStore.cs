using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Data.Sqlite;

/// <summary>How the hub talks to its embedded SQLite file.</summary>
public static class SqliteStore
{
    public const int DefaultBusyTimeoutMilliseconds = 5000;

    /// <summary>
    /// Points the context at a SQLite file. Transactions EF opens on SQLite are BEGIN IMMEDIATE
    /// (Microsoft.Data.Sqlite's default), so a writer takes the write lock up front and waits on the
    /// busy timeout instead of failing on a lock upgrade.
    /// </summary>
    public static DbContextOptionsBuilder UseLocationBoardsSqlite(
        this DbContextOptionsBuilder options, string connectionString, int busyTimeoutMilliseconds = DefaultBusyTimeoutMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteStore).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmaInterceptor(busyTimeoutMilliseconds), new SqliteStatementCacheInterceptor());
    }

    /// <summary>
    /// A long-lived connection of its own (a writer's, or one of the hot readers'): opened, with the store's settings, and
    /// with a statement cache, so what it runs again and again (its own commands and EF Core's) is prepared once for the
    /// connection's life.
    /// </summary>
    public static Task<SqliteConnection> OpenOwnConnectionAsync(string connectionString, int busyTimeoutMilliseconds, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, busyTimeoutMilliseconds, isWriter: false, cancellationToken);

    /// <summary>
    /// A writer's own long-lived connection, as <see cref="OpenOwnConnectionAsync"/>, that never copies the write-ahead
    /// log into the database file itself: with automatic checkpoints a commit now and then does that copy and its sync
    /// while every caller of the batch waits. <see cref="SqliteCheckpointer"/> does it beside the writers instead. Its
    /// savepoints' journals stay in memory (see <see cref="SqlitePragmaInterceptor.ApplyAsync"/>).
    /// </summary>
    public static Task<SqliteConnection> OpenWriterConnectionAsync(string connectionString, int busyTimeoutMilliseconds, CancellationToken cancellationToken) =>
        OpenAsync(connectionString, busyTimeoutMilliseconds, isWriter: true, cancellationToken);

    private static async Task<SqliteConnection> OpenAsync(string connectionString, int busyTimeoutMilliseconds, bool isWriter, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await SqlitePragmaInterceptor.ApplyAsync(connection, busyTimeoutMilliseconds, isWriter, cancellationToken).ConfigureAwait(false);
            SqliteStatementCache.Attach(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A connection string for a file path (the folder must exist when the store is first opened).</summary>
    public static string ConnectionStringForFile(string path) =>
        new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Pooling = true }.ToString();
}
