using Microsoft.Data.Sqlite;

namespace LocationBoards.Hub.Infrastructure.Storage;

/// <summary>A column of a row read by a writer's own statement, null where the store has NULL; timestamps marked UTC (SQLite keeps no kind).</summary>
internal static class RowValues
{
    public static string? TextOrNull(this SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    public static int? IntOrNull(this SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt32(ordinal);

    public static long? LongOrNull(this SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt64(ordinal);

    public static DateTime Utc(this SqliteDataReader row, int ordinal) => DateTime.SpecifyKind(row.GetDateTime(ordinal), DateTimeKind.Utc);

    public static DateTime? UtcOrNull(this SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.Utc(ordinal);
}
