using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace LocationBoards.Data.Sqlite;

/// <summary>
/// Prepared statements kept for one long-lived connection (a writer's own), keyed by their SQL, so a statement EF Core
/// or the writer runs again is not parsed and planned again (preparing costs more than running, and Microsoft.Data.Sqlite
/// keeps a command's prepared statements only for as long as that command lives). Only connections a writer attaches get
/// a cache; every other connection works as before. Used by one thread at a time, as its connection is.
/// </summary>
public sealed class SqliteStatementCache
{
    /// <summary>Enough for every statement shape the writers run; past it, the least recently used is finalized.</summary>
    public const int Capacity = 256;

    private static readonly ConditionalWeakTable<SqliteConnection, SqliteStatementCache> Caches = [];

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, LinkedListNode<Entry>> _bySql = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recent = new();

    private SqliteStatementCache(SqliteConnection connection) => _connection = connection;

    /// <summary>How many statements are kept prepared.</summary>
    public int Count => _bySql.Count;

    /// <summary>Gives the connection a cache (once); its statements live until the connection is closed.</summary>
    public static SqliteStatementCache Attach(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Caches.GetValue(connection, c => new SqliteStatementCache(c));
    }

    /// <summary>The connection's cache, or null when no writer attached one.</summary>
    public static SqliteStatementCache? Of(SqliteConnection connection) =>
        connection is not null && Caches.TryGetValue(connection, out var cache) ? cache : null;

    /// <summary>
    /// The prepared command for this SQL, in the given transaction and with these parameters; null when the one cached
    /// is still being read (a query run again inside its own results), so the caller runs its own command instead.
    /// </summary>
    public SqliteCommand? Rent(string sql, SqliteTransaction? transaction, SqliteParameterCollection parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (Rent(sql, transaction) is not { } command)
        {
            return null;
        }

        // The caller's own parameter objects, as they are: same names, values and SQLite types, bound at execution.
        foreach (SqliteParameter parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The prepared command for this SQL in the given transaction, without parameters (the caller adds them); null while it is being read.</summary>
    public SqliteCommand? Rent(string sql, SqliteTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(sql);
        Entry entry;
        if (_bySql.TryGetValue(sql, out var node))
        {
            entry = node.Value;
            if (entry.Reader is { IsClosed: false })
            {
                return null;
            }

            _recent.Remove(node);
            _recent.AddFirst(node);
        }
        else
        {
            entry = new Entry(new SqliteCommand(sql, _connection));
            _bySql[sql] = _recent.AddFirst(entry);
            if (_bySql.Count > Capacity)
            {
                var oldest = _recent.Last!;
                _recent.RemoveLast();
                _bySql.Remove(oldest.Value.Command.CommandText);
                oldest.Value.Command.Dispose();
            }
        }

        var command = entry.Command;
        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>Remembers the reader open on a rented command, so the command is not rented again until it is closed.</summary>
    public void Reading(SqliteCommand command, SqliteDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (_bySql.TryGetValue(command.CommandText, out var node) && ReferenceEquals(node.Value.Command, command))
        {
            node.Value.Reader = reader;
        }
    }

    /// <summary>Drops a statement whose execution failed, so a half-run statement is never run again.</summary>
    public void Forget(SqliteCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (_bySql.TryGetValue(command.CommandText, out var node) && ReferenceEquals(node.Value.Command, command))
        {
            _recent.Remove(node);
            _bySql.Remove(command.CommandText);
        }

        command.Dispose();
    }

    private sealed class Entry(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public SqliteDataReader? Reader { get; set; }
    }
}
