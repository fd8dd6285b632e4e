using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Data.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file on a connection of its own, so the writers' commits only
/// append to the log. A passive checkpoint never waits for a writer or a reader: it copies what it can, and the log
/// starts again from its beginning once everything in it has been copied. Connections that write now and then keep
/// SQLite's automatic checkpoints, so the log stays bounded even if this one stops.
/// </summary>
public sealed class SqliteCheckpointer : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private SqliteConnection? _connection;

    public SqliteCheckpointer(string connectionString, int busyTimeoutMilliseconds)
    {
        _connectionString = connectionString;
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
    }

    /// <summary>One passive checkpoint: pages in the log, and how many of them are now in the database file.</summary>
    public async Task<CheckpointResult> CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            _connection ??= await SqliteStore.OpenOwnConnectionAsync(_connectionString, _busyTimeoutMilliseconds, cancellationToken).ConfigureAwait(false);
            var command = _connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                    return new CheckpointResult(reader.GetInt32(0) != 0, reader.GetInt32(1), reader.GetInt32(2));
                }
            }
        }
        catch
        {
            // The next checkpoint starts on a fresh connection.
            await ForgetConnectionAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await ForgetConnectionAsync().ConfigureAwait(false);

    private async Task ForgetConnectionAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>What one checkpoint did: whether it was kept from finishing, the log's pages, the pages copied (-1, -1 when not in WAL mode).</summary>
public readonly record struct CheckpointResult(bool Blocked, int LogPages, int CheckpointedPages)
{
    public bool Complete => !Blocked && LogPages == CheckpointedPages;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{CheckpointedPages} of {LogPages} pages{(Blocked ? ", blocked" : string.Empty)}");
}
