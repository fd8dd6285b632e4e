using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LocationBoards.Data.Sqlite;

/// <summary>
/// Runs EF Core's commands on a connection that has a <see cref="SqliteStatementCache"/> through the cache's prepared
/// statements instead of preparing each one again. Commands on other connections run as EF Core made them.
/// </summary>
public sealed class SqliteStatementCacheInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Rent(command) is ({ } cache, { } rented) ? InterceptionResult<DbDataReader>.SuppressWithResult(Read(cache, rented)) : result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReaderExecuting(command, eventData, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Rent(command) is ({ } cache, { } rented) ? InterceptionResult<int>.SuppressWithResult(Run(cache, rented, c => c.ExecuteNonQuery())) : result;

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Rent(command) is ({ } cache, { } rented) ? InterceptionResult<object>.SuppressWithResult(Run(cache, rented, c => c.ExecuteScalar()) ?? DBNull.Value) : result;

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ScalarExecuting(command, eventData, result));

    private static (SqliteStatementCache? Cache, SqliteCommand? Rented) Rent(DbCommand command)
    {
        if (command is not SqliteCommand { Connection: { } connection } sqlite || SqliteStatementCache.Of(connection) is not { } cache)
        {
            return (null, null);
        }

        return (cache, cache.Rent(sqlite.CommandText, sqlite.Transaction, sqlite.Parameters));
    }

    private static SqliteDataReader Read(SqliteStatementCache cache, SqliteCommand rented)
    {
        var reader = Run(cache, rented, c => c.ExecuteReader());
        cache.Reading(rented, reader);
        return reader;
    }

    private static T Run<T>(SqliteStatementCache cache, SqliteCommand rented, Func<SqliteCommand, T> execute)
    {
        try
        {
            return execute(rented);
        }
        catch
        {
            cache.Forget(rented);
            throw;
        }
    }
}
