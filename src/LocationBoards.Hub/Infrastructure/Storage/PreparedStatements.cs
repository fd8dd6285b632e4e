using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>
/// A writer's own long-lived connection and the statements it runs again and again, each prepared once and reused
/// for every batch (preparing a statement costs more than running it). The connection is the store's writer
/// connection (<c>SqliteStore.OpenWriterConnectionAsync</c>): same settings as every other, no automatic checkpoint.
/// </summary>
internal abstract class PreparedStatements(SqliteConnection connection) : IAsyncDisposable
{
    private readonly List<SqliteCommand> _commands = [];

    public SqliteConnection Connection { get; } = connection;

    /// <summary>Every statement runs in the batch's transaction.</summary>
    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in _commands)
        {
            command.Transaction = transaction;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }

        await Connection.DisposeAsync();
    }

    protected SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        _commands.Add(command);
        return command;
    }
}
