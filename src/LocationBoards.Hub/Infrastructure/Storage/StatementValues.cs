using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>Sets a prepared statement's parameters in order, a null as SQL NULL.</summary>
internal static class StatementValues
{
    public static SqliteCommand With(this SqliteCommand command, params ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }
}
