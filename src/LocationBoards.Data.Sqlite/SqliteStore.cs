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
            .AddInterceptors(new SqlitePragmaInterceptor(busyTimeoutMilliseconds));
    }

    /// <summary>A connection string for a file path, with the folder created if missing.</summary>
    public static string ConnectionStringForFile(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        return new SqliteConnectionStringBuilder { DataSource = full, Pooling = true }.ToString();
    }
}
