using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace LocationBoards.Data.Sqlite;

/// <summary>
/// SQLite settings are per connection, so every opened connection gets them: write-ahead logging,
/// a busy timeout so concurrent writers wait instead of failing, and synchronous=FULL so a commit
/// the client was told about survives a power loss (WAL with NORMAL may lose the last commits).
/// Pooled connections keep their settings, so each physical connection gets them once, not on every
/// open of the pool's connection (four statements on every request's first query).
/// </summary>
public sealed class SqlitePragmaInterceptor(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];
    private static readonly object Seen = new();
    private readonly string _pragmas = PragmasFor(busyTimeoutMilliseconds);

    /// <summary>
    /// Gives a connection opened outside EF Core (a writer's or a hot reader's own) the same settings. A writer's
    /// (<paramref name="isWriter"/>) also goes without SQLite's automatic checkpoints, which <see cref="SqliteCheckpointer"/>
    /// runs beside it, and keeps its statement journals in memory: a writer runs each change of a batch in a savepoint,
    /// and with the default temp store SQLite spills each savepoint's copies of the pages it changes to a temporary file
    /// past 64 KiB, two writes per page, more system calls than the commit itself (measured in docs/benchmarks.md).
    /// </summary>
    public static async Task ApplyAsync(DbConnection connection, int busyTimeoutMilliseconds, bool isWriter = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = PragmasFor(busyTimeoutMilliseconds) + (isWriter ? " PRAGMA wal_autocheckpoint=0; PRAGMA temp_store=MEMORY;" : string.Empty);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string PragmasFor(int busyTimeoutMilliseconds) => string.Create(
        CultureInfo.InvariantCulture,
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout={busyTimeoutMilliseconds}; PRAGMA foreign_keys=ON;");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!FirstOpen(connection, out var handle))
        {
            return;
        }

        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
        }
        catch
        {
            Forget(handle);
            throw;
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!FirstOpen(connection, out var handle))
        {
            return;
        }

        try
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = _pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            Forget(handle);
            throw;
        }
    }

    /// <summary>True the first time this physical connection is seen (or when it cannot be told apart: then always).</summary>
    private static bool FirstOpen(DbConnection connection, out sqlite3? handle)
    {
        handle = (connection as SqliteConnection)?.Handle;
        return handle is null || Configured.TryAdd(handle, Seen);
    }

    private static void Forget(sqlite3? handle)
    {
        if (handle is not null)
        {
            Configured.Remove(handle);
        }
    }
}
