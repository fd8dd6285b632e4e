using System.Collections.Concurrent;
using LocationBoards.Data;
using LocationBoards.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>
/// A few long-lived read connections with their statements prepared, for the one-row look-ups every order makes
/// (is this the customer's saved address; does this customer exist). A context and a pooled connection per look-up
/// cost more than the look-up: a quarter of the hub's time when placing orders flat out. Each connection serves one
/// caller at a time; under write-ahead logging each statement reads the latest commit.
/// </summary>
public sealed class HotReaders(IDbContextFactory<AppDbContext> contexts, IOptions<StorageOptions> storage) : IAsyncDisposable
{
    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private readonly int _keep = Environment.ProcessorCount * 4;
    private string? _connectionString;
    private bool _disposed;

    /// <summary>Runs the read on an idle connection (or a new one), and gives the connection back for the next.</summary>
    public async ValueTask<TResult> ReadAsync<TState, TResult>(TState state, Func<SqliteStatementCache, SqliteConnection, TState, TResult> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_idle.TryTake(out var connection))
        {
            connection = await SqliteStore.OpenOwnConnectionAsync(ConnectionString(), storage.Value.BusyTimeoutMilliseconds, cancellationToken);
        }

        TResult result;
        try
        {
            result = read(SqliteStatementCache.Of(connection)!, connection, state);
        }
        catch
        {
            // Whatever state it is in, it serves no one again.
            await connection.DisposeAsync();
            throw;
        }

        if (_disposed || _idle.Count >= _keep)
        {
            await connection.DisposeAsync();
        }
        else
        {
            _idle.Add(connection);
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            await connection.DisposeAsync();
        }
    }

    private string ConnectionString()
    {
        if (_connectionString is null)
        {
            using var db = contexts.CreateDbContext();
            _connectionString = db.Database.GetConnectionString()!;
        }

        return _connectionString;
    }
}
